"""Replies to readers sent by SMTP, or handed to the user's mail program.

``ReplySender.send_reply`` sends a reviewed reply (an EmailMessage) and records
the request as replied only once the server accepted it; a refused or failed
send records nothing but the attempt, and says why in one line. The reply keeps
its thread: In-Reply-To and References name the reader's message (added when
the message lacks them). ``mailto_url`` opens the same reply in the user's mail
program instead; nothing is recorded then, as nobody knows whether it was sent.

The account is a URL, ``smtps://user@host:465`` (TLS) or ``smtp://user@host:587``
(STARTTLS; plain text only on loopback); its password lives in the keyring.
"""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from urllib.parse import quote, unquote, urlsplit

from deskeditor.domain.corrections import RequestStatus
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import UNDECIDED
from deskeditor.storage.base import utcnow
from deskeditor.storage.unit_of_work import UnitOfWork


class SendError(ServiceError):
    """The reply was not sent; the message says why in one line."""


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    user: str = ""  # none: the server takes mail without a login (a relay on this machine)
    tls: bool = True  # smtps (TLS from the start) or smtp (STARTTLS)

    @classmethod
    def parse(cls, url: str) -> SmtpAccount:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ServiceError(f"not an SMTP URL: {url!r} (smtps://user@host:465 or smtp://…:587)")
        if parts.password is not None:
            raise ServiceError("the URL must not hold the password: it is asked for and kept")
        try:
            port = parts.port or (465 if parts.scheme == "smtps" else 587)
        except ValueError:
            raise ServiceError(f"the port in {url!r} is not a number from 1 to 65535") from None
        return cls(parts.hostname, port, unquote(parts.username or ""), parts.scheme == "smtps")

    @property
    def url(self) -> str:
        user = f"{quote(self.user, safe='@')}@" if self.user else ""
        return f"{'smtps' if self.tls else 'smtp'}://{user}{self.host}:{self.port}"

    @property
    def on_loopback(self) -> bool:
        try:
            return self.host == "localhost" or ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class MailSender:
    def __init__(
        self,
        account: SmtpAccount,
        secret: Callable[[SmtpAccount], str | None],
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.account = account
        self._secret = secret
        self._ssl = ssl_context or ssl.create_default_context()
        self._timeout = timeout

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the server; SendError unless every recipient was accepted."""
        where = f"{self.account.host}:{self.account.port}"
        try:
            with self._connect() as server:
                if self.account.user:
                    self._login(server)
                refused = server.send_message(message)
        except smtplib.SMTPAuthenticationError as error:
            user = self.account.user
            raise SendError(f"{where} refused the login for {user} ({_text(error)})") from None
        except smtplib.SMTPRecipientsRefused as error:
            raise SendError(f"{where} refused {', '.join(error.recipients)}") from None
        except smtplib.SMTPResponseException as error:
            raise SendError(f"{where} did not take the reply ({_text(error)})") from None
        except ssl.SSLCertVerificationError as error:
            reason = error.verify_message
            raise SendError(f"{where}: its certificate is not trusted ({reason})") from None
        except (OSError, smtplib.SMTPException) as error:
            raise SendError(f"cannot send through {where} ({_reason(error)})") from None
        if refused:
            raise SendError(f"{where} refused {', '.join(refused)}")

    def _connect(self) -> smtplib.SMTP:
        host, port, timeout = self.account.host, self.account.port, self._timeout
        if self.account.tls:
            return smtplib.SMTP_SSL(host, port, timeout=timeout, context=self._ssl)
        server = smtplib.SMTP(host, port, timeout=timeout)
        server.ehlo()
        if server.has_extn("starttls"):
            server.starttls(context=self._ssl)
            server.ehlo()
        elif not self.account.on_loopback:
            server.close()
            raise SendError(
                f"{host}:{port} offers no STARTTLS: the reply and password would travel in "
                "plain text (use smtps://)"
            )
        return server

    def _login(self, server: smtplib.SMTP) -> None:
        """PLAIN where offered (one try, a clear refusal), else what smtplib picks."""
        password = self._password()
        if "plain" in server.esmtp_features.get("auth", "").lower().split():
            server.user, server.password = self.account.user, password
            code, answer = server.auth("PLAIN", server.auth_plain)
            if code not in (235, 503):
                raise smtplib.SMTPAuthenticationError(code, answer)
        else:
            server.login(self.account.user, password)

    def _password(self) -> str:
        password = self._secret(self.account)
        if not password:
            raise SendError(f"no password for {self.account.user} at {self.account.host}")
        return password


class ReplySender:
    """Sends a request's reviewed reply and records it, only once it was sent."""

    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        sender: MailSender,
        actor: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._uow = unit_of_work
        self._sender = sender
        self.actor = actor
        self._clock = clock

    def send_reply(
        self, request_id: int, message: EmailMessage, reply_id: int | None = None
    ) -> EmailMessage:
        """Send the reply in its thread; the request is "reader replied" afterwards and
        the stored reply (``reply_id``, from services/replies.py) is stamped as sent.
        SendError when it was not sent: then only the failed attempt is recorded."""
        with self._uow() as uow:
            request = uow.corrections.request(request_id)
            if request is None:
                raise ServiceError(f"correction request {request_id} does not exist")
            original = request.message_id
        threaded = in_thread(message, original)
        try:
            self._sender.send(threaded)
        except SendError as error:
            with self._uow() as uow:
                uow.corrections.add_event(
                    request_id, "reply not sent", str(error), self._clock(), self.actor
                )
            raise
        now = self._clock()
        with self._uow() as uow:
            row = uow.corrections.request(request_id)
            assert row is not None
            row.replied_at = now
            if row.status not in UNDECIDED:
                row.status = RequestStatus.READER_REPLIED
            row.updated_at = now
            if reply_id is not None and (stored := uow.corrections.reply(reply_id)):
                stored.sent_at = now
            sent_to = threaded["To"]
            uow.corrections.add_event(request_id, "reply sent", f"to {sent_to}", now, self.actor)
        return threaded


def in_thread(message: EmailMessage, original: str) -> EmailMessage:
    """The message with In-Reply-To and References naming ``original`` (kept if set)."""
    if not message["In-Reply-To"]:
        message["In-Reply-To"] = original
    references = str(message["References"] or "")
    if original not in references.split():
        del message["References"]
        message["References"] = f"{references} {original}".strip()
    return message


def mailto_url(message: EmailMessage) -> str:
    """The reply for the user's mail program (RFC 6068), thread header included."""
    body = message.get_body(("plain",))
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    fields = [("subject", str(message["Subject"] or "")), ("body", text)]
    if message["In-Reply-To"]:
        fields.append(("In-Reply-To", str(message["In-Reply-To"])))
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    return f"mailto:{quote(str(message['To'] or ''), safe='@,')}?{query}"


def _text(error: smtplib.SMTPResponseException) -> str:
    detail = error.smtp_error
    text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
    return f"{error.smtp_code} {text}".strip()


def _reason(error: Exception) -> str:
    if isinstance(error, socket.timeout | TimeoutError):
        return "no answer in time"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or error.__class__.__name__
