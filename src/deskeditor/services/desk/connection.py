"""The desk's address and how to reach it: libpq URLs, TLS and passwords.

Passwords follow libpq's conventions for scripts (in the URL, ``PGPASSWORD`` or
``~/.pgpass``, which libpq reads itself); the window keeps one in the OS keyring
(services/credentials.py). The address stored in a laptop database never holds
a password. A server that is not on this machine is reached over TLS with its
certificate and host name checked (``sslmode=verify-full``) unless the URL
says otherwise.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from deskeditor.services.errors import ServiceError

if TYPE_CHECKING:
    from sqlalchemy import Engine

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", ""})
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
CONNECT_TIMEOUT_S = 5


class DeskAddressError(ServiceError):
    """The desk's URL cannot be used."""


class DeskOfflineError(ServiceError):
    """The server did not answer (or refused the login): nothing was lost, the
    changes wait in the outbox."""


@dataclass(frozen=True)
class DeskAddress:
    """A desk's PostgreSQL URL, split into what may be stored and the password."""

    scheme: str
    login: str
    host: str
    port: int | None
    database: str
    query: tuple[tuple[str, str], ...]
    password: str | None = None

    @classmethod
    def parse(cls, url: str) -> DeskAddress:
        parts = urlsplit(url.strip())
        if parts.scheme not in SCHEMES:
            raise DeskAddressError(
                f"{url!r} is not a PostgreSQL address (postgresql://LOGIN@HOST[:PORT]/DATABASE)"
            )
        database = unquote(parts.path.lstrip("/"))
        if not database:
            raise DeskAddressError(f"{url!r} names no database (…/DATABASE at its end)")
        try:
            port = parts.port
        except ValueError:
            raise DeskAddressError(f"{url!r} has a port that is not a number") from None
        query = tuple(parse_qsl(parts.query))
        login = unquote(parts.username or "") or dict(query).get("user", "")
        if not login:
            login = os.environ.get("PGUSER", "")
        if not login:
            raise DeskAddressError(f"{url!r} names no login (postgresql://LOGIN@HOST/DATABASE)")
        password = unquote(parts.password) if parts.password is not None else None
        return cls("postgresql", login, parts.hostname or "", port, database, query, password)

    @property
    def loopback(self) -> bool:
        return self.host in LOOPBACK or self.host.startswith("/")

    @property
    def public_url(self) -> str:
        """The address without a password: what a laptop database keeps."""
        netloc = quote(self.login, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        netloc += f"@{host}" + (f":{self.port}" if self.port else "")
        query = urlencode([(k, v) for k, v in self.query if k != "password"])
        return urlunsplit((self.scheme, netloc, "/" + quote(self.database), query, ""))

    def connect_args(self, password: str | None) -> dict[str, object]:
        """libpq's keywords: TLS checked for a remote server unless the URL chose a
        mode; the password only when one is known (else libpq reads PGPASSWORD and
        ~/.pgpass itself)."""
        args: dict[str, object] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "deskeditor",
        }
        chosen = dict(self.query)
        if "sslmode" not in chosen and not self.loopback and not os.environ.get("PGSSLMODE"):
            args["sslmode"] = "verify-full"
        if password is not None:
            args["password"] = password
        return args

    def engine(self, password: str | None = None) -> Engine:
        """A SQLAlchemy engine on the desk (psycopg 3)."""
        from sqlalchemy import create_engine

        url = self.public_url.replace("postgresql://", "postgresql+psycopg://", 1)
        return create_engine(
            url,
            connect_args=self.connect_args(password if password is not None else self.password),
            pool_size=2,
            max_overflow=2,
            pool_pre_ping=True,
        )


def desk_password(address: DeskAddress) -> str | None:
    """The password to send: the URL's, else (unless PGPASSWORD is set, which libpq
    reads) the keyring's; None lets libpq look in ~/.pgpass."""
    if address.password is not None:
        return address.password
    if os.environ.get("PGPASSWORD"):
        return None
    from deskeditor.services.credentials import DESK_SERVICE, secret

    return secret(address.public_url, DESK_SERVICE)


def offline_message(error: Exception) -> str:
    """What a connection failure means, in one line."""
    text = str(getattr(error, "orig", error)).strip().splitlines()
    detail = text[0] if text else type(error).__name__
    if "password authentication failed" in detail or "no password supplied" in detail:
        return (
            f"the desk refused the login ({detail}); give the password in the URL, "
            "PGPASSWORD or ~/.pgpass, or keep it in the keyring from the window"
        )
    return f"the desk's server cannot be reached ({detail}); your changes wait on this laptop"
