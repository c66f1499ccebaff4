"""Tables: articles, pull quotes, revisions, queries, correction requests, notices and
replies, where copy and mail came from, and pending drafts."""

from __future__ import annotations

import enum
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskeditor.domain.article import ArticleStatus, RevisionReason
from deskeditor.domain.corrections import NoticeKind, NoticePosition, RequestStatus
from deskeditor.storage.base import Base, UTCDateTime, new_uid, utcnow

if TYPE_CHECKING:
    from uuid import UUID

# Partial indexes name their SQLite predicate only (the server's come from the migrations):
# a postgresql_where here loads the PostgreSQL dialect (~90 ms, 3 MB) at every start.
SORTABLE_COLUMNS = ("updated_at", "headline", "section", "byline", "status", "word_count")
_LIVE = text("deleted_at IS NULL")
_DELETED = text("deleted_at IS NOT NULL")
_THREAD_ROOT = text("thread_root_id IS NULL")
_FOLLOW_UP = text("thread_root_id IS NOT NULL")


def _uid() -> Mapped[str]:
    """The row's global id (a UUID), the same on every laptop of a desk and on its
    server; integer ids stay local."""
    return mapped_column(String(36), default=new_uid, server_default="", index=True, unique=True)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """A portable enum column that stores the member's value, not its name."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid()
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    section: Mapped[str] = mapped_column(String(120), default="")
    kicker: Mapped[str] = mapped_column(String(200), default="")
    headline: Mapped[str] = mapped_column(String(500), default="")
    dek: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(String(300), default="")
    dateline: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ArticleStatus] = mapped_column(
        _enum(ArticleStatus, "article_status"), default=ArticleStatus.DRAFT
    )
    language: Mapped[str] = mapped_column(String(35), default="", server_default="")
    editorial_note: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    pull_quotes: Mapped[list[PullQuoteRow]] = relationship(
        back_populates="article",
        order_by="PullQuoteRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)
    # The list shows live articles sorted by one column: a partial index per sort
    # column serves filter and order without a sort step, and leaves id lookups
    # (search hits) to the primary key.
    __table_args__ = (
        *(
            Index(f"ix_articles_live_{column}", column, sqlite_where=_LIVE)
            for column in SORTABLE_COLUMNS
        ),
        Index("ix_articles_trash", "deleted_at", sqlite_where=_DELETED),
    )


class PullQuoteRow(Base):
    __tablename__ = "pull_quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    attribution: Mapped[str] = mapped_column(String(300), default="")
    after_paragraph: Mapped[int] = mapped_column(Integer, default=0)

    article: Mapped[ArticleRow] = relationship(back_populates="pull_quotes")


class RevisionRow(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid()
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[RevisionReason] = mapped_column(_enum(RevisionReason, "revision_reason"))
    author: Mapped[str] = mapped_column(String(200), default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # What changed since the revision before, counted when it is kept (NULL: kept by
    # an older version, counted when first shown): words added and removed, and the
    # fields that changed, comma-separated.
    words_added: Mapped[int | None] = mapped_column(Integer)
    words_removed: Mapped[int | None] = mapped_column(Integer)
    changed_fields: Mapped[str | None] = mapped_column(Text)
    # Autosaves a few minutes apart are one revision: the last one folded in.
    coalesced_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_revisions_article_id_created_at", "article_id", "created_at"),)


class QueryRow(Base):
    """A query on an article, anchored to a span of one field; ``uid`` names it across
    desks (sync), ``id`` within this one."""

    __tablename__ = "queries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(40))
    anchor_start: Mapped[int] = mapped_column(Integer)
    anchor_end: Mapped[int] = mapped_column(Integer)
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    quoted: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")

    replies: Mapped[list[QueryReplyRow]] = relationship(
        back_populates="query",
        order_by="QueryReplyRow.created_at, QueryReplyRow.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class QueryReplyRow(Base):
    __tablename__ = "query_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    query_id: Mapped[int] = mapped_column(ForeignKey("queries.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    query: Mapped[QueryRow] = relationship(back_populates="replies")


class CorrectionRequestRow(Base):
    """One reader message about an article; follow-ups point at their thread's root."""

    __tablename__ = "correction_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid()
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    thread_root_id: Mapped[int | None] = mapped_column(
        ForeignKey("correction_requests.id", ondelete="SET NULL")
    )
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    sender: Mapped[str] = mapped_column(String(320), default="", index=True)
    sender_name: Mapped[str] = mapped_column(String(320), default="")
    # When the desk received it (counts the request's age); the reader's Date header.
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    parse_error: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    quoted_phrase: Mapped[str | None] = mapped_column(Text)
    match_confidence: Mapped[float | None] = mapped_column(Float)
    match_evidence: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[RequestStatus] = mapped_column(
        _enum(RequestStatus, "request_status"), default=RequestStatus.NEW, index=True
    )
    assignee: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # The inbox lists thread roots newest first, all of them or one status: the two
    # "roots" partial indexes serve both without a sort step at 100,000 requests. The
    # follow-ups' index holds only follow-ups, so the planner never takes it (and sorts
    # the whole inbox) to find roots; it still finds a thread's follow-ups.
    __table_args__ = (
        Index("ix_correction_requests_thread_root_id", "thread_root_id", sqlite_where=_FOLLOW_UP),
        Index("ix_correction_requests_roots", "received_at", "id", sqlite_where=_THREAD_ROOT),
        Index(
            "ix_correction_requests_roots_status",
            "status",
            "received_at",
            "id",
            sqlite_where=_THREAD_ROOT,
        ),
    )


