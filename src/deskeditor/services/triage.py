"""Working a correction request: its messages and history, status, assignee and
notes, linking it to an article by hand, and publishing the notice with the fix.
(The reply to the reader is services/replies.py.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from deskeditor.domain.corrections import (
    CorrectionNotice,
    NoticeKind,
    NoticePosition,
    RequestStatus,
)
from deskeditor.domain.notices import notice_problem
from deskeditor.domain.workflow import PUBLIC
from deskeditor.formats.email import Attachment, parse_mail
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import overdue
from deskeditor.storage.base import utcnow
from deskeditor.storage.models import CorrectionRequestRow
from deskeditor.storage.unit_of_work import UnitOfWork

DECISIONS = {RequestStatus.APPROVED, RequestStatus.REJECTED, RequestStatus.DUPLICATE}
COALESCE = timedelta(minutes=5)  # typing in a field within this is one line of history


@dataclass(frozen=True)
class MessageView:
    id: int
    sender: str
    received_at: datetime | None  # by the desk
    sent_at: datetime | None  # the reader's date
    subject: str
    text: str
    attachments: list[Attachment]
    parse_error: str | None


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor: str
    action: str
    detail: str


@dataclass(frozen=True)
class RequestDetail:
    id: int
    status: RequestStatus
    assignee: str
    notes: str
    sender: str
    subject: str
    article: Article | None
    quoted_phrase: str | None
    confidence: float | None
    evidence: str | None
    messages: list[MessageView]
    history: list[EventView]
    overdue: bool
    received_at: datetime | None = None  # by the desk: the request's age counts from it
    sent_at: datetime | None = None  # the reader's date


class TriageService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        articles: ArticleService,
        actor: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._uow = unit_of_work
        self._articles = articles
        self.actor = actor
        self._clock = clock

    def detail(self, request_id: int) -> RequestDetail:
        with self._uow() as uow:
            row = self._request(uow, request_id)
            messages = [
                MessageView(
                    m.id,
                    m.sender_name or m.sender,
                    m.received_at,
                    m.sent_at,
                    m.subject,
                    m.text,
                    parse_mail(m.raw).attachments,
                    m.parse_error,
                )
                for m in uow.corrections.thread(row.id)
            ]
            history = [
                EventView(e.at, e.actor, e.action, e.detail) for e in uow.corrections.events(row.id)
            ]
            article_id = row.article_id
            detail = dict(
                id=row.id,
                status=row.status,
                assignee=row.assignee,
                notes=row.notes,
                sender=row.sender,
                subject=row.subject,
                quoted_phrase=row.quoted_phrase,
                confidence=row.match_confidence,
                evidence=row.match_evidence,
                messages=messages,
                history=history,
                overdue=overdue(row.status, row.received_at, self._clock()),
                received_at=row.received_at,
                sent_at=row.sent_at,
            )
        article = self._articles.get(article_id) if article_id is not None else None
        return RequestDetail(article=article, **detail)  # type: ignore[arg-type]

    def set_status(self, request_id: int, status: RequestStatus) -> None:
        with self._uow() as uow:
            row = self._request(uow, request_id)
            if row.status is status:
                return
            self._event(uow, row, "status", f"{row.status.value} → {status.value}")
            row.status = status
            if status in DECISIONS and row.decided_at is None:
                row.decided_at = self._clock()

    def set_assignee(self, request_id: int, assignee: str) -> None:
        self.save_fields(request_id, assignee=assignee)

    def set_notes(self, request_id: int, notes: str) -> None:
        self.save_fields(request_id, notes=notes)

    def save_fields(
        self, request_id: int, assignee: str | None = None, notes: str | None = None
    ) -> None:
        """Store the assignee and notes as typed (autosave). The history gets one line
        per field per few minutes of typing, not one per pause."""
        with self._uow() as uow:
            row = self._request(uow, request_id)
            if assignee is not None and row.assignee != assignee.strip():
                row.assignee = assignee.strip()
                self._event(uow, row, "assigned", row.assignee or "nobody", coalesce=True)
            if notes is not None and row.notes != notes:
                row.notes = notes
                self._event(uow, row, "notes", "edited", coalesce=True)

    def link(self, request_id: int, article_id: int) -> None:
        article = self._articles.get(article_id)
        with self._uow() as uow:
            row = self._request(uow, request_id)
            row.article_id, row.match_confidence, row.match_evidence = (
                article_id,
                1.0,
                "linked by hand",
            )
            self._event(uow, row, "linked", article.headline)

    def publish_notice(
        self,
        request_id: int,
        corrected: Article,
        kind: NoticeKind,
        text: str,
        position: NoticePosition = NoticePosition.BOTTOM,
    ) -> Article:
        """Fix the article and publish the notice in one revision: the article is marked
        corrected and the request "notice published", or nothing changes at all."""
        if problem := notice_problem(kind, text):
            raise ServiceError(problem)
        now = self._clock()

        def record(uow: UnitOfWork, saved: Article) -> None:
            row = self._request(uow, request_id)
            assert saved.id is not None
            notice = CorrectionNotice(saved.id, kind, text.strip(), position, now, row.id)
            uow.corrections.add_notice(notice, now)
            self._event(uow, row, "notice published", text.strip())
            row.status = RequestStatus.NOTICE_PUBLISHED
            row.article_id = saved.id

        # A correction marks a published article corrected; an unpublished one keeps its status.
        public = corrected.status in PUBLIC
        status = ArticleStatus.CORRECTED if kind is NoticeKind.CORRECTION and public else None
        return self._articles.save(corrected, RevisionReason.CORRECTION, record, status=status)

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _request(uow: UnitOfWork, request_id: int) -> CorrectionRequestRow:
        row = uow.corrections.request(request_id)
        if row is None:
            raise ServiceError(f"correction request {request_id} does not exist")
        return row

    def _event(
        self,
        uow: UnitOfWork,
        row: CorrectionRequestRow,
        action: str,
        detail: str,
        coalesce: bool = False,
    ) -> None:
        """A line of the request's history; with ``coalesce``, a line for the same
        action by the same person a few minutes ago is brought up to date instead."""
        now = self._clock()
        row.updated_at = now
        latest = uow.corrections.latest_event(row.id) if coalesce else None
        if (
            latest is not None
            and (latest.action, latest.actor) == (action, self.actor)
            and now - latest.at < COALESCE
        ):
            latest.detail, latest.at = detail, now
            return
        uow.corrections.add_event(row.id, action, detail, now, self.actor)
