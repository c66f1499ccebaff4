import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deskeditor.domain.article import ArticleQuery, ArticleStatus
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import load_demo_articles, make_demo_desk, seed_demo
from deskeditor.storage import templates
from deskeditor.storage.database import Database, open_database
from deskeditor.storage.templates import copy_demo_template, demo_template_path


def test_demo_desk_has_varied_articles_with_pull_quotes_from_their_bodies(
    database: Database,
) -> None:
    added = seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    service = ArticleService(database.unit_of_work)
    rows = service.list_page(ArticleQuery(), 0, 100)
    assert added == len(rows) >= 12
    assert len({r.section for r in rows}) >= 5
    assert {r.status for r in rows} == set(ArticleStatus)
    for article, _ in load_demo_articles(resource_path("demo", "articles.json")):
        for quote in article.pull_quotes:
            assert quote.text in article.body, article.headline


def test_demo_ships_sample_correction_emails() -> None:
    mails = sorted(resource_path("demo", "mail").glob("*.eml"))
    assert len(mails) >= 3
    assert all(m.read_bytes().startswith(b"From:") for m in mails)


def test_a_corrected_demo_article_carries_its_correction(database: Database) -> None:
    """The demo's corrected article had no notice: its Notices tab said none was published."""
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    service = ArticleService(database.unit_of_work)
    rows = service.list_page(ArticleQuery(status=ArticleStatus.CORRECTED), 0, 100)
    assert rows
    for row in rows:
        [notice] = service.notices(row.id)
        assert notice.text.startswith("An earlier version of this article")
        assert notice.published_at is not None


SAMPLES = resource_path("demo", "articles.json")


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each table's rows in order, but for their global ids (the search index's own
    tables aside)."""
    rows = {}
    with closing(sqlite3.connect(path)) as connection:
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            columns = [
                f'"{name}"'
                for (name,) in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))
                if name != "uid"
            ]
            if not table.startswith("article_fts"):
                select = f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY 1'
                rows[table] = connection.execute(select).fetchall()
    return rows


def uids(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            u
            for (u,) in connection.execute(
                "SELECT uid FROM articles UNION ALL SELECT uid FROM revisions"
            )
        ]


def test_a_demo_desk_copied_from_the_cache_holds_what_writing_it_now_would(
    tmp_path: Path,
) -> None:
    now = datetime(2026, 11, 30, 9, 15, 42, 123456, tzinfo=UTC)
    written = tmp_path / "written.sqlite"
    database = open_database(written)
    seed_demo(database.unit_of_work, SAMPLES, now)
    database.close()
    make_demo_desk(tmp_path / "first.sqlite", SAMPLES)  # writes the one kept in the cache
    assert demo_template_path(SAMPLES).is_file()
    copied = tmp_path / "copied.sqlite"
    assert copy_demo_template(SAMPLES, copied, now)
    expected, found = every_row(written), every_row(copied)
    assert len(expected["articles"]) >= 12 and len(expected["revisions"]) >= 12
    assert found == expected  # every moment moved to now: none missed, none off
    again = tmp_path / "again.sqlite"
    assert copy_demo_template(SAMPLES, again, now)
    mine, other = uids(copied), uids(again)
    assert len(set(mine)) == len(mine) and not set(mine) & set(other)  # rows of their own


def test_a_broken_demo_desk_in_the_cache_is_written_again(tmp_path: Path) -> None:
    make_demo_desk(tmp_path / "first.sqlite", SAMPLES)
    kept = demo_template_path(SAMPLES)
    kept.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert not copy_demo_template(SAMPLES, tmp_path / "refused.sqlite", datetime.now(UTC))
    assert not (tmp_path / "refused.sqlite").exists()
    make_demo_desk(tmp_path / "second.sqlite", SAMPLES)
    service = ArticleService(open_database(tmp_path / "second.sqlite").unit_of_work)
    assert len(service.list_page(ArticleQuery(), 0, 100)) >= 12
    assert copy_demo_template(SAMPLES, tmp_path / "third.sqlite", datetime.now(UTC))


def test_a_demo_desk_is_made_when_the_cache_cannot_keep_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: object, **__: object) -> Path:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(templates, "copy_database", disk_full)
    make_demo_desk(tmp_path / "demo.sqlite", SAMPLES)  # written in place instead
    service = ArticleService(open_database(tmp_path / "demo.sqlite").unit_of_work)
    assert len(service.list_page(ArticleQuery(), 0, 100)) >= 12
