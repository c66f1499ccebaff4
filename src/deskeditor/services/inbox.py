"""The corrections inbox: reader email in, matched to articles, threaded, tracked.

Each message is stored once (by Message-ID, or a hash of its bytes when it has
none) with its raw bytes kept as they came; replies join their thread. Importing
the same mailbox twice creates nothing new; a different message that reuses a
stored Message-ID is kept as a request of its own.

Messages are parsed and matched with no write transaction open, then filed a
batch at a time in one short transaction: another process writing the same
database (a window autosaving) waits milliseconds, never the length of a mailbox.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deskeditor.domain.article import Article, ArticleSummary
from deskeditor.domain.corrections import IncomingRequest
from deskeditor.formats.email import ParsedMail, parse_mail
from deskeditor.formats.mailboxes import read_source
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError, ServiceError
from deskeditor.services.inbox_list import OVERDUE as OVERDUE
from deskeditor.services.inbox_list import UNDECIDED as UNDECIDED
from deskeditor.services.inbox_list import InboxList
from deskeditor.services.inbox_list import RequestSummary as RequestSummary
from deskeditor.services.inbox_list import overdue as overdue
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
from deskeditor.storage.repositories import FiledRequest
from deskeditor.storage.unit_of_work import UnitOfWork

# Messages filed per write transaction when reading a mailbox. Filing costs ~3 ms a
# message (up to 10 on a loaded machine), all of it holding the database's writer
# lock: 10 keep another process's autosave waiting at worst ~0.25 s where 100 kept
# it 1.5 s (bench/autosave_beside_import.py); the lock is free while the next ten are
# parsed and matched.
BATCH = 10
FORWARD_MARK = "\n\n---------- Forwarded message ----------\n"
MESSAGE_ID_LENGTH = 998  # RFC 5322's line limit, and the column's
REUSED_ID = "its Message-ID was already used by a different message"
NO_MESSAGES = "no messages found"
Message = tuple[str, bytes, datetime | None]  # source label, raw bytes, mailbox arrival


@dataclass(frozen=True)
class _Prepared:
    """A message parsed and (unless it is known already) matched, ready to file."""

    source: str
    raw: bytes
    mail: ParsedMail
    digest: str
    found: Match | None
    arrived: datetime | None  # when its mailbox received it (None: now)


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
    # What was guessed reading it (also in the request's history); not in the JSON
    # contract, which predates it.
    warnings: list[str] = field(default_factory=list)

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


class InboxService(InboxList):
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
        self._known: dict[str, str] = {}  # message id -> content hash, in a batch
        self._roots: dict[tuple[str, int], int | None] = {}
        # For the length of an import: every filed request as threading needs it (by
        # id and by Message-ID), the articles' references, and the history lines
        # the open transaction will write in one statement.
        self._requests: dict[int, FiledRequest] = {}
        self._filed_ids: dict[str, int] = {}
        self._refs: dict[int, dict[str, object]] = {}
        self._events: list[tuple[int, str, str, datetime]] = []

    # -- intake --------------------------------------------------------------------------
    def import_sources(self, paths: Iterable[Path]) -> list[InboxOutcome]:
        return list(self.iter_sources(paths))

    def iter_sources(self, paths: Iterable[Path]) -> Iterator[InboxOutcome]:
        """Read every message of each source (files, mboxes, Maildirs) into the inbox;
        the outcomes of each batch as soon as it is stored. An entry that cannot be
        read is named in its place; a source with no message is reported as such."""
        with self._batch():
            for path in paths:
                found = False
                batch: list[_Prepared] = []
                for item in read_source(path):
                    found = True
                    if item.raw is None:  # named in its place, after the messages before it
                        yield from self._file_batch(batch)
                        batch = []
                        yield InboxOutcome(item.label, error=item.error)
                        continue
                    batch.append(self._prepare(item.raw, item.label, item.arrived))
                    if len(batch) == BATCH:
                        yield from self._file_batch(batch)
                        batch = []
                yield from self._file_batch(batch)
                if not found:
                    yield InboxOutcome(str(path), error=NO_MESSAGES)

    def import_messages(self, messages: Iterable[Message]) -> list[InboxOutcome]:
        """Messages that are no file (an IMAP folder's), as (source label, raw bytes,
        mailbox arrival): filed in batches as a mailbox file's are, each message once."""
        outcomes: list[InboxOutcome] = []
        with self._batch():
            batch: list[_Prepared] = []
            for label, raw, arrived in messages:
                batch.append(self._prepare(raw, label, arrived))
                if len(batch) == BATCH:
                    outcomes += self._file_batch(batch)
                    batch = []
            outcomes += self._file_batch(batch)
        return outcomes

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """One import run: the stored messages read once, the lookups cached."""
        self._in_batch = True
        with self._uow() as uow:  # which messages are stored already, read once
            self._known = uow.corrections.message_hashes()
            for filed in uow.corrections.filed_requests():
                self._remember(filed)
        try:
            yield
        finally:
            self._in_batch = False
            for cache in (self._known, self._roots, self._searches, self._loaded,
                          self._requests, self._filed_ids, self._refs):  # fmt: skip
                cache.clear()

    def _remember(self, filed: FiledRequest) -> None:
        """Keep a filed request for threading the rest of the import."""
        self._requests[filed.id] = filed
        self._filed_ids[filed.message_id] = filed.id
        if filed.thread_root_id is None and filed.article_id and filed.sender:
            self._roots.setdefault((filed.sender, filed.article_id), filed.id)

    def import_message(
        self, raw: bytes, source: str, arrived: datetime | None = None
    ) -> InboxOutcome:
        """Store one message in its own transaction; ``arrived`` is when its mailbox
        received it (None: now, the desk receives it by importing it)."""
        prepared = self._prepare(raw, source, arrived)
        with self._uow() as uow:
            outcome = self._file_prepared(uow, prepared)
            self._write_events(uow)
            return outcome

    def _prepare(self, raw: bytes, source: str, arrived: datetime | None) -> _Prepared:
        """What needs no write lock: parsing, and matching a message not seen before."""
        mail = parse_mail(raw)
        digest = _hash(raw)
        known = self._known.get(mail.message_id) if self._in_batch else None
        seen = known == digest or derived_message_id(mail.message_id, digest) in self._known
        found = None if seen else self._match(mail)
        return _Prepared(source, raw, mail, digest, found, arrived)

    def _file_batch(self, batch: list[_Prepared]) -> list[InboxOutcome]:
        """A run of messages in one transaction; if the database refuses one of them,
        the run is taken again a message at a time, so only that one fails."""
        if not batch:
            return []
        saved = self._saved_maps()
        try:
            with self._uow() as uow:
                outcomes = [self._file_prepared(uow, prepared) for prepared in batch]
                self._write_events(uow)
                return outcomes
        except StorageError:
            self._restore_maps(saved)
            return [self._file_alone(prepared) for prepared in batch]

    def _file_alone(self, prepared: _Prepared) -> InboxOutcome:
        saved = self._saved_maps()
        try:
            with self._uow() as uow:
                outcome = self._file_prepared(uow, prepared)
                self._write_events(uow)
                return outcome
        except StorageError as error:
            self._restore_maps(saved)
            return InboxOutcome(prepared.source, error=str(error))

    def _write_events(self, uow: UnitOfWork) -> None:
        events, self._events = self._events, []
        uow.corrections.insert_events(events)

    def _saved_maps(
        self,
    ) -> tuple[dict[str, str], dict[tuple[str, int], int | None], dict[int, FiledRequest]]:
        """The import's maps before a transaction, to put back if it is rolled back."""
        return dict(self._known), dict(self._roots), dict(self._requests)

    def _restore_maps(
        self,
        saved: tuple[dict[str, str], dict[tuple[str, int], int | None], dict[int, FiledRequest]],
    ) -> None:
        self._events = []
        self._known, self._roots, self._requests = saved
        self._filed_ids = {f.message_id: i for i, f in self._requests.items()}

    def _file_prepared(self, uow: UnitOfWork, prepared: _Prepared) -> InboxOutcome:
        mail, source, digest = prepared.mail, prepared.source, prepared.digest
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
        found = prepared.found or self._match(mail)  # stored once, deleted since: a rare case
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
            raw=prepared.raw,
            source=source,
            sender=mail.sender,
            sender_name=mail.sender_name,
            subject=mail.subject,
            text=mail.text + (FORWARD_MARK + mail.forwarded if mail.forwarded else ""),
            received_at=prepared.arrived,
            sent_at=mail.sent_at,
            in_reply_to=mail.in_reply_to,
            parse_error=mail.error,
            thread_root_id=root.id if root else None,
            article_id=linked.id if linked else (root.article_id if root else None),
            quoted_phrase=found.quoted_phrase if linked else None,
            match_confidence=found.confidence,
            match_evidence=evidence[:200],
        )
        request_id = self._file(uow, request, root, mail.subject, mail.notes)
        outcome = "error" if mail.error else ("thread" if root else "new")
        return InboxOutcome(
            source,
            request.message_id,
            request.thread_root_id or request_id,  # the request `inbox list` shows it under
            outcome,
            self._article_ref(request.article_id),
            found.confidence,
            request.match_evidence,
            request.quoted_phrase,
            mail.error,
            mail.notes,
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
        root: FiledRequest | None,
        subject: str,
        notes: list[str],
    ) -> int:
        """Store the request (its history goes in with the transaction's other lines),
        and remember it for the import; its id."""
        now = self._clock()
        request_id = uow.corrections.insert_request(request, now)
        self._known[request.message_id] = request.content_hash
        filed = FiledRequest(
            request_id,
            request.message_id,
            request.thread_root_id,
            request.sender,
            request.article_id,
            request.match_confidence,
        )
        if self._in_batch:
            key = (filed.sender, filed.article_id or 0)
            if self._roots.get(key) is None:
                self._roots.pop(key, None)  # None: known to have none, until now
            self._remember(filed)  # the sender's later mail about this article joins it
        detail = "; ".join([request.source, *notes])  # the request says what was guessed
        self._events.append((request_id, "received", detail, now))
        if root is not None:
            self._events.append((root.id, "follow-up", subject, now))
        return request_id

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
    ) -> FiledRequest | None:
        """The request a message follows up: the one it replies to (that one's root),
        else the sender's open request about the same article. An import looks in
        its maps; a single message asks the database."""
        for reference in [mail.in_reply_to or "", *reversed(mail.references)]:
            earlier = self._lookup_message(uow, reference) if reference else None
            if earlier is not None:
                root_id = earlier.thread_root_id
                return earlier if root_id is None else self._lookup_id(uow, root_id)
        if article_id is None or not mail.sender:
            return None
        if self._in_batch:
            root_id = self._roots.get((mail.sender, article_id))
            return self._requests.get(root_id) if root_id is not None else None
        row = uow.corrections.open_thread_of(mail.sender, article_id)
        return FiledRequest.of(row) if row is not None else None

    def _lookup_message(self, uow: UnitOfWork, message_id: str) -> FiledRequest | None:
        if self._in_batch:
            request_id = self._filed_ids.get(message_id)
            return self._requests.get(request_id) if request_id is not None else None
        row = uow.corrections.request_by_message_id(message_id)
        return FiledRequest.of(row) if row is not None else None

    def _lookup_id(self, uow: UnitOfWork, request_id: int) -> FiledRequest | None:
        if self._in_batch:
            return self._requests.get(request_id)
        row = uow.corrections.request(request_id)
        return FiledRequest.of(row) if row is not None else None

    def _article_ref(self, article_id: int | None) -> dict[str, object] | None:
        if article_id is None:
            return None
        if article_id in self._refs:
            return dict(self._refs[article_id])
        article = self._loaded.get(article_id) or self._articles.get(article_id)
        ref: dict[str, object] = {
            "id": article.id,
            "slug": article.slug,
            "headline": article.headline,
        }
        if self._in_batch:
            self._refs[article_id] = ref
        return dict(ref)


def _hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def derived_message_id(message_id: str, digest: str) -> str:
    """The id for a message whose Message-ID was already used by different bytes:
    ``<original>#`` and the start of its own content hash."""
    suffix = f"#{digest[:16]}"
    return message_id[: MESSAGE_ID_LENGTH - len(suffix)] + suffix
