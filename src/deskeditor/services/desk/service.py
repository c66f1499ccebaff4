"""The shared desk, as the command line and the window use it: join, sync, status,
leave, conflicts, people and leases, on one laptop database.

Sync is push then pull (services/desk/push.py, pull.py). The server is the
authority; the laptop works the same offline, its changes waiting in the outbox.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError

from deskeditor.services.desk import live
from deskeditor.services.desk.connection import (
    DeskAddress,
    DeskOfflineError,
    desk_password,
    offline_message,
)
from deskeditor.services.desk.merge import Merge, merge_field
from deskeditor.services.desk.pull import Progress, Puller
from deskeditor.services.desk.push import Pusher, Refusal
from deskeditor.services.desk.server import add_person, person
from deskeditor.services.errors import ServiceError
from deskeditor.storage import SCHEMA_HEAD
from deskeditor.storage.base import utcnow
from deskeditor.storage.desk_models import (
    DeskConflictRow,
    DeskCursorRow,
    DeskOutboxRow,
    DeskRefusalRow,
    DeskStateRow,
)
from deskeditor.storage.models import ArticleRow
from deskeditor.storage.sync_tables import SYNCED, table_of

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from deskeditor.storage.database import Database

STATE = table_of(DeskStateRow)
OUTBOX = table_of(DeskOutboxRow)
CONFLICTS = table_of(DeskConflictRow)


class NotJoinedError(ServiceError):
    def __init__(self) -> None:
        super().__init__("this database has not joined a desk (deskeditor desk join URL)")


@dataclass(frozen=True)
class DeskState:
    server_url: str
    login: str
    name: str
    role: str
    joined_at: datetime
    last_sync_at: datetime | None
    complete: bool


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # new, from this push
    refused: list[Refusal] = field(default_factory=list)
    seconds: float = 0.0
    changed: list[tuple[str, str, str]] = field(default_factory=list)  # table, uid, login
    people: dict[str, str] = field(default_factory=dict)  # login -> name

    def as_json(self) -> dict[str, Any]:
        """`deskeditor desk sync --json`."""
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts": len(self.conflicts),
            "seconds": round(self.seconds, 3),
            "refused": [
                {"table": r.table, "uid": r.row_uid, "field": r.field, "reason": r.message}
                for r in self.refused
            ],
        }


@dataclass(frozen=True)
class Conflict:
    uid: str
    table: str
    row_uid: str
    article_id: int | None
    slug: str | None
    field: str
    base: Any
    theirs: Any
    mine: Any
    login: str
    name: str
    at: datetime
    resolved_at: datetime | None


class DeskService:
    def __init__(
        self,
        database: Database,
        password: str | None = None,
        merge: Merge = merge_field,
    ) -> None:
        self._database = database
        self._password = password
        self._merge = merge
        self._server: Engine | None = None
        self.people: dict[str, str] = {}

    # -- state -----------------------------------------------------------------------------
    def state(self) -> DeskState | None:
        with self._database.engine.connect() as connection:
            row = connection.execute(select(STATE)).first()
        if row is None:
            return None
        return DeskState(
            row.server_url, row.login, row.name, row.role, row.joined_at, row.last_sync_at,
            bool(row.complete),
        )  # fmt: skip

    def _joined(self) -> DeskState:
        state = self.state()
        if state is None:
            raise NotJoinedError()
        return state

    def address(self) -> DeskAddress:
        return DeskAddress.parse(self._joined().server_url)

    def server(self) -> Engine:
        """The engine on the desk's server (made once)."""
        if self._server is None:
            address = self.address()
            self._server = address.engine(self._password or desk_password(address))
        return self._server

    def use_password(self, password: str) -> None:
        """Connect with this password from now on (the window asked for it)."""
        self.close()
        self._password = password

    def close(self) -> None:
        if self._server is not None:
            self._server.dispose()
            self._server = None

    # -- joining and leaving -------------------------------------------------------------------
    def join(self, url: str, name: str = "", progress: Progress | None = None) -> SyncReport:
        """Connect this laptop database to the desk at ``url`` and pull the desk (what
        this database held already goes to the desk with the first push)."""
        address = DeskAddress.parse(url)
        current = self.state()
        if current is not None:
            raise ServiceError(
                f"this database has joined {current.server_url} already (desk leave first)"
            )
        self._password = address.password or self._password
        self._server = address.engine(self._password or desk_password(address))
        try:
            with self._server.connect() as connection:
                who = self._check_desk(connection, address.login)
        except OperationalError as error:
            self.close()
            raise DeskOfflineError(offline_message(error)) from None
        except BaseException:
            self.close()
            raise
        display, role = who
        with self._database.engine.begin() as local:
            local.execute(
                insert(STATE).values(
                    id=1, server_url=address.public_url, login=address.login,
                    name=name or display, role=role, joined_at=utcnow(), complete=False,
                )
            )  # fmt: skip
            self._queue_everything(local)
        self._database.recorder.enabled = True
        report = self.sync(progress)
        with self._database.engine.begin() as local:
            local.execute(update(STATE).values(complete=True))
        return report

    @staticmethod
    def _check_desk(connection: Connection, login: str) -> tuple[str, str]:
        try:
            head = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            found = person(connection, login)
        except DBAPIError:
            raise ServiceError(
                "that database is not a Deskeditor desk (a chief makes one with desk init)"
            ) from None
        if head != SCHEMA_HEAD:
            raise ServiceError(
                f"the desk's schema is {head}, this Deskeditor's is {SCHEMA_HEAD}: "
                "the newer side must wait for the other (a chief runs desk init to upgrade)"
            )
        if found is None:
            raise ServiceError(
                f"{login} is not one of the desk's people (a chief adds them: desk person add)"
            )
        return found

    def _queue_everything(self, local: Connection) -> None:
        """Everything this database held before it joined, as inserts for the desk."""
        from deskeditor.services.desk.rows import Ids, pull_quotes_of, to_wire

        ids = Ids(local)
        for spec in SYNCED:
            rows = list(local.execute(select(spec.table)).mappings())
            quotes = pull_quotes_of(local, [r["id"] for r in rows]) if spec.has_pull_quotes else {}
            entries = []
            for row in rows:
                wire = to_wire(spec, row, ids)
                if spec.has_pull_quotes:
                    wire["pull_quotes"] = quotes[row["id"]]
                entries.append(
                    {"table_name": spec.name, "row_uid": row["uid"], "op": "insert",
                     "base_version": None, "changes": {k: [None, v] for k, v in wire.items()}}
                )  # fmt: skip
            if entries:
                local.execute(insert(OUTBOX), entries)

    def leave(self) -> int:
        """Disconnect from the desk; the articles stay. Returns how many changes had
        not reached the desk (they stay in this database only)."""
        state = self._joined()
        with self._database.engine.begin() as local:
            unsent = int(local.execute(select(func.count()).select_from(OUTBOX)).scalar() or 0)
            for table in (OUTBOX, table_of(DeskCursorRow), table_of(DeskRefusalRow), STATE):
                local.execute(delete(table))
        self._database.recorder.enabled = False
        try:
            with self.server_for(state).begin() as connection:
                connection.execute(
                    text("DELETE FROM desk_leases WHERE login = :l"), {"l": state.login}
                )
        except (OperationalError, DBAPIError):
            pass  # leases expire on their own
        self.close()
        return unsent

    def server_for(self, state: DeskState) -> Engine:
        if self._server is None:
            address = DeskAddress.parse(state.server_url)
            self._server = address.engine(self._password or desk_password(address))
        return self._server

    # -- sync ----------------------------------------------------------------------------------
    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Push the outbox, then pull what changed; DeskOfflineError when the server
        cannot be reached (nothing is lost: the outbox waits)."""
        state = self._joined()
        began = time.perf_counter()
        report = SyncReport()
        server = self.server()
        local = self._database.engine
        try:
            pushed = Pusher(local, server, state.login, state.name, self._merge).push()
            puller = Puller(local, server, progress)
            if pushed.refetch:
                puller.refetch(pushed.refetch)
            pulled = puller.pull()
            with server.connect() as connection:
                people = connection.execute(text("SELECT login, name FROM desk_people"))
                self.people = {r.login: r.name for r in people}
        except OperationalError as error:
            raise DeskOfflineError(offline_message(error)) from None
        with local.begin() as connection:
            connection.execute(update(STATE).values(last_sync_at=utcnow()))
        report.pushed, report.conflicts, report.refused = (
            pushed.pushed, pushed.conflicts, pushed.refused,
        )  # fmt: skip
        report.pulled, report.changed = pulled.pulled, pulled.changed
        report.people = dict(self.people)
        report.seconds = time.perf_counter() - began
        return report

    def pending(self) -> int:
        with self._database.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(OUTBOX)).scalar() or 0)

    def refusals(self) -> list[DeskRefusalRow]:
        from sqlalchemy.orm import Session

        with Session(self._database.engine) as session:
            query = select(DeskRefusalRow).order_by(DeskRefusalRow.id.desc())
            return list(session.scalars(query))

    # -- conflicts -----------------------------------------------------------------------------
    def conflicts(self, unresolved: bool = True) -> list[Conflict]:
        """The desk's conflict rows (pulled), oldest first, with their article."""
        articles = table_of(ArticleRow)
        query = (
            select(CONFLICTS, articles.c.id.label("article_id"), articles.c.slug)
            .select_from(CONFLICTS.outerjoin(articles, articles.c.uid == CONFLICTS.c.row_uid))
            .order_by(CONFLICTS.c.at, CONFLICTS.c.id)
        )
        if unresolved:
            query = query.where(CONFLICTS.c.resolved_at.is_(None))
        with self._database.engine.connect() as connection:
            rows = list(connection.execute(query))
        return [
            Conflict(
                r.uid, r.table_name, r.row_uid, r.article_id, r.slug, r.field, r.base, r.theirs,
                r.mine, r.login, r.name, r.at, r.resolved_at,
            )
            for r in rows
        ]  # fmt: skip

    def resolve(self, conflict_uid: str, kept: str, by: str) -> None:
        """Mark a conflict settled (an edit of the conflict row, synced like any other);
        the value kept, when it was mine, is a new edit the caller made."""
        with self._database.sessions() as session, session.begin():
            row = session.scalar(select(DeskConflictRow).where(DeskConflictRow.uid == conflict_uid))
            if row is None:
                raise ServiceError(f"no conflict {conflict_uid}")
            row.resolved_at, row.resolved_by, row.resolution = utcnow(), by, kept

    # -- people and leases --------------------------------------------------------------------
    def add_person(self, login: str, role: str, password: str, name: str = "") -> None:
        self._joined()
        try:
            add_person(self.server(), login, password, role, name)
        except OperationalError as error:
            raise DeskOfflineError(offline_message(error)) from None
        except DBAPIError as error:
            diag = getattr(error.orig, "diag", None)
            message = getattr(diag, "message_primary", None) or str(error.orig)
            if getattr(error.orig, "sqlstate", None) == "42501" and "chief" not in message:
                message = f"only a chief can add people to the desk ({message})"
            raise ServiceError(message) from None

    def take_lease(self, article_uid: str) -> live.Lease:
        state = self._joined()
        with _offline_as_error():
            return live.take_lease(self.server(), article_uid, state.login, state.name)

    def release_lease(self, article_uid: str) -> None:
        with _offline_as_error():
            live.release_lease(self.server(), article_uid, self._joined().login)

    def leases(self) -> dict[str, live.Lease]:
        with _offline_as_error():
            return live.leases(self.server())

    def listener(self) -> live.DeskListener:
        address = self.address()
        args = address.connect_args(self._password or desk_password(address))
        return live.DeskListener(address.public_url, args)


@contextmanager
def _offline_as_error() -> Iterator[None]:
    try:
        yield
    except OperationalError as error:
        raise DeskOfflineError(offline_message(error)) from None
