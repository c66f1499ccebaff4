"""0004_language gives every article a language column on a database made by the
schema before it (0003_intake), the articles and their search index intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from deskeditor.domain.article import ArticleQuery
from deskeditor.services.articles import ArticleService
from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.database import open_database
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.maintenance import alembic_config, prepare_database, read_schema_state


def test_the_previous_schema_upgrades_with_articles_and_search_intact(db_path: Path) -> None:
    engine = create_sqlite_engine(db_path)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003_intake")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO articles (slug, section, kicker, headline, dek, byline, dateline, body,"
            " status, editorial_note, word_count, created_at, updated_at, version)"
            " VALUES ('ferry', 'Local', '', 'Ferry returns', '', '', '', 'The otters are back.',"
            " 'draft', '', 4, '2026-01-01', '2026-01-01', 1)"
        )
    conn.close()

    assert prepare_database(db_path) is not None
    assert read_schema_state(db_path).revision == SCHEMA_HEAD
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT headline, body, language FROM articles").fetchall() == [
            ("Ferry returns", "The otters are back.", "")
        ]
    conn.close()
    database = open_database(db_path)
    try:
        service = ArticleService(database.unit_of_work)
        article = service.find("ferry")
        assert article.language == ""  # the desk's default language
        stored = service.save(article.replace(language="en-GB", body="The otters are back home."))
        assert service.find("ferry").language == "en-GB" == stored.language
        hits = service.list_page(ArticleQuery(text="otters home"), 0, 10)
        assert [h.slug for h in hits] == ["ferry"]
    finally:
        database.close()
