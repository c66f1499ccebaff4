"""Keeping the database file sound: inspect it, refuse a newer one, back it up,
upgrade it (Alembic) and check it; what `deskeditor db` and opening a desk do.

Inspection uses plain ``sqlite3`` so the app can decide quickly at start-up;
the upgrade itself runs Alembic.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskeditor.files import private_file, private_folder
from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.engine import BUSY_TIMEOUT_MS, create_sqlite_engine
from deskeditor.storage.errors import (
    DatabaseCorruptError,
    DatabaseNewerError,
    DatabaseReadOnlyError,
    StorageError,
    translate_sqlite_error,
)
from deskeditor.storage.templates import (
    MIGRATIONS_DIR,
    copy_database,
    keep_template,
    schema_template_path,
)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# Alembic is imported only when a file needs creating or upgrading: opening a
# current database at start-up never pays for it.

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
    """What is in the file now, read with plain sqlite3 and without writing (nor
    leaving -wal or -shm files beside a file that is not ours)."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(exists=False, revision=None)
    try:
        with closing(open_read_only(path)) as conn:
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


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing beside the file.

    The header is checked first: a file that is not SQLite, or is cut short, is
    refused before SQLite opens it (opening one marked as WAL creates -wal and -shm
    files). With no -wal file, nobody has the database open and all of it is in the
    file, so it is opened as immutable: no lock, no -shm.
    """
    with path.open("rb") as file:
        header = file.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise DatabaseCorruptError(
            f"{path} is not a readable Deskeditor database (not an SQLite file); "
            "it was left untouched"
        )
    page = int.from_bytes(header[16:18], "big")
    page = 65_536 if page == 1 else page
    size = path.stat().st_size
    if len(header) < 100 or page < 512 or size % page or size < page:
        raise DatabaseCorruptError(
            f"{path} is not a readable Deskeditor database (the file is cut short); "
            "it was left untouched"
        )
    flags = "mode=ro" if path.with_name(path.name + "-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def backup(path: Path, label: str = "backup") -> Path:
    """A consistent copy of the database beside it (SQLite's online backup API)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite'}")
    try:  # a backup cut short is never left looking like a backup
        return copy_database(path, target)
    except sqlite3.Error as error:
        raise translate_sqlite_error(path, error) from error


def prepare_database(path: Path) -> Path | None:
    """Make ``path`` a current Deskeditor database; return the backup taken, if any.

    A new file is created at the head revision. An older one is backed up and
    upgraded. One written by a newer version is refused untouched.
    """
    state = read_schema_state(path)
    if state.revision == SCHEMA_HEAD:
        return None
    if not state.exists:
        _make_private(path)
        if not copy_schema_template(path):
            upgrade(path)
            keep_schema_template(path)
        return None
    head, known = known_revisions()
    if state.revision is not None and state.revision not in known:
        raise DatabaseNewerError(
            f"{path} was written by a newer version of Deskeditor (schema {state.revision}); "
            "update Deskeditor to open it. The file was not changed."
        )
    taken = backup(path, f"before-{head}")
    upgrade(path)
    return taken


def _make_private(path: Path) -> None:
    """The data folder, the first time, is this account's only; a new database is
    private, and its -wal and -shm follow it."""
    try:
        if not path.parent.exists():
            private_folder(path.parent)
        private_file(path)
    except OSError as error:
        raise DatabaseReadOnlyError(
            f"cannot create the folder for {path}: {error.strerror}"
        ) from error


def copy_schema_template(path: Path) -> bool:
    """Make the new database ``path`` a copy of the empty template (what Alembic would
    build, without loading Alembic: ~0.3 s and ~13 MB at every new desk and demo);
    False when there is no sound template to copy."""
    try:
        template = schema_template_path()
        if read_schema_state(template).revision != SCHEMA_HEAD or integrity_check(template):
            return False
        copy_database(template, path)
    except (OSError, StorageError, sqlite3.Error):
        return False
    return True


def keep_schema_template(path: Path) -> None:
    """Keep the database Alembic has just built, still empty, as the template for the
    next new one. Best effort: without a cache folder, new desks run Alembic."""
    try:
        keep_template(path, schema_template_path())
    except (OSError, sqlite3.Error) as error:
        log.info("no schema template kept: %s", error)


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
    """SQLite's integrity, foreign-key and search-index checks; empty means healthy.

    Read-only: the database is copied (SQLite's online backup, a consistent snapshot
    even while another program writes) to a private temporary file, and checked
    there, because the search index's own check is a write statement. A file that
    is not a Deskeditor database, or cannot be read now, raises a StorageError that
    says so: nothing found is reported as corruption that is not.
    """
    if not path.exists():
        raise StorageError(f"{path} does not exist")
    if read_schema_state(path).revision is None:
        raise DatabaseCorruptError(f"{path} is an empty SQLite file, not a Deskeditor database")
    with tempfile.TemporaryDirectory(prefix="deskeditor-check-") as folder:
        copy = Path(folder) / "check.sqlite"
        try:
            with closing(open_read_only(path)) as source, closing(sqlite3.connect(copy)) as dest:
                source.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                source.backup(dest)
        except sqlite3.Error as error:
            raise translate_sqlite_error(path, error) from error
        with closing(sqlite3.connect(copy)) as conn:
            return _problems(conn)


def _problems(conn: sqlite3.Connection) -> list[str]:
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [
        f"row {rowid} of {table} points at a missing row of {parent}"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]
    try:
        conn.execute("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as error:
        if "no such table" in str(error):
            problems.append("the search index is missing")
        else:
            problems.append(f"the search index does not match the articles ({error})")
    conn.rollback()
    return problems
