"""0007_desk gives every synced row a uid on a database made by the schema before it
(0006_nothing_lost), its data and search index intact; a reader's message gets the
same uid on every laptop that filed it."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command

from deskeditor.domain.article import ArticleQuery
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.maintenance import alembic_config, prepare_database


def test_the_previous_schema_upgrades_with_uids_and_data_intact(db_path: Path) -> None:
    engine = create_sqlite_engine(db_path)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0006_nothing_lost")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        for slug in ("ferry", "council"):
            conn.execute(
                "INSERT INTO articles (slug, section, kicker, headline, dek, byline, dateline,"
                " body, status, editorial_note, word_count, created_at, updated_at, version,"
                " language) VALUES (?, '', '', 'Ferry returns', '', '', '', 'The otters are back.',"
                " 'draft', '', 4, '2026-01-01', '2026-01-01', 1, '')",
                (slug,),
            )
        conn.execute(
            "INSERT INTO correction_requests (message_id, content_hash, sender, sender_name,"
            " subject, text, raw, source, status, assignee, notes, created_at, updated_at)"
            " VALUES ('<m1@x>', 'abc', 'r@x', '', 'Fix', 'Wrong', x'00', '', 'new', '', '',"
            " '2026-01-01', '2026-01-01')"
        )
    conn.close()

    assert prepare_database(db_path) is not None
    with sqlite3.connect(db_path) as conn:
        uids = [r[0] for r in conn.execute("SELECT uid FROM articles")]
        request_uid = conn.execute("SELECT uid FROM correction_requests").fetchone()[0]
    conn.close()
    assert len(set(uids)) == 2 and all(uuid.UUID(u).version == 4 for u in uids)
    namespace = uuid.UUID("9a3c5f0e-5b1d-4f7e-9d51-6a1f0c2b7e44")
    assert request_uid == str(uuid.uuid5(namespace, "<m1@x>\nabc"))
    database = open_database(db_path)
    try:
        service = ArticleService(database.unit_of_work)
        assert service.find(uids[0]).uid == uids[0]
        hits = service.list_page(ArticleQuery(text="otters"), 0, 10)
        assert sorted(h.slug for h in hits) == ["council", "ferry"]
    finally:
        database.close()
