"""A healthy database that is read-only or busy is not reported as corrupt; a foreign
or truncated file is named as such and left as it was; every failure is one line."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database
from tests.test_cli import Result, assert_one_line_error, deskeditor


@pytest.fixture
def healthy(db_path: Path) -> Path:
    database = open_database(db_path)
    ArticleService(database.unit_of_work).create(Article(headline="Ferry", body="It runs."))
    database.close()
    return db_path


@pytest.fixture
def read_only(healthy: Path) -> Iterator[Path]:
    """The database made read-only: immutable for root (whom modes do not stop)."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is needed to make a file read-only for root")
        done = subprocess.run(["chattr", "+i", str(healthy)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"this file system cannot make files immutable: {done.stderr!r}")
        yield healthy
        subprocess.run(["chattr", "-i", str(healthy)], check=True)
    else:
        healthy.chmod(0o444)
        yield healthy
        healthy.chmod(0o644)


def companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr and "PRAGMA" not in result.stderr, result.stderr


def test_db_check_on_a_read_only_healthy_database_says_ok(read_only: Path) -> None:
    """It said "the search index does not match the articles (attempt to write a
    readonly database)" and exited 1."""
    result = deskeditor("db", "check", "--db", str(read_only))
    assert (result.returncode, result.stdout.strip()) == (0, f"{read_only}: ok"), result.stderr


def test_db_check_while_another_program_writes_says_ok(healthy: Path) -> None:
    """It said "... (database is locked)" and exited 1."""
    writer = sqlite3.connect(healthy, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # holds the write lock for the whole check
    writer.execute("UPDATE articles SET headline = 'Ferry returns'")
    try:
        result = deskeditor("db", "check", "--db", str(healthy))
    finally:
        writer.rollback()
        writer.close()
    assert (result.returncode, result.stdout.strip()) == (0, f"{healthy}: ok"), result.stderr


def test_db_check_on_another_programs_database_says_what_it_is(db_path: Path) -> None:
    """It said "no such table: article_fts"."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    result = deskeditor("db", "check", "--db", str(db_path))
    assert_one_line_error(result, "not a Deskeditor database")
    assert "article_fts" not in result.stdout + result.stderr


def test_a_truncated_database_is_refused_without_files_beside_it(
    healthy: Path, tmp_path: Path
) -> None:
    truncated = tmp_path / "cut.sqlite"
    truncated.write_bytes(healthy.read_bytes()[:3000])
    before = truncated.read_bytes()
    for command in (("db", "check"), ("inbox", "list"), ("import", str(Path(__file__)))):
        result = deskeditor(*command, "--db", str(truncated))
        assert_one_line_error(result, "cut short")
    assert companions(truncated) == []  # no -wal, no -shm
    assert truncated.read_bytes() == before


def test_opening_a_foreign_wal_database_leaves_nothing_beside_it(tmp_path: Path) -> None:
    foreign = tmp_path / "other-app.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    assert companions(foreign) == []
    assert_one_line_error(deskeditor("inbox", "list", "--db", str(foreign)), "not a Deskeditor")
    assert companions(foreign) == []


def test_commands_on_a_read_only_database_fail_or_work_in_one_line(
    read_only: Path, tmp_path: Path
) -> None:
    """A 28-line "PRAGMA optimize failed" traceback followed import, export and
    inbox list on a read-only database."""
    listed = deskeditor("inbox", "list", "--db", str(read_only))
    assert listed.returncode == 0 and listed.stderr == ""
    exported = deskeditor(
        "export", "1", "--format", "txt", "-o", str(tmp_path / "a.txt"), "--db", str(read_only)
    )
    assert exported.returncode == 0 and exported.stderr == ""
    copy = tmp_path / "wire.txt"
    copy.write_text("Bridge reopens\n\nThe bridge reopened on Monday.\n", encoding="utf-8")
    imported = deskeditor("import", str(copy), "--db", str(read_only))
    assert_one_line_error(imported, "cannot write to")
    assert imported.stdout == ""  # said once, not once per file
    for result in (listed, exported, imported):
        no_traceback(result)


def test_import_into_a_database_held_by_another_program_says_so_once(healthy: Path) -> None:
    holder = sqlite3.connect(healthy, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = deskeditor("import", str(Path(__file__)), "--db", str(healthy))
    finally:
        holder.rollback()
        holder.close()
    assert_one_line_error(result, "in use by another program")
    no_traceback(result)
