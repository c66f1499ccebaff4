"""An opened Deskeditor database: engine, sessions and units of work."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from deskeditor.storage.engine import create_sqlite_engine, session_factory, sqlite_files
from deskeditor.storage.errors import translate_database_error
from deskeditor.storage.maintenance import prepare_database
from deskeditor.storage.outbox import OutboxRecorder
from deskeditor.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_taken: Path | None = field(default=None)
    # Records local writes for the desk once this database has joined one.
    recorder: OutboxRecorder = field(default_factory=OutboxRecorder)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.sessions)

    def files(self) -> tuple[Path, ...]:
        """The database file and its -wal, -shm and -journal companions."""
        return sqlite_files(self.path)

    def close(self) -> None:
        """Let SQLite refresh its planner statistics (cheap), then disconnect. On a
        database that is read-only or busy there is nothing to refresh: not an error."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except Exception as error:
            log.debug("PRAGMA optimize skipped on %s: %s", self.path, error)
        self.engine.dispose()

    def check_writable(self) -> None:
        """Raise a StorageError (one line: read-only, or held by another program) unless
        this database can be written now; for commands that are about to write."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine.connect() as connection:  # a write that changes nothing
                connection.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
                connection.rollback()
        except DBAPIError as error:
            raise translate_database_error(self.path, error) from error


def open_database(path: Path) -> Database:
    """Prepare the file (create, or back up and upgrade) and connect to it."""
    taken = prepare_database(path)
    engine = create_sqlite_engine(path)
    sessions = session_factory(engine)
    with engine.connect() as connection:
        joined = connection.exec_driver_sql("SELECT 1 FROM desk_state").first() is not None
    recorder = OutboxRecorder(enabled=joined)
    recorder.install(sessions)
    return Database(path, engine, sessions, backup_taken=taken, recorder=recorder)
