"""0005_revisions upgrades a wave-1 desk (0001), 0002, 0003 and the head before it (0004) in
place, with every row intact, and the new tables take queries at once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command

from deskeditor.domain.queries import QueryChanges, new_query
from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.database import open_database
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.maintenance import alembic_config, integrity_check, read_schema_state
from tests.storage.test_migration_workflow import make_0001_desk


def make_desk_at(path: Path, revision: str) -> None:
    make_0001_desk(path)
    if revision != "0001":
        engine = create_sqlite_engine(path)
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        engine.dispose()


@pytest.mark.parametrize("revision", ["0001", "0002_workflow", "0003_intake", "0004_language"])
def test_upgrade_keeps_the_history_and_takes_queries(db_path: Path, revision: str) -> None:
    make_desk_at(db_path, revision)
    database = open_database(db_path)
    try:
        from deskeditor.services.articles import ArticleService
        from deskeditor.services.revisions import RevisionService

        articles = ArticleService(database.unit_of_work, author="Bo")
        article = articles.get(1)
        assert (article.headline, article.body, article.version) == (
            "Ferry returns",
            "The ferry is back.",
            3,
        )
        [old] = RevisionService(database.unit_of_work).page(1, 0, 10)
        assert (old.author, old.reason.value, old.changes) == ("Ann", "save", None)  # uncounted
        [counted] = RevisionService(database.unit_of_work).count_missing(1).values()
        assert counted.fields  # its text against nothing before it
        query = new_query("body", 4, 9, article.body, "Bo", "Which ferry?", datetime.now(UTC))
        articles.save(article, queries=QueryChanges((query,)))
        [stored] = articles.queries(1)
        assert (stored.uid, stored.text, stored.span_text(article.body)) == (
            query.uid,
            "Which ferry?",
            "ferry",
        )
    finally:
        database.close()
    assert read_schema_state(db_path).revision == SCHEMA_HEAD
    assert integrity_check(db_path) == []
    with sqlite3.connect(db_path) as conn:
        notes = conn.execute("SELECT notes FROM correction_requests WHERE id = 1").fetchone()
        uids = conn.execute("SELECT count(DISTINCT uid) FROM queries").fetchone()
    conn.close()
    assert notes == ("check the minutes",)
    assert uids == (1,)


def test_a_query_uid_is_unique(db_path: Path) -> None:
    database = open_database(db_path)
    database.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO articles (id, slug, section, kicker, headline, dek, byline, dateline,"
            " body, status, editorial_note, word_count, created_at, updated_at, version) VALUES"
            " (1, 's', '', '', '', '', '', '', '', 'draft', '', 0, '2026-01-01', '2026-01-01', 1)"
        )
        row = (
            "INSERT INTO queries (uid, article_id, field, anchor_start, anchor_end, orphaned,"
            " quoted, author, text, created_at, updated_at, resolved_by)"
            " VALUES ('u-1', 1, 'body', 0, 1, 0, '', '', 'q', '2026-01-01', '2026-01-01', '')"
        )
        conn.execute(row)
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(row)
    conn.close()
