"""Repositories for an article's history and its queries: the revisions kept of it
(paged without their snapshots for the history list) and the queries on it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session

from deskeditor.domain.article import Article, RevisionReason
from deskeditor.domain.queries import Query
from deskeditor.storage.mapping import query_to_row
from deskeditor.storage.models import QueryRow, RevisionRow

_REVISION_COLUMNS = (
    RevisionRow.id,
    RevisionRow.article_id,
    RevisionRow.created_at,
    RevisionRow.reason,
    RevisionRow.author,
    RevisionRow.note,
    RevisionRow.words_added,
    RevisionRow.words_removed,
    RevisionRow.changed_fields,
    RevisionRow.coalesced_until,
)


class RevisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        article: Article,
        reason: RevisionReason,
        author: str,
        at: datetime,
        note: str = "",
    ) -> RevisionRow:
        """Keep ``article``'s text as a revision (``note``: what the reason alone does not say)."""
        assert article.id is not None
        row = RevisionRow(
            article_id=article.id,
            created_at=at,
            reason=reason,
            author=author,
            snapshot=article.snapshot(),
            note=note,
        )
        self._session.add(row)
        return row

    def get(self, revision_id: int) -> RevisionRow | None:
        return self._session.get(RevisionRow, revision_id)

    def latest(self, article_id: int) -> RevisionRow | None:
        query = (
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc())
            .limit(1)
        )
        return self._session.scalar(query)

    def before(self, row: RevisionRow) -> RevisionRow | None:
        """The revision kept just before ``row`` (history order: time, then id)."""
        query = (
            select(RevisionRow)
            .where(
                RevisionRow.article_id == row.article_id,
                RevisionRow.id != row.id,
                (RevisionRow.created_at < row.created_at)
                | ((RevisionRow.created_at == row.created_at) & (RevisionRow.id < row.id)),
            )
            .order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc())
            .limit(1)
        )
        return self._session.scalar(query)

    def oldest(self, article_id: int, limit: int) -> list[RevisionRow]:
        """The first revisions kept, oldest first (to find the one as filed)."""
        query = (
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.created_at, RevisionRow.id)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def first_of(self, article_id: int, reasons: Sequence[RevisionReason]) -> RevisionRow | None:
        query = (
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id, RevisionRow.reason.in_(reasons))
            .order_by(RevisionRow.created_at, RevisionRow.id)
            .limit(1)
        )
        return self._session.scalar(query)

    def at(
        self, article_id: int, moment: datetime, reason: RevisionReason | None
    ) -> RevisionRow | None:
        """The last revision kept at or before ``moment`` (of ``reason``, if given)."""
        query = select(RevisionRow).where(
            RevisionRow.article_id == article_id, RevisionRow.created_at <= moment
        )
        if reason is not None:
            query = query.where(RevisionRow.reason == reason)
        query = query.order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc()).limit(1)
        return self._session.scalar(query)

    def next_of(
        self, article_id: int, moment: datetime, reason: RevisionReason
    ) -> RevisionRow | None:
        """The first revision of ``reason`` kept at or after ``moment``."""
        query = (
            select(RevisionRow)
            .where(
                RevisionRow.article_id == article_id,
                RevisionRow.created_at >= moment,
                RevisionRow.reason == reason,
            )
            .order_by(RevisionRow.created_at, RevisionRow.id)
            .limit(1)
        )
        return self._session.scalar(query)

    def uncounted(self, article_id: int) -> list[int]:
        """Revisions kept before their changes were counted (an older version's)."""
        query = select(RevisionRow.id).where(
            RevisionRow.article_id == article_id, RevisionRow.words_added.is_(None)
        )
        return list(self._session.scalars(query))

    def authors_between(
        self,
        article_id: int,
        after: tuple[datetime, int],
        until: tuple[datetime, int] | None,
    ) -> list[str]:
        """The authors of the revisions after ``after`` up to ``until`` (time, id), in order."""
        query = select(RevisionRow.author).where(
            RevisionRow.article_id == article_id, _later(after)
        )
        if until is not None:
            query = query.where(~_later(until))
        query = query.order_by(RevisionRow.created_at, RevisionRow.id)
        return list(self._session.scalars(query))

    def page(self, article_id: int, offset: int, limit: int) -> list[Row[Any]]:
        """One page of the history, newest first, without the snapshots."""
        query = (
            select(*_REVISION_COLUMNS)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.execute(query))

    def for_article(self, article_id: int) -> list[RevisionRow]:
        query = (
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc())
        )
        return list(self._session.scalars(query))

    def count(self, article_id: int) -> int:
        query = select(func.count(RevisionRow.id)).where(RevisionRow.article_id == article_id)
        return int(self._session.scalar(query) or 0)


class QueryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_article(self, article_id: int) -> list[QueryRow]:
        query = (
            select(QueryRow)
            .where(QueryRow.article_id == article_id)
            .order_by(QueryRow.created_at, QueryRow.id)
        )
        return list(self._session.scalars(query))

    def by_uid(self, uid: str) -> QueryRow | None:
        return self._session.scalar(select(QueryRow).where(QueryRow.uid == uid))

    def write(self, article_id: int, query: Query, now: datetime) -> QueryRow:
        """Store ``query`` on the article: a new row, or its row brought up to date."""
        row = self.by_uid(query.uid)
        if row is None:
            row = QueryRow(uid=query.uid, article_id=article_id)
            self._session.add(row)
        elif row.article_id != article_id:
            raise ValueError(f"query {query.uid} belongs to another article")
        query_to_row(query, row)
        row.updated_at = now
        return row

    def delete(self, uid: str) -> None:
        row = self.by_uid(uid)
        if row is not None:
            self._session.delete(row)

    def open_count(self, article_id: int) -> int:
        query = select(func.count(QueryRow.id)).where(
            QueryRow.article_id == article_id, QueryRow.resolved_at.is_(None)
        )
        return int(self._session.scalar(query) or 0)


def _later(than: tuple[datetime, int]) -> ColumnElement[bool]:
    """Kept after the revision at (time, id), in history order."""
    moment, revision_id = than
    return (RevisionRow.created_at > moment) | (
        (RevisionRow.created_at == moment) & (RevisionRow.id > revision_id)
    )
