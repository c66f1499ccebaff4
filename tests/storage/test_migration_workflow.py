"""0002_workflow upgrades a desk made by the previous schema with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from deskeditor.domain.corrections import RequestStatus
from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.database import open_database
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.maintenance import alembic_config, integrity_check, read_schema_state


def make_0001_desk(path: Path) -> None:
    engine = create_sqlite_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO articles (id, slug, section, kicker, headline, dek, byline, dateline,"
            " body, status, editorial_note, word_count, created_at, updated_at, version)"
            " VALUES (1, 'ferry', 'Local', '', 'Ferry returns', '', '', '', 'The ferry is back.',"
            " 'published', '', 4, '2026-11-01 09:00:00', '2026-11-01 09:00:00', 3)"
        )
        raw.execute(
            "INSERT INTO revisions (article_id, created_at, reason, author, snapshot)"
            " VALUES (1, '2026-11-01 09:00:00', 'save', 'Ann', '{\"body\": \"The ferry.\"}')"
        )
        columns = (
            "id, message_id, content_hash, sender, sender_name, received_at, subject, text, raw,"
            " source, status, assignee, notes, created_at, updated_at"
        )
        rows = [  # dated by the reader in 2023; dateless (received = imported); replied
            (1, "<a@x>", "h1", "a@x", "", "2023-03-14 09:00:00", "Cost", "t", b"raw", "a.eml",
             "new", "", "check the minutes", "2026-11-28 10:00:00", "2026-11-28 10:00:00"),
            (2, "<b@x>", "h2", "b@x", "", "2026-11-28 10:05:00", "Name", "t", b"raw", "b.eml",
             "new", "", "", "2026-11-28 10:05:00", "2026-11-28 10:05:00"),
            (3, "<c@x>", "h3", "c@x", "", "2026-11-20 08:00:00", "Date", "t", b"raw", "c.eml",
             "reader replied", "Ann", "", "2026-11-21 10:00:00", "2026-11-22 10:00:00"),
        ]  # fmt: skip
        raw.executemany(
            f"INSERT INTO correction_requests ({columns}) VALUES ({', '.join('?' * 15)})", rows
        )
    raw.close()


def test_upgrade_keeps_every_row_and_counts_age_from_the_desks_receipt(db_path: Path) -> None:
    make_0001_desk(db_path)
    database = open_database(db_path)
    try:
        assert database.backup_taken is not None
        from deskeditor.services.articles import ArticleService
        from deskeditor.services.inbox import InboxService

        articles = ArticleService(database.unit_of_work)
        article = articles.get(1)
        assert (article.headline, article.version, article.slug) == ("Ferry returns", 3, "ferry")
        [revision] = articles.revisions(1)
        assert (revision.author, revision.note) == ("Ann", "")
        requests = {r.id: r for r in InboxService(database.unit_of_work, articles).requests()}
        assert requests[1].received_at is not None
        assert f"{requests[1].received_at:%Y-%m-%d %H:%M}" == "2026-11-28 10:00"
        assert f"{requests[1].sent_at:%Y-%m-%d}" == "2023-03-14"
        assert requests[2].sent_at is None  # it had no Date header
        assert f"{requests[3].received_at:%Y-%m-%d}" == "2026-11-21"
        assert requests[3].status is RequestStatus.REPLY_SAVED  # never sent: only saved
    finally:
        database.close()
    assert read_schema_state(db_path).revision == SCHEMA_HEAD
    assert integrity_check(db_path) == []
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT notes FROM correction_requests WHERE id = 1").fetchone() == (
            "check the minutes",
        )
    conn.close()
