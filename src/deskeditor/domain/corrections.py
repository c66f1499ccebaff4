"""The vocabulary of corrections: request statuses, notice kinds and positions."""

from __future__ import annotations

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
    READER_REPLIED = "reader replied"
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
    from, and what it was matched or threaded to. Field names are the stored ones."""

    message_id: str
    content_hash: str
    raw: bytes
    source: str
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    text: str = ""
    received_at: datetime | None = None
    in_reply_to: str | None = None
    parse_error: str | None = None
    thread_root_id: int | None = None
    article_id: int | None = None
    quoted_phrase: str | None = None
    match_confidence: float | None = None
    match_evidence: str | None = None
