"""Opening database files: create, upgrade with a backup, refuse what we cannot handle."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from deskeditor.storage import SCHEMA_HEAD, maintenance, templates
from deskeditor.storage.database import open_database
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.errors import DatabaseCorruptError, DatabaseNewerError
from deskeditor.storage.maintenance import (
    alembic_config,
    integrity_check,
    known_revisions,
    prepare_database,
    read_schema_state,
)
from deskeditor.storage.templates import schema_template_path


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")
        }


def test_schema_head_constant_matches_the_migrations() -> None:
    head, _ = known_revisions()
    assert head == SCHEMA_HEAD


def test_new_file_is_migrated_from_empty_to_head(db_path: Path) -> None:
    assert prepare_database(db_path) is None
    assert read_schema_state(db_path).revision == SCHEMA_HEAD
    assert {
        "articles",
        "pull_quotes",
        "revisions",
        "correction_requests",
        "correction_notices",
        "correction_events",
        "article_fts",
    } <= tables(db_path)
    assert integrity_check(db_path) == []


def test_every_connection_gets_foreign_keys_wal_and_busy_timeout(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 1000
    finally:
        db.close()


def test_older_schema_is_backed_up_then_upgraded(db_path: Path) -> None:
    prepare_database(db_path)
    engine = create_sqlite_engine(db_path)
    with engine.begin() as conn:  # go back to the schema before the first release
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    engine.dispose()
    assert read_schema_state(db_path).revision is None

    backup = prepare_database(db_path)

    assert backup is not None and backup.exists()
    assert backup.parent == db_path.parent
    assert read_schema_state(backup).revision is None  # the copy is the old state
    assert read_schema_state(db_path).revision == SCHEMA_HEAD


def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    prepare_database(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseNewerError, match="newer version of Deskeditor"):
        open_database(db_path)

    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.before-*"))


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"These are my notes, not a database.\n" * 100)
    with pytest.raises(DatabaseCorruptError, match="not a readable Deskeditor database"):
        open_database(db_path)
    assert db_path.read_bytes().startswith(b"These are my notes")


def test_another_programs_sqlite_file_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(DatabaseCorruptError, match="not a Deskeditor database"):
        open_database(db_path)
    assert tables(db_path) == {"recipes"}


def test_integrity_check_reports_a_search_index_out_of_step(db_path: Path) -> None:
    prepare_database(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER articles_fts_insert")
        conn.execute(
            "INSERT INTO articles (slug, section, kicker, headline, dek, byline, dateline, body,"
            " status, editorial_note, word_count, created_at, updated_at, version)"
            " VALUES ('s', '', '', 'Ferry', '', '', '', 'body', 'draft', '', 1,"
            " '2026-01-01', '2026-01-01', 1)"
        )
    conn.close()
    problems = integrity_check(db_path)
    assert any("search index" in p for p in problems)


def test_migrations_produce_exactly_the_models_schema(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from deskeditor.storage.base import Base
    from deskeditor.storage.maintenance import include_object

    prepare_database(db_path)
    engine = create_sqlite_engine(db_path)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master"))


def test_a_new_desk_after_the_first_is_copied_from_the_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second" / "desk.sqlite"
    prepare_database(first)  # Alembic, once; its empty result kept in the cache folder
    assert schema_template_path().is_file()

    def no_alembic(path: Path) -> None:
        raise AssertionError(f"Alembic ran for {path}")

    monkeypatch.setattr(maintenance, "upgrade", no_alembic)
    assert prepare_database(second) is None
    assert read_schema_state(second).revision == SCHEMA_HEAD
    assert schema(second) == schema(first)
    assert integrity_check(second) == []
    assert second.stat().st_mode & 0o077 == 0  # private, as a new desk always is
    assert second.parent.stat().st_mode & 0o077 == 0
    database = open_database(second)
    with database.engine.connect() as conn:  # written ahead, as every desk is
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    database.close()
    template = schema_template_path()
    assert not template.with_name(template.name + "-wal").exists()  # read, never written


def test_a_broken_template_is_never_copied(tmp_path: Path) -> None:
    template = schema_template_path()
    template.parent.mkdir(parents=True, exist_ok=True)
    template.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)  # cut short
    desk = tmp_path / "desk.sqlite"
    assert prepare_database(desk) is None  # built by Alembic instead
    assert read_schema_state(desk).revision == SCHEMA_HEAD
    assert integrity_check(desk) == []
    assert schema(template) == schema(desk)  # and a sound template kept for the next


def test_a_changed_migration_is_never_answered_by_an_old_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    before = schema_template_path()
    copied = tmp_path / "migrations"
    shutil.copytree(templates.MIGRATIONS_DIR, copied)
    monkeypatch.setattr(templates, "MIGRATIONS_DIR", copied)
    assert schema_template_path() == before  # the same scripts, the same template
    script = next((copied / "versions").glob("0007_*.py"))
    script.write_text(script.read_text() + "\n# changed\n")
    assert schema_template_path() != before