class CorrectionEventRow(Base):
    """The history of a request: who changed what, when."""

    __tablename__ = "correction_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid()
    request_id: Mapped[int] = mapped_column(
        ForeignKey("correction_requests.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")


class CorrectionNoticeRow(Base):
    __tablename__ = "correction_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid()
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("correction_requests.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[NoticeKind] = mapped_column(_enum(NoticeKind, "notice_kind"))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[NoticePosition] = mapped_column(
        _enum(NoticePosition, "notice_position"), default=NoticePosition.BOTTOM
    )
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CorrectionReplyRow(Base):
    """A reply to a reader: drafted, reviewed and edited, saved as an .eml, later sent."""

    __tablename__ = "correction_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid()
    request_id: Mapped[int] = mapped_column(
        ForeignKey("correction_requests.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[str] = mapped_column(String(998))
    in_reply_to: Mapped[str] = mapped_column(String(998), default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    recipient: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    saved_path: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ArticleSourceRow(Base):
    """The wire document an article was imported from, bytes as they came: what the
    article has no field for (rights, subjects, renditions…) is kept here."""

    __tablename__ = "article_sources"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(32))
    uri: Mapped[str] = mapped_column(Text, default="")
    item_version: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    document: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailboxStateRow(Base):
    """How far the inbox has read an IMAP folder: the folder's UIDVALIDITY and the
    highest UID imported under it. A new UIDVALIDITY means the UIDs start over."""

    __tablename__ = "mailbox_states"

    account: Mapped[str] = mapped_column(String(1000), primary_key=True)  # the account's URL
    uid_validity: Mapped[int] = mapped_column(Integer, default=0)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WatchedFileRow(Base):
    """A file a watched wire folder delivered, by the hash of its bytes: a file is
    imported once, whatever it is renamed to or however often it is touched."""

    __tablename__ = "watched_files"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(Text, default="")
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


REQUEST_UID_NAMESPACE = "9a3c5f0e-5b1d-4f7e-9d51-6a1f0c2b7e44"


def request_uid(message_id: str, content_hash: str) -> str:
    """A reader's message has the same uid on every laptop that files it (UUID 5 of its
    Message-ID and bytes): two laptops reading one corrections mailbox file one
    request on the desk, not two."""
    import uuid

    return str(uuid.uuid5(_request_uid_namespace(), f"{message_id}\n{content_hash}"))


@cache
def _request_uid_namespace() -> UUID:
    """Read once: an import makes thousands of uids."""
    import uuid

    return uuid.UUID(REQUEST_UID_NAMESPACE)


class ImportSourceRow(Base):
    """A source file imported into an article, by the hash of its bytes: how a re-run
    import skips what came in already, and how "the same copy" is recognised."""

    __tablename__ = "import_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PendingDraftRow(Base):
    """Text typed into an article that could not be saved over it (someone else saved
    first, or deleted it) while the user decides what to keep. One per article and
    window; gone once the user has chosen. No foreign key: the text outlives the
    article if it is deleted for good meanwhile."""

    __tablename__ = "pending_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(Integer, index=True)
    session: Mapped[str] = mapped_column(String(64))
    base_version: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200), default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("article_id", "session"),)
