"""One transaction, with the repositories that work inside it.

Driver errors do not leave it: a failed query or commit becomes a StorageError
(storage/errors.py), and a save that finds its row changed by someone else
(SQLAlchemy's StaleDataError, from the version counter) a WriteConflictError.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from deskeditor.storage.draft_repository import PendingDraftRepository
from deskeditor.storage.errors import StorageError, WriteConflictError, translate_dbapi_error
from deskeditor.storage.history_repositories import QueryRepository, RevisionRepository
from deskeditor.storage.import_repository import ImportSourceRepository
from deskeditor.storage.inbox_repository import InboxRepository
from deskeditor.storage.repositories import ArticleRepository, CorrectionRepository
from deskeditor.storage.source_repository import MailboxStateRepository, SourceRepository


class UnitOfWork:
    """``with uow:`` commits on success and rolls back on any exception."""

    articles: ArticleRepository
    revisions: RevisionRepository
    corrections: CorrectionRepository
    sources: SourceRepository
    mailboxes: MailboxStateRepository
    queries: QueryRepository
    drafts: PendingDraftRepository
    imports: ImportSourceRepository
    inbox: InboxRepository

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
        self.sources = SourceRepository(session)
        self.mailboxes = MailboxStateRepository(session)
        self.queries = QueryRepository(session)
        self.drafts = PendingDraftRepository(session)
        self.imports = ImportSourceRepository(session)
        self.inbox = InboxRepository(session)
        return self

    def flush(self) -> None:
        """Send the pending writes now (inside the transaction), so a conflict shows
        here as WriteConflictError while the caller can still say what it was."""
        assert self._session is not None
        try:
            self._session.flush()
        except (StaleDataError, DBAPIError) as error:
            raise _storage_error(error) from error

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
        except (StaleDataError, DBAPIError) as error:
            raise _storage_error(error) from error
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, StaleDataError | DBAPIError):  # a failed query: say what it means
            raise _storage_error(exc) from exc


def _storage_error(error: StaleDataError | DBAPIError) -> StorageError:
    if isinstance(error, StaleDataError):
        return WriteConflictError("someone else saved this in the meantime; nothing was written")
    return translate_dbapi_error(error)
