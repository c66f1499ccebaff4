"""Live desk: who is editing what (advisory leases), and the server's NOTIFY.

A lease says "NAME is editing" to everyone else; it is taken when an article is
opened, renewed while it stays open and released when it closes. It is advisory:
a laptop without one (offline, or someone else holds it) still edits, and its
changes go through the push's merge like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text

from deskeditor.storage.server_schema import CHANNEL

LEASE = timedelta(minutes=15)
RENEW = timedelta(minutes=5)


@dataclass(frozen=True)
class Lease:
    article_uid: str
    login: str
    name: str
    expires_at: datetime


def take_lease(server: Engine, article_uid: str, login: str, name: str) -> Lease:
    """Take (or renew) the lease on an article; the lease that stands afterwards,
    which is someone else's when they hold it and it has not expired."""
    with server.begin() as connection:
        taken = connection.execute(
            text(
                "INSERT INTO desk_leases (article_uid, login, name, expires_at) "
                "VALUES (:u, :l, :n, now() + CAST(:span AS interval)) "
                "ON CONFLICT (article_uid) DO UPDATE SET login = EXCLUDED.login, "
                "name = EXCLUDED.name, expires_at = EXCLUDED.expires_at "
                "WHERE desk_leases.login = EXCLUDED.login OR desk_leases.expires_at < now() "
                "RETURNING article_uid, login, name, expires_at"
            ),
            {"u": article_uid, "l": login, "n": name, "span": f"{int(LEASE.total_seconds())} s"},
        ).first()
        if taken is None:
            taken = connection.execute(
                text("SELECT article_uid, login, name, expires_at FROM desk_leases "
                     "WHERE article_uid = :u"),
                {"u": article_uid},
            ).first()  # fmt: skip
    assert taken is not None
    return Lease(*taken)


def release_lease(server: Engine, article_uid: str, login: str) -> None:
    with server.begin() as connection:
        connection.execute(
            text("DELETE FROM desk_leases WHERE article_uid = :u AND login = :l"),
            {"u": article_uid, "l": login},
        )


def leases(server: Engine) -> dict[str, Lease]:
    """Every lease that has not expired, by article uid."""
    with server.connect() as connection:
        rows = connection.execute(
            text("SELECT article_uid, login, name, expires_at FROM desk_leases "
                 "WHERE expires_at > now()")
        )  # fmt: skip
        return {r.article_uid: Lease(*r) for r in rows}


class DeskListener:
    """LISTENs on the desk's channel over a connection of its own (psycopg, autocommit).

    ``wait`` blocks for up to ``timeout`` seconds and returns the payloads that
    arrived (``changed`` for rows, ``leases`` for leases); the caller pulls.
    """

    def __init__(self, conninfo: str, connect_args: dict[str, Any]) -> None:
        self._conninfo = conninfo
        self._args = connect_args
        self._connection: Any = None

    def open(self) -> None:
        import psycopg

        self._connection = psycopg.connect(self._conninfo, autocommit=True, **self._args)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[str]:
        assert self._connection is not None
        found: list[str] = []
        for note in self._notes(timeout):
            found.append(note.payload)
        return found

    def _notes(self, timeout: float) -> Iterator[Any]:
        gen = self._connection.notifies(timeout=timeout)
        first = True
        for note in gen:
            yield note
            if first:  # more may be queued: take them, without waiting again
                first = False
                gen.close()
                yield from self._connection.notifies(timeout=0.01)
                return

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
