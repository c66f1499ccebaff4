"""Reader mail from an IMAP folder into the corrections inbox.

Each fetch asks the server only for what came since the last one (UIDs above the
highest imported, under the folder's UIDVALIDITY) and files it through the inbox
service in batches, as a mailbox file is. Messages are read with BODY.PEEK from
a folder opened read-only: nothing changes on the server unless the user chose
to delete or move imported messages, and then only those the inbox stored.

When the server renumbers the folder (a new UIDVALIDITY), the Message-IDs are
fetched first and only messages the inbox does not hold are downloaded: nothing
is filed twice and a big folder is not read again. A server that goes away
mid-fetch leaves what came in filed and the position saved; the next fetch goes
on from there.

Runs on a worker thread (never the GUI thread): ``watch`` keeps one connection
and waits with IDLE for new mail until told to stop.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from deskeditor.domain.mail_account import MailAccount
from deskeditor.domain.oauth_provider import SIGN_IN_AGAIN
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import InboxOutcome, InboxService
from deskeditor.storage.base import utcnow
from deskeditor.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
CHUNK = 200  # messages per FETCH and per filing batch
IDLE_SLICE = 1.0  # seconds between looks at the stop flag while idling
IDLE_RENEW = 25 * 60  # RFC 2177: re-issue IDLE well within the server's 30 minutes
LEAVE, DELETE = "leave", "delete"  # after import; "move:FOLDER" moves
# Progress: (messages done, messages to fetch) -> False to stop after this batch.
Progress = Callable[[int, int], bool]
# The secret for a login: a password, or an OAuth access token for XOAUTH2 (asked for
# at each login, so a token is refreshed when it expires; a ServiceError says why not).
SecretSource = Callable[[MailAccount], str | None]


class MailboxError(ServiceError):
    """The mailbox could not be read; ``offline`` when the server was not reached."""

    def __init__(self, message: str, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


@dataclass
class FetchReport:
    """One fetch: what was filed, and the one-line reason it stopped early (if it did)."""

    account: str
    outcomes: list[InboxOutcome] = field(default_factory=list)
    error: str | None = None
    offline: bool = False
    renumbered: bool = False  # the server gave the folder a new UIDVALIDITY

    @property
    def new(self) -> int:
        return sum(o.outcome in ("new", "thread") for o in self.outcomes)


class ImapIntake:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        inbox: InboxService,
        account: MailAccount,
        secret: SecretSource,
        after_import: str = LEAVE,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._uow = unit_of_work
        self._inbox = inbox
        self.account = account
        self._secret = secret
        self.after_import = after_import
        self._ssl = ssl_context or ssl.create_default_context()
        self._timeout = timeout

    # -- one fetch -----------------------------------------------------------------------
    def fetch(self, progress: Progress | None = None) -> FetchReport:
        """Connect, file what is new, disconnect. Never raises for a mailbox problem:
        the report says what went wrong, in one line."""
        report = FetchReport(self.account.url)
        try:
            with self.session() as client:
                self.fetch_new(client, report, progress)
        except MailboxError as error:
            report.error, report.offline = str(error), error.offline
        return report

    @contextmanager
    def session(self) -> Iterator[IMAPClient]:
        """A logged-in connection with the folder selected; MailboxError if there is none."""
        client = self._connect()
        try:
            self._login(client)
            try:
                client.select_folder(self.account.folder, readonly=self.after_import == LEAVE)
            except IMAPClientError as error:
                folder = self.account.folder
                raise MailboxError(f"the folder {folder} cannot be opened: {error}") from None
            yield client
        except (OSError, IMAPClientError) as error:
            raise MailboxError(self._went_away(error)) from error
        finally:
            _close(client)

    def fetch_new(self, client: IMAPClient, report: FetchReport, progress: Progress | None) -> None:
        """File the folder's new messages, a batch at a time, saving the position after each."""
        status = client.folder_status(self.account.folder, ["UIDVALIDITY"])
        validity = int(status[b"UIDVALIDITY"])
        with self._uow() as uow:
            state = uow.mailboxes.get(self.account.url)
            known_validity, last_uid = state.uid_validity, state.last_uid
        if known_validity != validity:
            report.renumbered = known_validity != 0
            uids = self._unknown(client) if report.renumbered else sorted(client.search("ALL"))
            last_uid = 0
        else:
            uids = [u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
            uids.sort()
        chunks = [uids[start : start + CHUNK] for start in range(0, len(uids), CHUNK)]
        with self._inbox.import_run(), _Prefetch(client) as prefetch:
            prefetch.start(chunks[0] if chunks else [])
            for number, chunk in enumerate(chunks):
                fetched = prefetch.result()
                # The next chunk comes over the network while this one is filed.
                prefetch.start(chunks[number + 1] if number + 1 < len(chunks) else [])
                messages = [
                    (
                        self.account.message_url(validity, uid),
                        bytes(fetched[uid][b"BODY[]"]),
                        _arrival(fetched[uid].get(b"INTERNALDATE")),
                    )
                    for uid in chunk
                    if uid in fetched and b"BODY[]" in fetched[uid]
                ]
                outcomes = self._inbox.import_messages(messages)
                report.outcomes += outcomes
                self._save_position(validity, max(last_uid, chunk[-1]))
                if self.after_import != LEAVE:
                    prefetch.wait()  # one command at a time on the connection
                    self._tidy(client, validity, chunk, outcomes)
                done = sum(len(c) for c in chunks[: number + 1])
                if progress is not None and not progress(done, len(uids)):
                    break
        if not uids:
            self._save_position(validity, last_uid)

    def _unknown(self, client: IMAPClient) -> list[int]:
        """After renumbering: the UIDs of messages the inbox does not hold, by Message-ID."""
        with self._uow() as uow:
            known = uow.corrections.message_hashes()
        wanted = []
        uids = sorted(client.search("ALL"))
        for start in range(0, len(uids), CHUNK * 5):
            chunk = uids[start : start + CHUNK * 5]
            heads = client.fetch(chunk, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for uid in chunk:
                header = _header_bytes(heads.get(uid, {}))
                message_id = header.partition(b":")[2].strip().decode("ascii", "replace")
                if not message_id or message_id not in known:
                    wanted.append(uid)
        return wanted

    def _save_position(self, validity: int, last_uid: int) -> None:
        with self._uow() as uow:
            state = uow.mailboxes.get(self.account.url)
            state.uid_validity, state.last_uid, state.checked_at = validity, last_uid, utcnow()

    def _tidy(
        self, client: IMAPClient, validity: int, uids: Sequence[int], outcomes: list[InboxOutcome]
    ) -> None:
        """Delete or move the messages the inbox stored, if the user asked for that."""
        if self.after_import == LEAVE:
            return
        by_source = {o.source: o for o in outcomes}
        stored = [
            uid
            for uid in uids
            if (o := by_source.get(self.account.message_url(validity, uid)))
            and o.request_id is not None
        ]
        if not stored:
            return
        if self.after_import.startswith("move:"):
            client.move(stored, self.after_import.removeprefix("move:"))
        elif self.after_import == DELETE:
            client.delete_messages(stored)
            client.uid_expunge(stored) if client.has_capability("UIDPLUS") else client.expunge()

    # -- waiting for mail ----------------------------------------------------------------
    def watch(
        self,
        stop: threading.Event,
        on_report: Callable[[FetchReport], None],
        retry: float = 60.0,
    ) -> None:
        """Fetch, then wait with IDLE for new mail and fetch it, until ``stop`` is set.
        An unreachable server is reported and tried again every ``retry`` seconds."""
        while not stop.is_set():
            report = FetchReport(self.account.url)
            try:
                with self.session() as client:
                    self.fetch_new(client, report, None)
                    on_report(report)
                    while self._idle(client, stop):
                        report = FetchReport(self.account.url)
                        self.fetch_new(client, report, None)
                        on_report(report)
                    return
            except MailboxError as error:
                report.error, report.offline = str(error), error.offline
                on_report(report)
                stop.wait(retry)

    def _idle(self, client: IMAPClient, stop: threading.Event) -> bool:
        """Wait for the folder to change: True when new mail may be there, False on stop."""
        if not client.has_capability("IDLE"):
            return not stop.wait(60)  # no push: look again every minute
        waited = 0.0
        client.idle()
        try:
            while not stop.is_set() and waited < IDLE_RENEW:
                responses = client.idle_check(timeout=IDLE_SLICE)
                waited += IDLE_SLICE
                if any(_is_exists(r) for r in responses):
                    return True
        finally:
            client.idle_done()
        return not stop.is_set()

    # -- connecting ----------------------------------------------------------------------
    def _connect(self) -> IMAPClient:
        where = f"{self.account.host}:{self.account.port}"
        try:
            client = IMAPClient(
                self.account.host,
                port=self.account.port,
                ssl=self.account.tls,
                ssl_context=self._ssl,
                timeout=self._timeout,
            )
        except ssl.SSLCertVerificationError as error:
            reason = error.verify_message
            raise MailboxError(f"{where}: its certificate is not trusted ({reason})") from None
        except (OSError, IMAPClientError) as error:
            raise MailboxError(f"cannot reach {where} ({_reason(error)})", offline=True) from None
        client.normalise_times = False  # INTERNALDATE with its zone, not naive local time
        if not self.account.tls:
            self._start_tls(client, where)
        return client

    def _start_tls(self, client: IMAPClient, where: str) -> None:
        try:
            offered = client.has_capability("STARTTLS")
            if offered:
                client.starttls(self._ssl)
        except (OSError, IMAPClientError) as error:
            client.shutdown()
            raise MailboxError(f"{where}: STARTTLS failed ({_reason(error)})") from None
        if not offered and not self.account.on_loopback:
            client.shutdown()
            raise MailboxError(
                f"{where} offers no STARTTLS: the password would travel in plain text "
                "(use imaps:// for TLS)"
            )

    def _login(self, client: IMAPClient) -> None:
        try:
            secret = self._secret(self.account)
        except ServiceError as error:  # an OAuth token could not be had
            raise MailboxError(str(error), offline=getattr(error, "offline", False)) from None
        who = f"{self.account.user} at {self.account.host}"
        if not secret:
            raise MailboxError(f"no password for {who}: set the account again to give one")
        try:
            if self.account.oauth:
                client.oauth2_login(self.account.user, secret)
            else:
                client.login(self.account.user, secret)
        except LoginError as error:
            again = f": {SIGN_IN_AGAIN}" if self.account.oauth else ""
            raise MailboxError(
                f"the server refused the login for {who} ({_text(error)}){again}"
            ) from None

    @staticmethod
    def _went_away(error: Exception) -> str:
        if isinstance(error, MailboxError):
            return str(error)
        return f"the server went away ({_reason(error)}); what came in is kept"


class _Prefetch:
    """One FETCH of message bodies at a time on a thread of its own, so that the next
    chunk travels while this one is filed; the connection is never used by two
    threads at once (``wait`` before anything else uses it, and on leaving)."""

    def __init__(self, client: IMAPClient) -> None:
        self._client = client
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="imap-fetch")
        self._pending: Future[dict[int, Any]] | None = None

    def __enter__(self) -> _Prefetch:
        return self

    def __exit__(self, *_: object) -> None:
        """Leaving early (stopped, or failed): a FETCH in flight is let finish and its
        result dropped; the next fetch asks for those messages again."""
        self.wait()
        if self._pending is not None and (error := self._pending.exception()) is not None:
            log.debug("a FETCH no longer needed failed: %s", error)
        self._pool.shutdown()

    def start(self, uids: Sequence[int]) -> None:
        if uids:
            self._pending = self._pool.submit(
                self._client.fetch, uids, ["BODY.PEEK[]", "INTERNALDATE"]
            )

    def result(self) -> dict[int, Any]:
        """The chunk started last (its failure raised here, as the FETCH's own)."""
        pending, self._pending = self._pending, None
        return pending.result() if pending is not None else {}

    def wait(self) -> None:
        """Let the FETCH in flight finish; its result (or failure) is kept for result()."""
        if self._pending is not None:
            wait([self._pending])


def _arrival(value: object) -> datetime | None:
    """When the mailbox received the message (IMAP INTERNALDATE), in UTC."""
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except (OSError, IMAPClientError):
        with contextlib.suppress(OSError, IMAPClientError):  # the connection is gone already
            client.shutdown()


def _is_exists(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] == b"EXISTS"


def _header_bytes(item: dict[bytes, Any]) -> bytes:
    for key, value in item.items():
        if key.startswith(b"BODY[HEADER.FIELDS"):
            return bytes(value or b"")
    return b""


def _text(error: Exception) -> str:
    text = str(error)
    return text.strip("b'\"") or error.__class__.__name__


def _reason(error: Exception) -> str:
    if isinstance(error, socket.timeout | TimeoutError):
        return "no answer in time"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return _text(error)
