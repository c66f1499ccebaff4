"""Working a correction request: its messages and history, status, assignee and
notes, linking it to an article by hand, publishing the notice with the fix, and
drafting the reply to the reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from deskeditor.domain.corrections import (
    CorrectionNotice,
    NoticeKind,
    NoticePosition,
    RequestStatus,
)
from deskeditor.domain.notices import euphemism_in
from deskeditor.formats.email import Attachment, parse_mail
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import UNDECIDED, overdue
from deskeditor.storage.base import utcnow
from deskeditor.storage.models import CorrectionRequestRow
from deskeditor.storage.unit_of_work import UnitOfWork

DECISIONS = {RequestStatus.APPROVED, RequestStatus.REJECTED, RequestStatus.DUPLICATE}


@dataclass(frozen=True)
class MessageView:
    id: int
    sender: str
    received_at: datetime | None
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
        with self._uow() as uow:
            row = self._request(uow, request_id)
            if row.assignee != assignee:
                self._event(uow, row, "assigned", assignee or "nobody")
                row.assignee = assignee

    def set_notes(self, request_id: int, notes: str) -> None:
        with self._uow() as uow:
            row = self._request(uow, request_id)
            if row.notes != notes:
                self._event(uow, row, "notes", "edited")
                row.notes = notes

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
        if not text.strip():
            raise ServiceError("the notice has no text")
        if word := euphemism_in(kind, text):
            raise ServiceError(
                f"a correction says plainly what was wrong: “{word}” softens it; "
                "write “An earlier version of this article misstated …”"
            )
        now = self._clock()

        def record(uow: UnitOfWork, saved: Article) -> None:
            row = self._request(uow, request_id)
            assert saved.id is not None
            notice = CorrectionNotice(saved.id, kind, text.strip(), position, now, row.id)
            uow.corrections.add_notice(notice, now)
            self._event(uow, row, "notice published", text.strip())
            row.status = RequestStatus.NOTICE_PUBLISHED
            row.article_id = saved.id

        status = ArticleStatus.CORRECTED if kind is NoticeKind.CORRECTION else corrected.status
        return self._articles.save(
            corrected.replace(status=status), RevisionReason.CORRECTION, record
        )

    def draft_reply(self, request_id: int, outbox: Path, from_address: str) -> Path:
        """The reply to the reader as an .eml in the outbox (send it from any mail
        program); the request is marked "reader replied"."""
        detail = self.detail(request_id)
        notices = (
            self._articles.notices(detail.article.id)
            if detail.article and detail.article.id
            else []
        )
        mine = [n for n in notices if n.request_id == request_id]
        reply = EmailMessage()
        reply["From"] = from_address or "corrections@localhost"
        reply["To"] = detail.sender
        reply["Subject"] = (
            detail.subject if detail.subject.lower().startswith("re:") else f"Re: {detail.subject}"
        )
        reply["Date"] = format_datetime(self._clock())
        reply["Message-ID"] = make_msgid(domain="deskeditor.invalid")
        first = detail.messages[0] if detail.messages else None
        with self._uow() as uow:
            original = self._request(uow, request_id).message_id
        reply["In-Reply-To"] = original
        reply["References"] = original
        reply.set_content(_reply_text(detail, mine[-1].text if mine else None, first))
        outbox.mkdir(parents=True, exist_ok=True)
        target = outbox / f"reply-{request_id}-{self._clock():%Y%m%d%H%M%S}.eml"
        target.write_bytes(bytes(reply))
        with self._uow() as uow:
            row = self._request(uow, request_id)
            row.replied_at = self._clock()
            self._event(uow, row, "reply drafted", target.name)
            if row.status is RequestStatus.NOTICE_PUBLISHED or row.status not in UNDECIDED:
                row.status = RequestStatus.READER_REPLIED
        return target

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _request(uow: UnitOfWork, request_id: int) -> CorrectionRequestRow:
        row = uow.corrections.request(request_id)
        if row is None:
            raise ServiceError(f"correction request {request_id} does not exist")
        return row

    def _event(self, uow: UnitOfWork, row: CorrectionRequestRow, action: str, detail: str) -> None:
        now = self._clock()
        row.updated_at = now
        uow.corrections.add_event(row.id, action, detail, now, self.actor)


def _reply_text(detail: RequestDetail, notice: str | None, first: MessageView | None) -> str:
    name = first.sender.split()[0] if first and first.sender and "@" not in first.sender else ""
    greeting = f"Dear {name}," if name else "Hello,"
    headline = f"“{detail.article.headline}”" if detail.article else "our article"
    if notice:
        outcome = (
            f"Thank you for writing about {headline}. You were right, and we have corrected "
            f"the article. It now carries this notice:\n\n    Correction: {notice}"
        )
    elif detail.status is RequestStatus.REJECTED:
        outcome = (
            f"Thank you for writing about {headline}. We have looked into it carefully and "
            "believe the article is accurate as published."
        )
    else:
        outcome = f"Thank you for writing about {headline}. We are looking into it."
    return f"{greeting}\n\n{outcome}\n\nThe corrections desk\n"
