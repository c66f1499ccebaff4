"""The first look (plain sqlite3, before SQLAlchemy loads) reads exactly what the
article service reads, and steps aside for anything it cannot serve."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from deskeditor.domain.article import ArticleQuery, ArticleStatus, SortKey
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.storage.database import open_database
from deskeditor.storage.first_look import first_look


def demo_desk(path: Path) -> ArticleService:
    database = open_database(path)
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    return ArticleService(database.unit_of_work)


def test_every_article_and_the_list_read_as_the_service_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    service = demo_desk(path)
    listed = service.list_page(ArticleQuery(), 0, 100)
    service.delete(listed[-1].id)  # one in the trash: it opens read-only
    look = first_look(path)
    assert look is not None
    ids = [row[0] for row in sqlite3.connect(path).execute("SELECT id FROM articles")]
    stored = [service.get(i) for i in ids]
    assert any(a.pull_quotes for a in stored) and any(a.published_at for a in stored)
    assert any(a.in_trash for a in stored)
    assert [look.get(i) for i in ids] == stored
    assert look.count(ArticleQuery()) == service.count(ArticleQuery()) == len(ids) - 1
    assert look.list_page(ArticleQuery(), 0, 100) == service.list_page(ArticleQuery(), 0, 100)
    assert look.list_page(ArticleQuery(), 2, 3) == service.list_page(ArticleQuery(), 2, 3)
    assert look.get(10_000) is None
    look.close()


def test_any_other_query_waits_for_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    demo_desk(path)
    look = first_look(path)
    assert look is not None
    for query in (
        ArticleQuery(text="council"),
        ArticleQuery(status=ArticleStatus.DRAFT),
        ArticleQuery(sort=SortKey.HEADLINE),
        ArticleQuery(trash=True),
    ):
        assert look.count(query) == 0
        assert look.list_page(query, 0, 100) == []
    assert look.search_results(ArticleQuery(text="council")) == []
    look.close()


def test_nothing_to_look_at_is_no_first_look(tmp_path: Path) -> None:
    assert first_look(tmp_path / "missing.sqlite") is None
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert first_look(garbage) is None
    older = tmp_path / "older.sqlite"
    demo_desk(older)
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006_nothing_lost'")
    assert first_look(older) is None  # an upgrade is due: the full open does it
    assert not (tmp_path / "missing.sqlite").exists()


def test_the_first_look_loads_no_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    demo_desk(path)
    probe = (
        "import sys\nfrom pathlib import Path\n"
        "from deskeditor.storage.first_look import first_look\n"
        "from deskeditor.domain.article import ArticleQuery\n"
        f"look = first_look(Path({str(path)!r}))\n"
        "print(len(look.list_page(ArticleQuery(), 0, 100)), 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    live = sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert done.stdout.split() == [str(live), "False"]
