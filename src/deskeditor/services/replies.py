"""The reply to a reader: drafted from the request, reviewed and edited (every
change kept as typed), then saved as an .eml in the outbox to send from any mail
program. Only saving moves the request on ("reply saved"); nothing is marked as
sent that was not.

A mail transport plugs in at `message()`: it sends the EmailMessage that method
builds and stamps the reply's ``sent_at``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

from deskeditor.domain.corrections import PublicationIdentity, Reply, RequestStatus
from deskeditor.files import private_folder, write_bytes_atomically
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import UNDECIDED
from deskeditor.services.triage import MessageView, RequestDetail, TriageService
from deskeditor.storage.base import utcnow
from deskeditor.storage.mapping import reply_from_row
from deskeditor.storage.models import CorrectionReplyRow
from deskeditor.storage.unit_of_work import UnitOfWork

NO_ADDRESS = (
    "the publication's corrections address is not set: it is the reply's From "
    "(Preferences → Publication)"
)


class ReplyService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        triage: TriageService,
        identity: PublicationIdentity | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._uow = unit_of_work
        self._triage = triage
        self.identity = identity or PublicationIdentity()
        self._clock = clock

    @property
    def sender(self) -> str:
        """The reply's From: the publication's name and corrections address."""
        address = self.identity.corrections_address.strip()
        return formataddr((self.identity.name.strip(), address)) if address else ""

    def draft(self, request_id: int) -> Reply:
        """The request's reply being written, or a new one in the house wording. The
        request does not change."""
        detail = self._triage.detail(request_id)
        with self._uow() as uow:
            for row in reversed(uow.corrections.replies(request_id)):
                if row.saved_at is None and row.sent_at is None:
                    return reply_from_row(row)
            original = self._original_message_id(uow, request_id)
            article_id = detail.article.id if detail.article else None
            notices = [
                n.text
                for n in (uow.corrections.notices_for(article_id) if article_id else [])
                if n.request_id == request_id
            ]
        subject = detail.subject
        if not subject.lower().startswith("re:"):
            subject = f"Re: {subject}"
        domain = self.identity.corrections_address.rpartition("@")[2] or "deskeditor.invalid"
        reply = Reply(
            request_id=request_id,
            sender=self.sender,
            recipient=detail.sender,
            subject=subject,
            body=reply_text(detail, notices[-1] if notices else None, self.identity),
            message_id=make_msgid(domain=domain),
            in_reply_to=original,
        )
        with self._uow() as uow:
            return reply_from_row(uow.corrections.add_reply(reply, self._clock()))

    def update(self, reply: Reply) -> Reply:
        """Keep the reply as typed (To, Subject, text); a saved reply stays as saved."""
        assert reply.id is not None
        with self._uow() as uow:
            row = self._row(uow, reply.id)
            if row.saved_at is not None or row.sent_at is not None:
                raise ServiceError("this reply was saved already; draft a new one to change it")
            changed = (row.recipient, row.subject, row.body) != (
                reply.recipient,
                reply.subject,
                reply.body,
            )
            if changed:
                row.recipient, row.subject, row.body = reply.recipient, reply.subject, reply.body
                row.updated_at = self._clock()
            return reply_from_row(row)

    def message(self, reply: Reply) -> EmailMessage:
        """The reply as an email, ready to save or send."""
        sender = reply.sender or self.sender
        if not sender:
            raise ServiceError(NO_ADDRESS)
        if not reply.recipient.strip():
            raise ServiceError("the reply has no recipient")
        message = EmailMessage()
        message["From"] = sender
        message["To"] = reply.recipient.strip()
        message["Subject"] = reply.subject
        message["Date"] = format_datetime(self._clock())
        message["Message-ID"] = reply.message_id
        if reply.in_reply_to:
            message["In-Reply-To"] = reply.in_reply_to
            message["References"] = reply.in_reply_to
        message.set_content(reply.body)
        return message

    def save(self, reply: Reply, outbox: Path) -> Path:
        """Write the reply as an .eml in ``outbox`` (as typed now) and mark the request
        "reply saved" once it is decided; returns the file."""
        stored = self.update(reply)
        assert stored.id is not None
        message = self.message(replace(stored, sender=stored.sender or self.sender))
        now = self._clock()
        private_folder(outbox)  # readers' names and addresses: for this account only
        target = outbox / f"reply-{stored.request_id}-{now:%Y%m%d%H%M%S}-{stored.id}.eml"
        write_bytes_atomically(target, bytes(message), private=True)
        with self._uow() as uow:
            row = self._row(uow, stored.id)
            row.sender, row.saved_at, row.saved_path = message["From"], now, str(target)
            request = uow.corrections.request(stored.request_id)
            assert request is not None
            request.replied_at = now
            if request.status not in UNDECIDED and request.status is not RequestStatus.CLOSED:
                request.status = RequestStatus.REPLY_SAVED
            request.updated_at = now
            uow.corrections.add_event(
                request.id, "reply saved", target.name, now, self._triage.actor
            )
        return target

    def replies(self, request_id: int) -> list[Reply]:
        with self._uow() as uow:
            return [reply_from_row(r) for r in uow.corrections.replies(request_id)]

    @staticmethod
    def _row(uow: UnitOfWork, reply_id: int) -> CorrectionReplyRow:
        row = uow.corrections.reply(reply_id)
        if row is None:
            raise ServiceError(f"reply {reply_id} does not exist")
        return row

    @staticmethod
    def _original_message_id(uow: UnitOfWork, request_id: int) -> str:
        request = uow.corrections.request(request_id)
        if request is None:
            raise ServiceError(f"correction request {request_id} does not exist")
        return request.message_id


def reply_text(detail: RequestDetail, notice: str | None, identity: PublicationIdentity) -> str:
    """The reply in the house wording, signed with the publication's sign-off."""
    first: MessageView | None = detail.messages[0] if detail.messages else None
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
    return f"{greeting}\n\n{outcome}\n\n{identity.sign_off}\n"
