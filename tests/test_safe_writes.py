"""Every file Deskeditor writes is written beside its target and moved into place, and
none is ever written over a database: exports, the ledger, screenshots, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import Database, open_database
from deskeditor.storage.maintenance import backup
from tests.test_cli import assert_one_line_error, deskeditor, entry_point


def intact(db: Path) -> None:
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_the_ledger_export_never_writes_over_the_database(db_path: Path) -> None:
    """`inbox export -o DESK.db --db DESK.db` left a CSV file where the database was."""
    deskeditor("inbox", "import", str(resource_path("demo", "mail")), "--db", str(db_path))
    for target in (db_path, db_path.with_name(db_path.name + "-wal")):
        result = deskeditor(
            "inbox", "export", "--format", "csv", "-o", str(target), "--db", str(db_path)
        )
        assert_one_line_error(result, "database")
    intact(db_path)


def test_an_export_onto_another_desks_database_is_refused(
    tmp_path: Path, db_path: Path, articles: ArticleService
) -> None:
    other = tmp_path / "other-desk.sqlite"
    open_database(other).close()
    stored = articles.create(Article(headline="Ferry", body="It runs again."))
    args = ("export", str(stored.id), "--format", "txt", "-o", str(other), "--db", str(db_path))
    assert_one_line_error(deskeditor(*args), "database")
    intact(other)


@pytest.mark.slow
def test_a_screenshot_never_writes_over_the_database(db_path: Path) -> None:
    open_database(db_path).close()
    result = entry_point("--db", str(db_path), "--screenshot", str(db_path))
    assert result.returncode != 0 and "database" in result.stderr
    intact(db_path)


def test_a_backup_is_complete_or_absent(db_path: Path, database: Database) -> None:
    taken = backup(db_path)
    intact(taken)
    assert taken.stat().st_mode & 0o077 == 0  # a copy of the desk: for this account only
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []
