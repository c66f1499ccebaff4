"""A mail account as an IMAP URL (RFC 5092's form): ``imap://user@host:port/FOLDER``
for STARTTLS (plain text only on this machine's loopback), ``imaps://…`` for TLS
from the first byte. ``user;AUTH=XOAUTH2@host`` asks for OAuth 2 instead of a
password. The URL never holds a secret: passwords and tokens live in the OS
keyring under the URL."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit


class AccountError(ValueError):
    """The URL does not name a usable account; the message says why."""


@dataclass(frozen=True)
class MailAccount:
    user: str
    host: str
    port: int
    folder: str = "INBOX"
    tls: bool = True  # imaps (TLS from the start) or imap (STARTTLS)
    oauth: bool = False  # XOAUTH2 instead of a password

    @classmethod
    def parse(cls, url: str) -> MailAccount:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("imap", "imaps"):
            raise AccountError(f"not an IMAP URL: {url!r} (imap://user@host/FOLDER or imaps://…)")
        if parts.password is not None:
            raise AccountError("the URL must not hold the password: it is asked for and kept")
        userinfo = unquote(parts.username or "")
        user, _, auth = userinfo.partition(";")
        if not user or not parts.hostname:
            raise AccountError(f"the URL names no user or no host: {url!r}")
        mechanism = auth.partition("=")[2].upper() if auth.upper().startswith("AUTH=") else ""
        if auth and mechanism not in ("XOAUTH2", "PLAIN", "*"):
            raise AccountError(f"unsupported login {auth!r} (;AUTH=XOAUTH2 or none)")
        try:
            port = parts.port or (993 if parts.scheme == "imaps" else 143)
        except ValueError:
            raise AccountError(f"the port in {url!r} is not a number from 1 to 65535") from None
        folder = unquote(parts.path.lstrip("/")).split(";", 1)[0] or "INBOX"
        tls, oauth = parts.scheme == "imaps", mechanism == "XOAUTH2"
        return cls(user, parts.hostname, port, folder, tls, oauth)

    @property
    def url(self) -> str:
        """The account's URL: its name in settings, the keyring and the inbox's sources."""
        scheme = "imaps" if self.tls else "imap"
        auth = ";AUTH=XOAUTH2" if self.oauth else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        user = quote(self.user, safe="@")
        return f"{scheme}://{user}{auth}@{host}:{self.port}/{quote(self.folder)}"

    @property
    def on_loopback(self) -> bool:
        return is_loopback(self.host)

    def message_url(self, uid_validity: int, uid: int) -> str:
        """One message, as RFC 5092 names it: the inbox's source label for it."""
        return f"{self.url};UIDVALIDITY={uid_validity}/;UID={uid}"


def is_loopback(host: str) -> bool:
    """``host`` is this machine (localhost, 127.0.0.0/8, ::1): nothing travels the network."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
