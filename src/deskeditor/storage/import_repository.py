"""Import sources: which article each imported file became, by the hash of its bytes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskeditor.domain.article import ImportedSource
from deskeditor.storage.models import ArticleRow, ImportSourceRow


class ImportSourceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, content_hash: str, article_id: int, path: str, at: datetime) -> None:
        self._session.add(
            ImportSourceRow(
                content_hash=content_hash, article_id=article_id, path=path, imported_at=at
            )
        )

    def find(self, content_hash: str) -> ImportedSource | None:
        """The article a file with these bytes became first (a live one before one in
        the trash)."""
        query = (
            select(ArticleRow.id, ArticleRow.slug, ArticleRow.headline, ArticleRow.deleted_at)
            .join(ImportSourceRow, ImportSourceRow.article_id == ArticleRow.id)
            .where(ImportSourceRow.content_hash == content_hash)
            .order_by(ArticleRow.deleted_at.is_not(None), ImportSourceRow.id)
            .limit(1)
        )
        row = self._session.execute(query).first()
        if row is None:
            return None
        return ImportedSource(row.id, row.slug, row.headline, row.deleted_at is not None)
