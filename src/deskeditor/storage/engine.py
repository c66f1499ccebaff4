"""Engine and sessions: every SQLite connection gets the same pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
# Files SQLite keeps beside a database while it is open (WAL) or mid-transaction.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_files(path: Path) -> tuple[Path, ...]:
    """The database file and the files SQLite keeps beside it: nothing else may
    write over any of them."""
    return (path, *(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES))


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """Foreign keys, WAL journal and a busy timeout, on every connection we open."""
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path, **kwargs: Any) -> Engine:
    """An engine on the SQLite file at ``path`` with our pragmas applied."""
    engine = create_engine(sqlite_url(path), **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        apply_pragmas(dbapi_connection)

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
