"""The vocabulary of corrections: request statuses, notice kinds and positions."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import datetime


class RequestStatus(enum.StrEnum):
    """A reader's correction request on its way from the inbox to a closed case."""

    NEW = "new"
    TRIAGING = "triaging"
    INVESTIGATING = "investigating"
    APPROVED = "approved"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    FIXED = "fixed"
    NOTICE_PUBLISHED = "notice published"
    REPLY_SAVED = "reply saved"  # the reply is written, not sent yet
    READER_REPLIED = "reader replied"  # the reply went out
    CLOSED = "closed"


class NoticeKind(enum.StrEnum):
    """How a published notice labels itself."""

    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    EDITORS_NOTE = "editor's note"
    UPDATE = "update"


class NoticePosition(enum.StrEnum):
    """Where on the article a notice is shown."""

    TOP = "top"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class CorrectionNotice:
    """A published correction, clarification, editor's note or update on an article."""

    article_id: int
    kind: NoticeKind
    text: str
    position: NoticePosition = NoticePosition.BOTTOM
    published_at: datetime | None = None
    request_id: int | None = None
    id: int | None = None

    @property
    def label(self) -> str:
        """The notice's lead-in as readers see it: "Correction", "Editor's note"…"""
        return (self.kind.value[:1].upper() + self.kind.value[1:]).replace("'", "’")


@dataclass(frozen=True)
class IncomingRequest:
    """A reader's message as the inbox files it: the message itself, where it came
    from, and what it was matched or threaded to. Field names are the stored ones.

    ``received_at`` is when the desk received it (the mailbox's arrival time, or
    the import); ``sent_at`` is the reader's Date header, which the desk shows
    but does not count from.
    """

    message_id: str
    content_hash: str
    raw: bytes
    source: str
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    text: str = ""
    received_at: datetime | None = None
    sent_at: datetime | None = None
    in_reply_to: str | None = None
    parse_error: str | None = None
    thread_root_id: int | None = None
    article_id: int | None = None
    quoted_phrase: str | None = None
    match_confidence: float | None = None
    match_evidence: str | None = None


@dataclass(frozen=True)
class PublicationIdentity:
    """Who the desk is to readers: the reply's From and signature, and the site whose
    links name an article (``site_url_pattern``, e.g. "https://ledger.example/*/{slug}")."""

    name: str = ""
    corrections_address: str = ""
    site_url_pattern: str = ""
    signature: str = ""

    @property
    def sign_off(self) -> str:
        """The reply's last lines: the signature, or the desk and the publication."""
        if self.signature.strip():
            return self.signature.strip()
        return "\n".join(line for line in ("The corrections desk", self.name.strip()) if line)


@dataclass(frozen=True)
class Reply:
    """A reply to a reader, reviewed and edited before it is saved (as an .eml in the
    outbox) or sent; ``sent_at`` stays None until a mail transport sends it."""

    request_id: int
    sender: str
    recipient: str
    subject: str
    body: str
    message_id: str
    in_reply_to: str
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    saved_at: datetime | None = None
    saved_path: str = ""
    sent_at: datetime | None = None

    def edited(self, recipient: str, subject: str, body: str) -> Reply:
        """This reply as the user typed it."""
        return dataclasses.replace(self, recipient=recipient, subject=subject, body=body)
