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

from deskeditor.domain.corrections import IncomingRequest
from deskeditor.formats.email import ParsedMail, parse_mail
from deskeditor.formats.mailboxes import read_source
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox_list import OVERDUE as OVERDUE
from deskeditor.services.inbox_list import UNDECIDED as UNDECIDED
from deskeditor.services.inbox_list import InboxList
from deskeditor.services.inbox_list import RequestSummary as RequestSummary
from deskeditor.services.inbox_list import overdue as overdue
from deskeditor.services.inbox_memory import ArticleLookups, ImportMemory
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

# Messages filed per write transaction when reading a mailbox: up to BATCH of them, or
# as many as hold BATCH_BYTES (a batch waits in memory). Filing costs ~0.15 ms a
# message, all of it holding the database's writer lock: beside a 60,000-message
# import another process's autosave took 15 ms (median), 97 ms at worst, against 7 and
# 18 ms alone (bench/autosave_beside_import.py); the lock is free while the next batch
# is parsed and matched.
BATCH = 200
BATCH_BYTES = 8_000_000
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
        self._memory = ImportMemory()
        self._lookups = ArticleLookups(articles)

    # -- intake --------------------------------------------------------------------------
    def import_sources(self, paths: Iterable[Path]) -> list[InboxOutcome]:
        return list(self.iter_sources(paths))

    def iter_sources(self, paths: Iterable[Path]) -> Iterator[InboxOutcome]:
        """Read every message of each source (files, mboxes, Maildirs) into the inbox;
        the outcomes of each batch as soon as it is stored. An entry that cannot be
        read is named in its place; a source with no message is reported as such."""
        with self.import_run():
            for path in paths:
                found = False
                batch = _Batch()
                for item in read_source(path):
                    found = True
                    if item.raw is None:  # named in its place, after the messages before it
                        yield from self._file_batch(batch.take())
                        yield InboxOutcome(item.label, error=item.error)
                    elif batch.add((item.label, item.raw, item.arrived)):
                        yield from self._file_batch(batch.take())
                yield from self._file_batch(batch.take())
                if not found:
                    yield InboxOutcome(str(path), error=NO_MESSAGES)

    def import_messages(self, messages: Iterable[Message]) -> list[InboxOutcome]:
        """Messages that are no file (an IMAP folder's), as (source label, raw bytes,
        mailbox arrival): filed in batches as a mailbox file's are, each message once."""
        outcomes: list[InboxOutcome] = []
        with self.import_run():
            batch = _Batch()
            for message in messages:
                if batch.add(message):
                    outcomes += self._file_batch(batch.take())
            outcomes += self._file_batch(batch.take())
        return outcomes

    @contextmanager
    def import_run(self) -> Iterator[None]:
        """One import: the stored messages read once, the lookups kept until its end.
        Imports inside one (an IMAP fetch's batches) share it."""
        if self._memory.active:
            yield
            return
        with self._uow() as uow:
            self._memory.load(uow)
        try:
            yield
        finally:
            self._memory.clear()
            self._lookups.clear()

    def import_message(
        self, raw: bytes, source: str, arrived: datetime | None = None
    ) -> InboxOutcome:
        """Store one message in its own transaction; ``arrived`` is when its mailbox
        received it (None: now, the desk receives it by importing it)."""
        try:
            [prepared] = self._prepare([(source, raw, arrived)])
            with self._uow() as uow:
                outcome = self._file_prepared(uow, prepared)
                self._write_events(uow)
                return outcome
        finally:  # the articles may change before the next message; nothing is pending
            self._lookups.clear()
            self._memory.events.clear()

    def _prepare(self, messages: list[Message]) -> list[_Prepared]:
        """What needs no write lock, a step at a time over the batch (which runs ~20%
        faster than every step message by message): parsing, then matching the
        messages not seen before."""
        mails = [parse_mail(raw) for _, raw, _ in messages]
        known = self._memory.hashes
        prepared = []
        for (source, raw, arrived), mail in zip(messages, mails, strict=True):
            digest = _hash(raw)
            seen = known.get(mail.message_id) == digest or (
                derived_message_id(mail.message_id, digest) in known
            )
            found = None if seen else self._match(mail)
            prepared.append(_Prepared(source, raw, mail, digest, found, arrived))
        return prepared

    def _file_batch(self, messages: list[Message]) -> list[InboxOutcome]:
        """A run of messages in one transaction; if the database refuses one of them,
        the run is taken again a message at a time, so only that one fails."""
        if not messages:
            return []
        batch = self._prepare(messages)
        try:
            with self._uow() as uow:
                outcomes = [self._file_prepared(uow, prepared) for prepared in batch]
                self._write_events(uow)
        except StorageError:
            self._memory.rolled_back()
            return [self._file_alone(prepared) for prepared in batch]
        self._memory.committed()
        return outcomes

    def _file_alone(self, prepared: _Prepared) -> InboxOutcome:
        try:
            with self._uow() as uow:
                outcome = self._file_prepared(uow, prepared)
                self._write_events(uow)
        except StorageError as error:
            self._memory.rolled_back()
            return InboxOutcome(prepared.source, error=str(error))
        self._memory.committed()
        return outcome

    def _write_events(self, uow: UnitOfWork) -> None:
        uow.corrections.insert_events(self._memory.events)
        self._memory.events.clear()

    def _file_prepared(self, uow: UnitOfWork, prepared: _Prepared) -> InboxOutcome:
        mail, source, digest = prepared.mail, prepared.source, prepared.digest
        message_id, existing = self._stored(uow, mail.message_id, digest)
        if existing is not None:
            return InboxOutcome(
                source,
                existing.message_id,
                existing.thread_root_id or existing.id,  # the request it belongs to
                "duplicate",
                self._lookups.ref(existing.article_id),
                existing.match_confidence,
                existing.match_evidence,
                existing.quoted_phrase,
            )
        found = prepared.found or self._match(mail)  # stored once, deleted since: a rare case
        linked = found.article if (found.confidence or 0) >= MIN_CONFIDENCE else None
        with uow.no_autoflush():  # the pending history rows can wait for the commit
            references = [mail.in_reply_to or "", *reversed(mail.references)]
            root = self._memory.thread_root(
                uow, references, mail.sender, linked.id if linked else None
            )
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
            self._lookups.ref(request.article_id),
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
        if self._memory.active and message_id not in self._memory.hashes:
            return None  # the import read every stored id up front
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
        and remember it for the rest of the import; its id."""
        now = self._clock()
        request_id = uow.corrections.insert_request(request, now)
        filed = FiledRequest(
            request_id,
            request.message_id,
            request.thread_root_id,
            request.sender,
            request.article_id,
            request.match_confidence,
        )
        self._memory.filed(filed, request.content_hash)
        detail = "; ".join([request.source, *notes])  # the request says what was guessed
        self._memory.events.append((request_id, "received", detail, now))
        if root is not None:
            self._memory.events.append((root.id, "follow-up", subject, now))
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
        find = ArticleLookups(self._articles)  # its own: an import may be running
        text = mail.text + "\n" + mail.forwarded
        return candidates(
            mail.subject, text, find.by_slug, find.search, find.load, self.links, limit
        )

    def _match(self, mail: ParsedMail) -> Match:
        find, text = self._lookups, mail.text + "\n" + mail.forwarded
        return match_message(mail.subject, text, find.by_slug, find.search, find.load, self.links)


class _Batch:
    """Messages read and waiting to be prepared and filed together."""

    def __init__(self) -> None:
        self._items: list[Message] = []
        self._size = 0

    def add(self, message: Message) -> bool:
        """Keep ``message``; True when the batch is full."""
        self._items.append(message)
        self._size += len(message[1])
        return len(self._items) >= BATCH or self._size >= BATCH_BYTES

    def take(self) -> list[Message]:
        items, self._items, self._size = self._items, [], 0
        return items


def _hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def derived_message_id(message_id: str, digest: str) -> str:
    """The id for a message whose Message-ID was already used by different bytes:
    ``<original>#`` and the start of its own content hash."""
    suffix = f"#{digest[:16]}"
    return message_id[: MESSAGE_ID_LENGTH - len(suffix)] + suffix
