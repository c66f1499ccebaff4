"""One transaction, with the repositories that work inside it."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from deskeditor.storage.errors import StorageError
from deskeditor.storage.repositories import (
    ArticleRepository,
    CorrectionRepository,
    RevisionRepository,
)
from deskeditor.storage.schema import translate_sqlite_error


class UnitOfWork:
    """``with uow:`` commits on success and rolls back on any exception."""

    articles: ArticleRepository
    revisions: RevisionRepository
    corrections: CorrectionRepository

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        session = self._sessions()
        session.begin()
        self._session = session
        self.articles = ArticleRepository(session)
        self.revisions = RevisionRepository(session)
        self.corrections = CorrectionRepository(session)
        return self

    def no_autoflush(self) -> AbstractContextManager[None]:
        """Queries inside do not flush pending writes first (they do not need them)."""
        assert self._session is not None
        return self._session.no_autoflush  # type: ignore[return-value]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            if exc_type is None:
                self._session.commit()
            else:
                self._session.rollback()
        except DBAPIError as error:
            raise _storage_error(error) from error
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, DBAPIError):  # a failed query: say what it means for the user
            raise _storage_error(exc) from exc


def _storage_error(error: DBAPIError) -> StorageError:
    cause = error.orig
    if isinstance(cause, sqlite3.Error):
        return translate_sqlite_error(Path("the database"), cause)
    return StorageError(f"the database refused the change: {cause}")
