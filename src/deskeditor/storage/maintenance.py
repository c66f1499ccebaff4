"""Keeping the database file sound: inspect it, refuse a newer one, back it up,
upgrade it (Alembic) and check it; what `deskeditor db` and opening a desk do.

Inspection uses plain ``sqlite3`` so the app can decide quickly at start-up;
the upgrade itself runs Alembic.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.engine import create_sqlite_engine
from deskeditor.storage.errors import (
    DatabaseCorruptError,
    DatabaseNewerError,
    DatabaseReadOnlyError,
    StorageError,
    translate_sqlite_error,
)

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a file needs creating or upgrading: opening a
# current database at start-up never pays for it.
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Tables the search migration owns; autogenerate must not try to drop them.
SEARCH_TABLE_PREFIX = "article_fts"


# What only a desk's PostgreSQL server has (storage/server_schema.py), beside the models.
SERVER_ONLY_TABLES = frozenset({"desk_tombstones", "desk_applied", "desk_people", "desk_leases"})
SERVER_ONLY_COLUMNS = frozenset({"desk_seq", "desk_by", "search"})


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, other: Any) -> bool:
    """Alembic autogenerate filter: leave the FTS tables and the server's own
    bookkeeping (sequence columns, tombstones, search vector) alone."""
    if name is None:
        return True
    if type_ == "table":
        return not (name.startswith(SEARCH_TABLE_PREFIX) or name in SERVER_ONLY_TABLES)
    if type_ == "column" and reflected:
        return name not in SERVER_ONLY_COLUMNS
    if type_ == "index" and reflected:
        return not (name.endswith("_desk_seq") or name == "ix_articles_search")
    return True


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> tuple[str, set[str]]:
    """The head revision this build knows and every revision it can upgrade from."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head, {rev.revision for rev in script.walk_revisions()}


@dataclass(frozen=True)
class SchemaState:
    exists: bool
    revision: str | None


def read_schema_state(path: Path) -> SchemaState:
    """What is in the file now, read with plain sqlite3 and without writing."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(exists=False, revision=None)
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseCorruptError(
                        f"{path} is an SQLite file but not a Deskeditor database; "
                        "it was left untouched"
                    )
                return SchemaState(exists=True, revision=None)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return SchemaState(exists=True, revision=row[0] if row else None)
    except sqlite3.Error as error:
        raise translate_sqlite_error(path, error) from error


def backup(path: Path, label: str = "backup") -> Path:
    """A consistent copy of the database beside it (SQLite's online backup API)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite'}")
    try:
        with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
            source.backup(dest)
        dest.close()
    except sqlite3.Error as error:
        raise translate_sqlite_error(path, error) from error
    return target


def prepare_database(path: Path) -> Path | None:
    """Make ``path`` a current Deskeditor database; return the backup taken, if any.

    A new file is created at the head revision. An older one is backed up and
    upgraded. One written by a newer version is refused untouched.
    """
    state = read_schema_state(path)
    if state.revision == SCHEMA_HEAD:
        return None
    head, known = known_revisions()
    if state.revision is not None and state.revision not in known:
        raise DatabaseNewerError(
            f"{path} was written by a newer version of Deskeditor (schema {state.revision}); "
            "update Deskeditor to open it. The file was not changed."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseReadOnlyError(
            f"cannot create the folder for {path}: {error.strerror}"
        ) from error
    taken = backup(path, f"before-{head}") if state.exists else None
    upgrade(path)
    return taken


def upgrade(path: Path) -> None:
    """Run Alembic up to head on the file."""
    from alembic import command

    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        cause = getattr(error, "orig", error)
        if isinstance(cause, sqlite3.Error):
            raise translate_sqlite_error(path, cause) from error
        raise
    finally:
        engine.dispose()


def integrity_check(path: Path) -> list[str]:
    """SQLite's integrity, foreign-key and search-index checks; empty means healthy."""
    if not path.exists():
        raise StorageError(f"{path} does not exist")
    try:
        conn = sqlite3.connect(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [
                f"row {rowid} of {table} points at a missing row of {parent}"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
            try:
                conn.execute(
                    "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)"
                )
            except sqlite3.DatabaseError as error:
                problems.append(f"the search index does not match the articles ({error})")
            conn.rollback()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise translate_sqlite_error(path, error) from error
    return problems
