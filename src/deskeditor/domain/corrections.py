"""The vocabulary of corrections: request statuses, notice kinds and positions."""

from __future__ import annotations

import enum


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
