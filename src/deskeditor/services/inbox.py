"""The corrections inbox: reader email in, matched to articles, threaded, tracked.

Each message is stored once (by Message-ID, or a hash of its bytes when it has
none) with its raw bytes kept as they came; replies join their thread. Importing
the same mailbox twice creates nothing new; a different message that reuses a
stored Message-ID is kept as a request of its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from deskeditor.domain.article import Article, ArticleSummary
from deskeditor.domain.corrections import IncomingRequest, RequestStatus
from deskeditor.formats.email import ParsedMail, parse_mail, read_source
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError, ServiceError
from deskeditor.services.matching import (
    MIN_CONFIDENCE,
    Match,
    candidates,
    match_message,
    site_links,
)
from deskeditor.storage.base import utcnow
from deskeditor.storage.errors import StorageError
from deskeditor.storage.models import CorrectionRequestRow
from deskeditor.storage.unit_of_work import UnitOfWork

OVERDUE = timedelta(days=30)  # newsroom policy: explain a correction that took longer
UNDECIDED = {RequestStatus.NEW, RequestStatus.TRIAGING, RequestStatus.INVESTIGATING}
BATCH = 200  # messages stored per transaction when reading a mailbox
FORWARD_MARK = "\n\n---------- Forwarded message ----------\n"
MESSAGE_ID_LENGTH = 998  # RFC 5322's line limit, and the column's
REUSED_ID = "its Message-ID was already used by a different message"
Message = tuple[str, bytes, datetime | None]  # source label, raw bytes, mailbox arrival


@dataclass
class InboxOutcome:
    """One message's fate; ``as_json`` is the `deskeditor inbox import --json` contract."""

    source: str
    message_id: str | None = None
    request_id: int | None = None
    outcome: str = "error"  # new, duplicate, thread or error
    article: dict[str, object] | None = None
    confidence: float | None = None
    evidence: str | None = None
    quoted_phrase: str | None = None
    error: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "message_id": self.message_id,
            "request_id": self.request_id,
            "outcome": self.outcome,
            "article": self.article,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "quoted_phrase": self.quoted_phrase,
            "error": self.error,
        }


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


