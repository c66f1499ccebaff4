"""Databases this build keeps in the user's cache folder to copy from: the empty
schema (every new desk) and the demo desk (every `deskeditor --demo`).

Plain ``sqlite3`` only: the demo desk is copied before the window's first paint,
so that it has a first look like any desk on disk, without loading SQLAlchemy.
The demo's sample articles are written once, through the desk's own storage, as
if it were DEMO_EPOCH; each copy moves every stored moment to now and gives every
row a global id of its own, so the copy holds what writing them now would have.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from deskeditor import __version__
from deskeditor.files import private_folder, replace_atomically
from deskeditor.paths import APP_AUTHOR, APP_NAME
from deskeditor.storage import SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DEMO_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # "now" as the demo template is written


def schema_template_path() -> Path:
    """Where this build keeps an empty database at its schema, named by the head
    and a digest of the migration scripts, so a changed migration is never
    answered by an old template."""
    digest = hashlib.sha256()
    for script in sorted(MIGRATIONS_DIR.rglob("*.py")):
        digest.update(script.relative_to(MIGRATIONS_DIR).as_posix().encode())
        digest.update(script.read_bytes())
    return _cache_folder() / f"schema-{SCHEMA_HEAD}-{digest.hexdigest()[:16]}.sqlite"


def demo_template_path(samples: Path) -> Path:
    """Where this build keeps the demo desk written from ``samples``: named by the
    schema template's name, and a digest of the samples and of this version (whose
    code wrote them)."""
    digest = hashlib.sha256(__version__.encode() + b"\0" + samples.read_bytes()).hexdigest()[:16]
    schema = schema_template_path()
    return schema.with_name(f"demo-{schema.stem}-{digest}.sqlite")


def copy_demo_template(samples: Path, target: Path, now: datetime) -> bool:
    """Make the new file ``target`` the demo desk as if written at ``now``; False
    when there is no sound template to copy (nothing is left at ``target`` then)."""
    try:
        template = demo_template_path(samples)
        if not template.is_file() or not _sound(template):
            return False
        copy_database(template, target)
        with closing(sqlite3.connect(target)) as connection, connection:
            shift_moments(connection, now - DEMO_EPOCH)
            fresh_uids(connection)
    except (OSError, sqlite3.Error):
        target.unlink(missing_ok=True)
        return False
    return True


def keep_demo_template(written: Path, samples: Path) -> None:
    """Keep ``written``, the demo desk just written as if at DEMO_EPOCH, for the
    next demo to copy."""
    keep_template(written, demo_template_path(samples))


def keep_template(written: Path, template: Path) -> None:
    """Keep a copy of the database ``written`` at ``template``, in place of any
    there (a broken one: never written over, being a database), to be read with
    no -wal or -shm."""
    private_folder(template.parent)
    template.unlink(missing_ok=True)
    copy_database(written, template, journal="DELETE")


def shift_moments(connection: sqlite3.Connection, by: timedelta) -> None:
    """Move every stored moment (each DATETIME column of every table) ``by``."""

    def shifted(value: str) -> str:
        return (datetime.fromisoformat(value) + by).isoformat(sep=" ", timespec="microseconds")

    connection.create_function("shifted", 1, shifted, deterministic=True)
    for table, column, kind in _columns(connection):
        if kind.upper() == "DATETIME":
            connection.execute(
                f'UPDATE "{table}" SET "{column}" = shifted("{column}") '
                f'WHERE "{column}" IS NOT NULL'
            )


def fresh_uids(connection: sqlite3.Connection) -> None:
    """A new global id (``uid``) for every row that has one: each copy's rows are
    its own, as rows written anew would be."""
    connection.create_function("fresh_uid", 0, lambda: str(uuid.uuid4()))
    for table, column, _kind in _columns(connection):
        if column == "uid":
            connection.execute(f'UPDATE "{table}" SET uid = fresh_uid()')


def copy_database(source: Path, target: Path, journal: str | None = None) -> Path:
    """A consistent copy (SQLite's online backup API), put in place in one step;
    ``journal``, a journal mode for the copy. Returns where it was put."""

    def write(staged: Path) -> None:
        with (
            closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as reading,
            closing(sqlite3.connect(staged)) as writing,
        ):
            reading.backup(writing)
            if journal is not None:
                writing.execute(f"PRAGMA journal_mode={journal}").fetchall()

    return replace_atomically(target, write, private=True)


def _sound(path: Path) -> bool:
    """At this build's schema, and passing SQLite's own quick check."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        head: tuple[str] | None = connection.execute(
            "SELECT version_num FROM alembic_version"
        ).fetchone()
        check: tuple[str] | None = connection.execute("PRAGMA quick_check").fetchone()
    return head == (SCHEMA_HEAD,) and check == ("ok",)


def _columns(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Every table's columns: (table, column, declared type)."""
    rows = connection.execute(
        "SELECT m.name, c.name, c.type FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table'"
    )
    return rows.fetchall()


def _cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
