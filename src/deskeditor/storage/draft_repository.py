"""Pending drafts: text kept aside while a conflict or a deletion elsewhere waits for
the user's choice (see models.PendingDraftRow)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from deskeditor.domain.article import Article, PendingDraft
from deskeditor.storage.models import ArticleRow, PendingDraftRow


class PendingDraftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def put(self, article: Article, session: str, author: str, at: datetime) -> None:
        """Keep ``article``'s text for ``session``, replacing what that window kept before."""
        assert article.id is not None
        query = select(PendingDraftRow).where(
            PendingDraftRow.article_id == article.id, PendingDraftRow.session == session
        )
        row = self._session.scalar(query)
        if row is None:
            row = PendingDraftRow(article_id=article.id, session=session)
            self._session.add(row)
        row.base_version = article.version
        row.author = author
        row.snapshot = article.snapshot()
        row.saved_at = at

    def for_article(self, article_id: int) -> list[PendingDraft]:
        query = (
            select(PendingDraftRow)
            .where(PendingDraftRow.article_id == article_id)
            .order_by(PendingDraftRow.saved_at, PendingDraftRow.id)
        )
        return [_draft(row) for row in self._session.scalars(query)]

    def orphans(self) -> list[PendingDraft]:
        """Drafts whose article is gone for good or in the trash."""
        live = select(ArticleRow.id).where(ArticleRow.deleted_at.is_(None))
        query = (
            select(PendingDraftRow)
            .where(PendingDraftRow.article_id.not_in(live))
            .order_by(PendingDraftRow.saved_at, PendingDraftRow.id)
        )
        return [_draft(row) for row in self._session.scalars(query)]

    def drop(self, article_id: int, sessions: set[str]) -> None:
        self._session.execute(
            delete(PendingDraftRow).where(
                PendingDraftRow.article_id == article_id, PendingDraftRow.session.in_(sessions)
            )
        )


def _draft(row: PendingDraftRow) -> PendingDraft:
    article = Article(id=row.article_id, version=row.base_version).with_snapshot(row.snapshot)
    return PendingDraft(article, row.session, row.author, row.saved_at)
