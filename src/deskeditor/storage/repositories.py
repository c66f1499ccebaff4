"""Repositories: the only place that writes queries or builds rows. They take a
session, accept domain values and return rows or domain values; transactions
belong to the unit of work."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select
from sqlalchemy.orm import Session

from deskeditor.domain.article import (
    Article,
    ArticleQuery,
    ArticleStatus,
    ArticleSummary,
    SortKey,
)
from deskeditor.domain.corrections import (
    CorrectionNotice,
    IncomingRequest,
    Reply,
    RequestStatus,
)
from deskeditor.storage.base import Base, new_uid
from deskeditor.storage.mapping import copy_to_row
from deskeditor.storage.models import (
    ArticleRow,
    CorrectionEventRow,
    CorrectionNoticeRow,
    CorrectionReplyRow,
    CorrectionRequestRow,
    request_uid,
)
from deskeditor.storage.outbox import OutboxRecorder
from deskeditor.storage.request_intake import insert_row, insert_rows
from deskeditor.storage.search import ranked_article_ids

SEARCH_LIMIT = 1000
_LONG_AGO = datetime.min.replace(tzinfo=UTC)
_SUMMARY_COLUMNS = (
    ArticleRow.id,
    ArticleRow.headline,
    ArticleRow.section,
    ArticleRow.byline,
    ArticleRow.status,
    ArticleRow.word_count,
    ArticleRow.updated_at,
    ArticleRow.slug,
    ArticleRow.uid,
)
_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.UPDATED: ArticleRow.updated_at,
    SortKey.HEADLINE: ArticleRow.headline,
    SortKey.SECTION: ArticleRow.section,
    SortKey.BYLINE: ArticleRow.byline,
    SortKey.STATUS: ArticleRow.status,
    SortKey.WORDS: ArticleRow.word_count,
}


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, article_id: int) -> ArticleRow | None:
        return self._session.get(ArticleRow, article_id)

    def by_uid(self, uid: str) -> ArticleRow | None:
        return self._session.scalar(select(ArticleRow).where(ArticleRow.uid == uid))

    def by_slug(self, slug: str) -> ArticleRow | None:
        return self._session.scalar(select(ArticleRow).where(ArticleRow.slug == slug))

    def add(self, article: Article, now: datetime) -> ArticleRow:
        """A new row holding ``article``, created at ``now``; flushed, so it has its id."""
        row = ArticleRow(created_at=now)
        self.write(row, article, now)
        self._session.add(row)
        self._session.flush()
        return row

    @staticmethod
    def write(row: ArticleRow, article: Article, now: datetime) -> None:
        """Put ``article``'s fields in ``row``, changed at ``now``; the first time it is
        published, ``now`` is also its publication time."""
        copy_to_row(article, row)
        row.updated_at = now
        if article.status is ArticleStatus.PUBLISHED and row.published_at is None:
            row.published_at = now

    def delete(self, row: ArticleRow) -> None:
        self._session.delete(row)

    def slugs_like(self, stem: str, exclude_id: int | None) -> set[str]:
        """Slugs equal to ``stem`` or ``stem-…``, to find a free one (index range scans)."""
        query = select(ArticleRow.slug).where(
            (ArticleRow.slug == stem)
            | ((ArticleRow.slug > f"{stem}-") & (ArticleRow.slug < f"{stem}."))
        )
        if exclude_id is not None:
            query = query.where(ArticleRow.id != exclude_id)
        return set(self._session.scalars(query))

    def sections(self) -> list[str]:
        query = (
            select(ArticleRow.section)
            .where(ArticleRow.section != "", ArticleRow.deleted_at.is_(None))
            .distinct()
            .order_by(ArticleRow.section)
        )
        return list(self._session.scalars(query))

    def page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]:
        """One page of list rows: never loads bodies."""
        hits = self._search_hits(query)
        if hits is not None and query.sort is SortKey.RELEVANCE:
            page_ids = hits[offset : offset + limit]
            found = self._session.execute(
                self._filtered(select(*_SUMMARY_COLUMNS), query, page_ids)
            )
            order = {article_id: i for i, article_id in enumerate(page_ids)}
            rows = sorted(found, key=lambda r: order[r.id])
        else:
            statement = self._filtered(select(*_SUMMARY_COLUMNS), query, hits)
            statement = statement.order_by(*self._ordering(query)).offset(offset).limit(limit)
            rows = list(self._session.execute(statement))
        return [ArticleSummary(*row) for row in rows]

    def all_hits(self, query: ArticleQuery) -> list[ArticleSummary]:
        """All rows of a text query: the search runs once."""
        return self.page(query, 0, SEARCH_LIMIT)

    def count(self, query: ArticleQuery) -> int:
        statement = self._filtered(select(func.count()), query, self._search_hits(query))
        return int(self._session.scalar(statement) or 0)

    def search_ids(self, text: str, limit: int) -> list[int]:
        return ranked_article_ids(self._session, text, limit)

    def _search_hits(self, query: ArticleQuery) -> list[int] | None:
        return self.search_ids(query.text, SEARCH_LIMIT) if query.text.strip() else None

    @staticmethod
    def _filtered(statement: Any, query: ArticleQuery, ids: list[int] | None) -> Any:
        """``statement`` (a Select of any columns) narrowed to what ``query`` shows."""
        statement = statement.select_from(ArticleRow).where(
            ArticleRow.deleted_at.is_not(None) if query.trash else ArticleRow.deleted_at.is_(None)
        )
        if query.status is not None:
            statement = statement.where(ArticleRow.status == query.status)
        if query.section:
            statement = statement.where(ArticleRow.section == query.section)
        if ids is not None:
            statement = statement.where(ArticleRow.id.in_(ids))
        return statement

    @staticmethod
    def _ordering(query: ArticleQuery) -> Sequence[ColumnElement[Any]]:
        column = _SORT_COLUMNS.get(query.sort, ArticleRow.updated_at)
        primary = column.desc() if query.descending else column.asc()
        tie = ArticleRow.id.desc() if query.descending else ArticleRow.id.asc()
        return (primary, tie)


# Bulk intake writes these tables without the ORM (storage/request_intake.py).
def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_REQUESTS = _table(CorrectionRequestRow)
_EVENTS = _table(CorrectionEventRow)
_REQUEST_FIELDS = dataclasses.fields(IncomingRequest)


@dataclasses.dataclass(frozen=True)
class FiledRequest:
    """What threading a new message needs of a filed request (an import keeps one
    for every request in memory, instead of a query per message)."""

    id: int
    message_id: str
    thread_root_id: int | None
    sender: str
    article_id: int | None
    match_confidence: float | None

    @classmethod
    def of(cls, row: CorrectionRequestRow) -> FiledRequest:
        return cls(row.id, row.message_id, row.thread_root_id, row.sender, row.article_id,
                   row.match_confidence)  # fmt: skip


class CorrectionRepository:
    """Corrections as far as articles need them; the inbox extends this."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def request_by_message_id(self, message_id: str) -> CorrectionRequestRow | None:
        query = select(CorrectionRequestRow).where(CorrectionRequestRow.message_id == message_id)
        return self._session.scalar(query)

    def message_hashes(self) -> dict[str, str]:
        """Every stored Message-ID with the hash of its message's bytes."""
        query = select(CorrectionRequestRow.message_id, CorrectionRequestRow.content_hash)
        return {message_id: digest for message_id, digest in self._session.execute(query)}

    def filed_requests(self) -> list[FiledRequest]:
        """Every filed request, as threading needs it, in the order filed."""
        table = CorrectionRequestRow
        query = select(table.id, table.message_id, table.thread_root_id, table.sender,
                       table.article_id, table.match_confidence).order_by(table.id)  # fmt: skip
        return [FiledRequest(*row) for row in self._session.execute(query)]

    def request(self, request_id: int) -> CorrectionRequestRow | None:
        return self._session.get(CorrectionRequestRow, request_id)

    def open_thread_of(self, sender: str, article_id: int) -> CorrectionRequestRow | None:
        """The sender's earlier request about the same article, to thread a follow-up."""
        query = (
            select(CorrectionRequestRow)
            .where(
                CorrectionRequestRow.sender == sender,
                CorrectionRequestRow.article_id == article_id,
                CorrectionRequestRow.thread_root_id.is_(None),
            )
            .order_by(CorrectionRequestRow.id)
            .limit(1)
        )
        return self._session.scalar(query)

    def thread(self, root_id: int) -> list[CorrectionRequestRow]:
        """A request and its follow-ups in the order the readers wrote them (the desk may
        get them out of order). Two indexed lookups: one query with ``id = ? OR
        thread_root_id = ?`` could scan the table."""
        root = self._session.get(CorrectionRequestRow, root_id)
        query = select(CorrectionRequestRow).where(CorrectionRequestRow.thread_root_id == root_id)
        thread = ([root] if root is not None else []) + list(self._session.scalars(query))
        return sorted(thread, key=lambda r: (r.sent_at or r.received_at or _LONG_AGO, r.id))

    def add_request(self, request: IncomingRequest, now: datetime) -> CorrectionRequestRow:
        """File a new request, created at ``now`` and received then unless its mailbox
        says when it arrived; flushed, so it has its id."""
        values = {f.name: getattr(request, f.name) for f in _REQUEST_FIELDS}
        row = CorrectionRequestRow(
            **values,
            uid=request_uid(request.message_id, request.content_hash),
            status=RequestStatus.NEW,
            created_at=now,
            updated_at=now,
        )
        if row.received_at is None:
            row.received_at = now
        self._session.add(row)
        self._session.flush()
        return row

    def insert_request(self, request: IncomingRequest, now: datetime) -> int:
        """add_request for bulk intake: one INSERT, no object for the session to
        track (storage/request_intake.py); the new request's id. A database on a
        shared desk records every write in its outbox through the ORM, so there it
        is add_request."""
        if OutboxRecorder.recording(self._session):
            return self.add_request(request, now).id
        values = dict(vars(request))  # the fields, as the table names them
        values.update(
            uid=request_uid(request.message_id, request.content_hash),
            status=RequestStatus.NEW,
            assignee="",
            notes="",
            decided_at=None,
            replied_at=None,
            created_at=now,
            updated_at=now,
        )
        if values["received_at"] is None:
            values["received_at"] = now
        return insert_row(self._session.connection(), _REQUESTS, values)

    def insert_events(self, events: Sequence[tuple[int, str, str, datetime]]) -> None:
        """Lines of history (request id, action, detail, when), in one statement
        (through the ORM on a shared desk, as insert_request)."""
        if events and OutboxRecorder.recording(self._session):
            for request_id, action, detail, at in events:
                self.add_event(request_id, action, detail, at)
        elif events:
            rows = [
                {"uid": new_uid(), "request_id": r, "at": at, "actor": "", "action": a, "detail": d}
                for r, a, d, at in events
            ]
            insert_rows(self._session.connection(), _EVENTS, rows)

    def latest_event(self, request_id: int) -> CorrectionEventRow | None:
        query = (
            select(CorrectionEventRow)
            .where(CorrectionEventRow.request_id == request_id)
            .order_by(CorrectionEventRow.at.desc(), CorrectionEventRow.id.desc())
            .limit(1)
        )
        return self._session.scalar(query)

    def events(self, request_id: int) -> list[CorrectionEventRow]:
        query = (
            select(CorrectionEventRow)
            .where(CorrectionEventRow.request_id == request_id)
            .order_by(CorrectionEventRow.at, CorrectionEventRow.id)
        )
        return list(self._session.scalars(query))

    def add_event(
        self, request_id: int, action: str, detail: str, at: datetime, actor: str = ""
    ) -> None:
        """A line of the request's history."""
        self._session.add(
            CorrectionEventRow(
                request_id=request_id, at=at, actor=actor, action=action, detail=detail
            )
        )

    def all_notices(self) -> list[CorrectionNoticeRow]:
        query = select(CorrectionNoticeRow).order_by(
            CorrectionNoticeRow.article_id, CorrectionNoticeRow.published_at
        )
        return list(self._session.scalars(query))

    def notices_for(self, article_id: int) -> list[CorrectionNoticeRow]:
        query = (
            select(CorrectionNoticeRow)
            .where(CorrectionNoticeRow.article_id == article_id)
            .order_by(CorrectionNoticeRow.published_at, CorrectionNoticeRow.id)
        )
        return list(self._session.scalars(query))

    def add_notice(self, notice: CorrectionNotice, now: datetime) -> None:
        """Publish ``notice`` on its article (at ``now`` unless it carries a time)."""
        self._session.add(
            CorrectionNoticeRow(
                article_id=notice.article_id,
                request_id=notice.request_id,
                kind=notice.kind,
                text=notice.text,
                position=notice.position,
                published_at=notice.published_at or now,
                created_at=now,
            )
        )

    def notice(self, notice_id: int) -> CorrectionNoticeRow | None:
        return self._session.get(CorrectionNoticeRow, notice_id)

    def replies(self, request_id: int) -> list[CorrectionReplyRow]:
        """The request's replies, oldest first."""
        query = (
            select(CorrectionReplyRow)
            .where(CorrectionReplyRow.request_id == request_id)
            .order_by(CorrectionReplyRow.created_at, CorrectionReplyRow.id)
        )
        return list(self._session.scalars(query))

    def reply(self, reply_id: int) -> CorrectionReplyRow | None:
        return self._session.get(CorrectionReplyRow, reply_id)

    def add_reply(self, reply: Reply, now: datetime) -> CorrectionReplyRow:
        """Store a new reply draft; flushed, so it has its id."""
        row = CorrectionReplyRow(
            request_id=reply.request_id,
            message_id=reply.message_id,
            in_reply_to=reply.in_reply_to,
            sender=reply.sender,
            recipient=reply.recipient,
            subject=reply.subject,
            body=reply.body,
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return row

    def counts_for_article(self, article_id: int) -> tuple[int, int]:
        """(notices, requests) that concern the article."""
        notices = select(func.count(CorrectionNoticeRow.id)).where(
            CorrectionNoticeRow.article_id == article_id
        )
        requests = select(func.count(CorrectionRequestRow.id)).where(
            CorrectionRequestRow.article_id == article_id
        )
        return int(self._session.scalar(notices) or 0), int(self._session.scalar(requests) or 0)