class InboxService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        articles: ArticleService,
        clock: Callable[[], datetime] = utcnow,
        site_url_pattern: str = "",
    ) -> None:
        self._uow = unit_of_work
        self._articles = articles
        self._clock = clock
        # Written on the GUI thread only (Preferences), read by imports: one reference.
        self.links = site_links(site_url_pattern)
        # Read once per import batch: the articles do not change while mail comes in.
        self._searches: dict[str, list[ArticleSummary]] = {}
        self._loaded: dict[int, Article] = {}
        self._in_batch = False
        self._known: set[str] = set()
        self._roots: dict[tuple[str, int], int | None] = {}

    # -- intake --------------------------------------------------------------------------
    def import_sources(self, paths: Iterable[Path]) -> list[InboxOutcome]:
        outcomes: list[InboxOutcome] = []
        with self._batch():
            for path in paths:
                chunk: list[Message] = []
                try:
                    for message in read_source(path):
                        chunk.append(message)
                        if len(chunk) == BATCH:
                            outcomes += self._import_chunk(chunk)
                            chunk = []
                except OSError as error:
                    outcomes += self._import_chunk(chunk)
                    outcomes.append(InboxOutcome(str(path), error=error.strerror or str(error)))
                else:
                    outcomes += self._import_chunk(chunk)
        return outcomes

    def import_messages(self, messages: Iterable[Message]) -> list[InboxOutcome]:
        """Messages that are no file (an IMAP folder's), as (source label, raw bytes,
        mailbox arrival): filed in batches as a mailbox file's are, each message once."""
        outcomes: list[InboxOutcome] = []
        with self._batch():
            chunk: list[Message] = []
            for message in messages:
                chunk.append(message)
                if len(chunk) == BATCH:
                    outcomes += self._import_chunk(chunk)
                    chunk = []
            outcomes += self._import_chunk(chunk)
        return outcomes

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """One import run: the stored message ids read once, the lookups cached."""
        self._in_batch = True
        with self._uow() as uow:  # which messages are stored already, read once
            self._known = uow.corrections.message_ids()
        try:
            yield
        finally:
            self._in_batch = False
            self._known.clear()
            self._roots.clear()
            self._searches.clear()
            self._loaded.clear()

    def _import_chunk(self, chunk: list[Message]) -> list[InboxOutcome]:
        """A run of messages in one transaction; if the database refuses one of them,
        the run is taken again a message at a time, so only that one fails."""
        if not chunk:
            return []
        known = set(self._known)
        try:
            with self._uow() as uow:
                return [self._import(uow, raw, label, arrived) for label, raw, arrived in chunk]
        except StorageError:
            self._known = known
            self._roots.clear()
            return [self._one_by_one(raw, label, arrived) for label, raw, arrived in chunk]

    def _one_by_one(self, raw: bytes, source: str, arrived: datetime | None) -> InboxOutcome:
        try:
            return self.import_message(raw, source, arrived)
        except StorageError as error:
            return InboxOutcome(source, error=str(error))

    def import_message(
        self, raw: bytes, source: str, arrived: datetime | None = None
    ) -> InboxOutcome:
        """Store one message in its own transaction; ``arrived`` is when its mailbox
        received it (None: now, the desk receives it by importing it)."""
        with self._uow() as uow:
            return self._import(uow, raw, source, arrived)

    def _import(
        self, uow: UnitOfWork, raw: bytes, source: str, arrived: datetime | None
    ) -> InboxOutcome:
        mail = parse_mail(raw)
        digest = _hash(raw)
        message_id, existing = self._stored(uow, mail.message_id, digest)
        if existing is not None:
            return InboxOutcome(
                source,
                existing.message_id,
                existing.thread_root_id or existing.id,  # the request it belongs to
                "duplicate",
                self._article_ref(existing.article_id),
                existing.match_confidence,
                existing.match_evidence,
                existing.quoted_phrase,
            )
        found = self._match(mail)
        if not self._in_batch:
            self._searches.clear()
            self._loaded.clear()
        linked = found.article if (found.confidence or 0) >= MIN_CONFIDENCE else None
        with uow.no_autoflush():  # the pending history rows can wait for the commit
            root = self._thread_root(uow, mail, linked.id if linked else None)
        if root is not None and linked is None:  # a reply: it is about what its thread is about
            found = Match(None, root.match_confidence, f"reply to request #{root.id}", None)
        evidence = found.evidence if linked or root else f"{found.evidence} (not linked)"
        if message_id != mail.message_id:
            evidence = f"{evidence}; {REUSED_ID}"
        request = IncomingRequest(
            message_id=message_id,
            content_hash=digest,
            raw=raw,
            source=source,
            sender=mail.sender,
            sender_name=mail.sender_name,
            subject=mail.subject,
            text=mail.text + (FORWARD_MARK + mail.forwarded if mail.forwarded else ""),
            received_at=arrived,
            sent_at=mail.sent_at,
            in_reply_to=mail.in_reply_to,
            parse_error=mail.error,
            thread_root_id=root.id if root else None,
            article_id=linked.id if linked else (root.article_id if root else None),
            quoted_phrase=found.quoted_phrase if linked else None,
            match_confidence=found.confidence,
            match_evidence=evidence[:200],
        )
        row = self._file(uow, request, root, mail.subject)
        outcome = "error" if mail.error else ("thread" if root else "new")
        return InboxOutcome(
            source,
            row.message_id,
            row.thread_root_id or row.id,  # the request `inbox list` shows it under
            outcome,
            self._article_ref(row.article_id),
            found.confidence,
            row.match_evidence,
            row.quoted_phrase,
            mail.error,
        )

    def _stored(
        self, uow: UnitOfWork, message_id: str, digest: str
    ) -> tuple[str, CorrectionRequestRow | None]:
        """The id the message is filed under, and its request if it is filed already.

        The same Message-ID with the same bytes is the same message. With other bytes
        it is a different message (a mailer that reuses ids, a forged or recycled
        one): it is filed under an id derived from both, so it is kept, once.
        """
        existing = self._filed(uow, message_id)
        if existing is None or existing.content_hash == digest:
            return message_id, existing
        derived = derived_message_id(message_id, digest)
        return derived, self._filed(uow, derived)

    def _filed(self, uow: UnitOfWork, message_id: str) -> CorrectionRequestRow | None:
        if self._in_batch and message_id not in self._known:
            return None  # the batch read every stored id up front
        return uow.corrections.request_by_message_id(message_id)

    def _file(
        self,
        uow: UnitOfWork,
        request: IncomingRequest,
        root: CorrectionRequestRow | None,
        subject: str,
    ) -> CorrectionRequestRow:
        """Store the request with its history, and remember it for the batch."""
        now = self._clock()
        row = uow.corrections.add_request(request, now)
        self._known.add(row.message_id)
        key = (row.sender, row.article_id or 0)
        starts_thread = row.thread_root_id is None and row.article_id and row.sender
        if self._in_batch and starts_thread and self._roots.get(key) is None:
            self._roots[key] = row.id  # the sender's later mail about this article joins it
        uow.corrections.add_event(row.id, "received", request.source, now)
        if root is not None:
            uow.corrections.add_event(root.id, "follow-up", subject, now)
        return row

    def set_site(self, site_url_pattern: str) -> None:
        """Links to this site (Preferences → Publication) name an article."""
        self.links = site_links(site_url_pattern)

    def candidates(self, request_id: int, limit: int = 3) -> list[Match]:
        """The articles a request most likely means, best first, with their evidence."""
        with self._uow() as uow:
            row = uow.corrections.request(request_id)
            if row is None:
                raise ServiceError(f"correction request {request_id} does not exist")
            mail = parse_mail(row.raw)
        by_slug, search, load = self._lookups({}, {})  # its own: an import may be running
        text = mail.text + "\n" + mail.forwarded
        return candidates(mail.subject, text, by_slug, search, load, self.links, limit)

    def _lookups(
        self, searches: dict[str, list[ArticleSummary]], loaded: dict[int, Article]
    ) -> tuple[
        Callable[[str], Article | None],
        Callable[[str], list[ArticleSummary]],
        Callable[[int], Article],
    ]:
        """Finding live articles by slug, by search and by id, remembered in the dicts."""

        def by_slug(slug: str) -> Article | None:
            try:
                article = self._articles.find(slug)
            except ArticleNotFoundError:
                return None
            return None if article.in_trash else article

        def search(query: str) -> list[ArticleSummary]:
            if query not in searches:
                searches[query] = self._articles.search(query, 10)
            return searches[query]

        def load(article_id: int) -> Article:
            if article_id not in loaded:
                loaded[article_id] = self._articles.get(article_id)
            return loaded[article_id]

        return by_slug, search, load

    def _match(self, mail: ParsedMail) -> Match:
        by_slug, search, load = self._lookups(self._searches, self._loaded)
        text = mail.text + "\n" + mail.forwarded
        return match_message(mail.subject, text, by_slug, search, load, self.links)

    def _thread_root(
        self, uow: UnitOfWork, mail: ParsedMail, article_id: int | None
    ) -> CorrectionRequestRow | None:
        for reference in [mail.in_reply_to or "", *reversed(mail.references)]:
            if reference and (earlier := uow.corrections.request_by_message_id(reference)):
                return (
                    uow.corrections.request(earlier.thread_root_id)
                    if earlier.thread_root_id
                    else earlier
                )
        if article_id is None or not mail.sender:
            return None
        key = (mail.sender, article_id)
        if key in self._roots:  # known in this batch (None: known to have none)
            root_id = self._roots[key]
            return uow.corrections.request(root_id) if root_id is not None else None
        root = uow.corrections.open_thread_of(mail.sender, article_id)
        if self._in_batch:
            self._roots[key] = root.id if root else None
        return root

    def _article_ref(self, article_id: int | None) -> dict[str, object] | None:
        if article_id is None:
            return None
        article = self._loaded.get(article_id) or self._articles.get(article_id)
        return {"id": article.id, "slug": article.slug, "headline": article.headline}

    # -- the inbox -------------------------------------------------------------------------
    def requests(self, status: RequestStatus | None = None) -> list[RequestSummary]:
        now = self._clock()
        with self._uow() as uow:
            rows = uow.corrections.requests(status)
            result = []
            for row in rows:
                headline = None
                if row.article_id is not None and (article := uow.articles.get(row.article_id)):
                    headline = article.headline
                received = row.received_at
                result.append(
                    RequestSummary(
                        id=row.id,
                        status=row.status,
                        received_at=received,
                        sent_at=row.sent_at,
                        sender=row.sender,
                        subject=row.subject,
                        article_id=row.article_id,
                        article_headline=headline,
                        confidence=row.match_confidence,
                        evidence=row.match_evidence,
                        messages=len(uow.corrections.thread(row.id)),
                        overdue=overdue(row.status, received, now),
                    )
                )
            return result


def _hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def derived_message_id(message_id: str, digest: str) -> str:
    """The id for a message whose Message-ID was already used by different bytes:
    ``<original>#`` and the start of its own content hash."""
    suffix = f"#{digest[:16]}"
    return message_id[: MESSAGE_ID_LENGTH - len(suffix)] + suffix


def overdue(status: RequestStatus, received: datetime | None, now: datetime) -> bool:
    return status in UNDECIDED and received is not None and now - received > OVERDUE
