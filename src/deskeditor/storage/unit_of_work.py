"""One transaction, with the repositories that work inside it."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from deskeditor.storage.repositories import (
    ArticleRepository,
    CorrectionRepository,
    RevisionRepository,
)


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
        finally:
            self._session.close()
            self._session = None
