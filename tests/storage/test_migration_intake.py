"""0003_intake adds its tables to a database made by the schema before it
(0002_workflow), the articles in it intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.maintenance import alembic_config, prepare_database, read_schema_state


def test_a_database_of_the_previous_schema_upgrades_with_its_articles_intact(db_path: Path) -> None:
    engine = create_sqlite_engine(db_path)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_workflow")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO articles (slug, section, kicker, headline, dek, byline, dateline, body,"
            " status, editorial_note, word_count, created_at, updated_at, version)"
            " VALUES ('ferry', 'Local', '', 'Ferry returns', '', '', '', 'It is back.', 'draft',"
            " '', 3, '2026-01-01', '2026-01-01', 1)"
        )
    conn.close()

    backup = prepare_database(db_path)

    assert backup is not None
    assert read_schema_state(db_path).revision == SCHEMA_HEAD
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT headline, body FROM articles").fetchall() == [
            ("Ferry returns", "It is back.")
        ]
        assert conn.execute("SELECT count(*) FROM article_sources").fetchone() == (0,)
    conn.close()
