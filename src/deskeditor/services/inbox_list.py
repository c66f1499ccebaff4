"""The corrections inbox as a list: thread roots newest first, a page at a time, with
the counts of its summary line; InboxService (services/inbox.py) is this plus intake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskeditor.domain.corrections import RequestStatus
from deskeditor.storage.unit_of_work import UnitOfWork

OVERDUE = timedelta(days=30)  # newsroom policy: explain a correction that took longer
UNDECIDED = {RequestStatus.NEW, RequestStatus.TRIAGING, RequestStatus.INVESTIGATING}


@dataclass(frozen=True)
class RequestSummary:
    id: int
    status: RequestStatus
    received_at: datetime | None  # when the desk received it: the age counts from here
    sent_at: datetime | None  # the reader's Date header
    sender: str
    subject: str
    article_id: int | None
    article_headline: str | None
    confidence: float | None
    evidence: str | None
    messages: int
    overdue: bool


class InboxList:
    """Reading the inbox list (the window pages it in; the command line and the ledger
    read it whole): indexed queries, the same cost at 100 requests or 100,000."""

    _uow: Callable[[], UnitOfWork]
    _clock: Callable[[], datetime]

    def requests(self, status: RequestStatus | None = None) -> list[RequestSummary]:
        """Every request (thread roots), newest first: one query, however many."""
        return self.request_page(RequestFilter(status), 0, None)

    def request_page(
        self, which: RequestFilter, offset: int, limit: int | None
    ) -> list[RequestSummary]:
        """A page of the inbox list, newest first (the window pages it in)."""
        now = self._clock()
        statuses, before = which.bounds(now)
        with self._uow() as uow:
            rows = uow.inbox.page(statuses, before, offset, limit)
        return [
            RequestSummary(
                id=row.id,
                status=row.status,
                received_at=row.received_at,
                sent_at=row.sent_at,
                sender=row.sender,
                subject=row.subject,
                article_id=row.article_id,
                article_headline=row.headline,
                confidence=row.match_confidence,
                evidence=row.match_evidence,
                messages=row.messages,
                overdue=overdue(row.status, row.received_at, now),
            )
            for row in rows
        ]

    def request_count(self, which: RequestFilter) -> int:
        statuses, before = which.bounds(self._clock())
        with self._uow() as uow:
            return uow.inbox.count(statuses, before)

    def counts(self) -> InboxCounts:
        """The inbox's summary line: all requests, new ones, overdue ones."""
        with self._uow() as uow:
            now = self._clock()
            return InboxCounts(*(uow.inbox.count(*which.bounds(now)) for which in _SUMMARY_FILTERS))


@dataclass(frozen=True)
class RequestFilter:
    """Which requests the inbox shows: all, one status, or those overdue."""

    status: RequestStatus | None = None
    overdue: bool = False

    def bounds(self, now: datetime) -> tuple[frozenset[RequestStatus] | None, datetime | None]:
        """(the statuses shown, received before when) for the query."""
        statuses = frozenset({self.status}) if self.status is not None else None
        if not self.overdue:
            return statuses, None
        undecided = frozenset(UNDECIDED) & statuses if statuses else frozenset(UNDECIDED)
        return undecided, now - OVERDUE


@dataclass(frozen=True)
class InboxCounts:
    total: int
    new: int
    overdue: int


_SUMMARY_FILTERS = (RequestFilter(), RequestFilter(RequestStatus.NEW), RequestFilter(overdue=True))


def overdue(status: RequestStatus, received: datetime | None, now: datetime) -> bool:
    return status in UNDECIDED and received is not None and now - received > OVERDUE
