"""An opened Deskeditor database: engine, sessions and units of work."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from deskeditor.storage.engine import create_sqlite_engine, session_factory, sqlite_files
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
        """Let SQLite refresh its planner statistics (cheap), then disconnect."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except Exception:
            log.warning("PRAGMA optimize failed on %s", self.path, exc_info=True)
        self.engine.dispose()


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
