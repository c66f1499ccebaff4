"""Push: the laptop's outbox, in order, applied on the desk's server.

Per chunk of entries, one server transaction: the entries' change uids are
claimed in ``desk_applied`` first (an entry the server applied before, when the
connection broke before the laptop heard back, is skipped: pushes are
idempotent). The claimed entries are folded per row (seen from the first,
new from the last), then each row is locked (``SELECT … FOR UPDATE``) and
merged field by field (services/desk/merge.py) in a savepoint of its own; a
field both sides changed keeps the server's value and gets a conflict row with
the laptop's. A change the server refuses (the person's role forbids it) is
split off and kept in ``desk_refusals`` with the server's reason; the rest of
the entry still applies. Local outbox entries are deleted only after the server
committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError

from deskeditor.domain.text import count_words
from deskeditor.services.desk.merge import Merge, merge_field
from deskeditor.services.desk.rows import (
    Ids,
    MissingParentError,
    from_wire,
    pull_quotes_of,
    read_row,
    to_wire,
    write_pull_quotes,
)
from deskeditor.storage.base import new_uid, utcnow
from deskeditor.storage.desk_models import DeskConflictRow, DeskOutboxRow, DeskRefusalRow
from deskeditor.storage.sync_tables import BY_NAME, PULL_QUOTES, SyncedTable, table_of

log = logging.getLogger(__name__)
CHUNK = 400
INSUFFICIENT_PRIVILEGE = "42501"
OUTBOX = table_of(DeskOutboxRow)
CONFLICTS = table_of(DeskConflictRow)


@dataclass
class Group:
    """All claimed entries of one row, folded: per field [first seen, last new]."""

    table: str
    row_uid: str
    op: str
    changes: dict[str, list[Any]]
    change_uids: list[str]
    done: bool = False


@dataclass
class Refusal:
    change_uid: str
    table: str
    row_uid: str
    field: str
    value: Any
    message: str


@dataclass
class PushReport:
    pushed: int = 0  # outbox entries the server confirmed (applied now or before)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    refetch: set[tuple[str, str]] = field(default_factory=set)  # rows to read back


class Pusher:
    def __init__(
        self,
        local: Engine,
        server: Engine,
        login: str,
        name: str,
        merge: Merge = merge_field,
        clock: Any = utcnow,
    ) -> None:
        self._local = local
        self._server = server
        self._login = login
        self._name = name
        self._merge = merge
        self._clock = clock
        # Per chunk: the server's uid <-> id, the rows in this push, the laptop's file.
        self._ids: Ids
        self._pending: dict[tuple[str, str], Group] = {}
        self._local_conn: Connection
        self._local_ids: Ids | None = None

    def push(self) -> PushReport:
        report = PushReport()
        after = 0
        while True:
            with self._local.connect() as connection:
                query = select(OUTBOX).where(OUTBOX.c.id > after).order_by(OUTBOX.c.id)
                entries = list(connection.execute(query.limit(CHUNK)).mappings())
            if not entries:
                return report
            after = entries[-1]["id"]
            kept = self._push_chunk(entries, report)
            self._finish(entries, kept, report)

    # -- one chunk, one server transaction ------------------------------------------------
    def _push_chunk(self, entries: list[Any], report: PushReport) -> set[int]:
        """Apply on the server; the ids of entries to keep in the outbox (none, unless
        a row's parent is nowhere yet)."""
        kept: set[int] = set()
        with self._server.begin() as server:
            claimed = self._claim(server, [e["change_uid"] for e in entries])
            groups = _fold([e for e in entries if e["change_uid"] in claimed])
            self._ids = Ids(server)
            self._pending = {(g.table, g.row_uid): g for g in groups}
            with self._local.connect() as local:
                self._local_ids = Ids(local)
                self._local_conn = local
                for group in groups:
                    if not self._apply_safely(server, group, report):
                        kept.update(e["id"] for e in entries if e["row_uid"] == group.row_uid)
        report.pushed += len(entries) - len(kept)
        return kept

    def _claim(self, server: Connection, change_uids: list[str]) -> set[str]:
        rows = server.execute(
            text(
                "INSERT INTO desk_applied (change_uid, login) SELECT u, :login "
                "FROM unnest(CAST(:uids AS text[])) AS u "
                "ON CONFLICT DO NOTHING RETURNING change_uid"
            ),
            {"uids": change_uids, "login": self._login},
        )
        return {r[0] for r in rows}

    def _apply_safely(self, server: Connection, group: Group, report: PushReport) -> bool:
        """Apply one row's changes in a savepoint; refused fields split off. False
        when it must wait (its parent is not on the server yet)."""
        while not group.done:
            savepoint = server.begin_nested()
            try:
                self._apply(server, group, report)
                savepoint.commit()
                group.done = True
            except _WaitForParentError:
                savepoint.rollback()
                return False
            except OperationalError:
                raise
            except DBAPIError as error:
                savepoint.rollback()
                self._refuse(group, error, report)
        return True

    def _refuse(self, group: Group, error: DBAPIError, report: PushReport) -> None:
        cause = error.orig
        diag = getattr(cause, "diag", None)
        message = (getattr(diag, "message_primary", None) or str(cause)).strip()
        column = str(getattr(diag, "column_name", None) or "")
        code = getattr(cause, "sqlstate", None)
        first = group.change_uids[0]
        report.refetch.add((group.table, group.row_uid))
        spec = BY_NAME[group.table]
        splittable = (
            column in group.changes
            and len(group.changes) > 1
            and (
                group.op != "insert"
                or spec.column(column).default is not None  # a new row needs it
            )
        )
        if code == INSUFFICIENT_PRIVILEGE and splittable:
            value = group.changes.pop(column)[1]
            report.refused.append(
                Refusal(first, group.table, group.row_uid, column, value, message)
            )
            return  # the rest of the change is tried again
        value = {k: v[1] for k, v in group.changes.items()} or None
        report.refused.append(Refusal(first, group.table, group.row_uid, "*", value, message))
        log.warning("the desk refused %s %s: %s", group.table, group.row_uid, message)
        group.done = True

    # -- merging one row ----------------------------------------------------------------
    def _apply(self, server: Connection, group: Group, report: PushReport) -> None:
        spec = BY_NAME[group.table]
        row = read_row(server, spec, group.row_uid, lock=True)
        if group.op == "delete":
            if row is not None:
                server.execute(delete(spec.table).where(spec.table.c.id == row["id"]))
            return
        if row is None:
            if self._tombstoned(server, spec, group.row_uid):
                for name, (seen, new) in group.changes.items():
                    self._conflict(server, spec, group.row_uid, name, seen, None, new, report)
                return
            fields = {k: v[1] for k, v in group.changes.items()}
            if group.op != "insert":  # a row this laptop had before the desk knew it
                fields = self._local_row(spec, group.row_uid) or fields
            self._insert(server, spec, group.row_uid, fields, report)
            return
        self._merge_into(server, spec, row, group, report)

    def _insert(
        self,
        server: Connection,
        spec: SyncedTable,
        uid: str,
        fields: dict[str, Any],
        report: PushReport,
    ) -> None:
        values = self._server_values(server, spec, fields)
        for name in spec.unique:
            wanted = values.get(name)
            if wanted is not None and self._taken(server, spec, name, wanted, uid):
                values[name] = self._free(server, spec, name, wanted)
                self._conflict(server, spec, uid, name, None, values[name], wanted, report)
        values["uid"] = uid
        if "version" in spec.table.columns:
            values["version"] = 1
        if spec.has_pull_quotes and "body" in values:
            values["word_count"] = count_words(values["body"])
        new_id = server.execute(insert(spec.table).values(values).returning(spec.table.c.id))
        row_id = int(new_id.scalar_one())
        self._ids.remember(spec.name, uid, row_id)
        if spec.has_pull_quotes:
            write_pull_quotes(server, row_id, fields.get(PULL_QUOTES) or [])

    def _merge_into(
        self, server: Connection, spec: SyncedTable, row: Any, group: Group, report: PushReport
    ) -> None:
        current = to_wire(spec, row, self._ids)
        if spec.has_pull_quotes:
            current[PULL_QUOTES] = pull_quotes_of(server, [row["id"]])[row["id"]]
        result: dict[str, Any] = {}
        for name, (seen, new) in group.changes.items():
            if name not in current:
                continue
            theirs = current[name]
            if name in spec.stamps:  # bookkeeping: the later (or earlier) of both, silently
                both = [v for v in (theirs, new) if v is not None]
                pick = max if spec.stamps[name] == "max" else min
                wanted = pick(both) if both else None
            else:
                outcome = self._merge(name, theirs, seen, new)
                wanted = outcome.value
                if outcome.conflict:
                    self._conflict(server, spec, group.row_uid, name, seen, theirs, new, report)
            if wanted != theirs:
                result[name] = wanted
        if not result:
            return
        values = self._server_values(server, spec, result)
        for name in spec.unique:
            wanted = values.get(name)
            if wanted is not None and self._taken(server, spec, name, wanted, group.row_uid):
                values[name] = self._free(server, spec, name, wanted)
                self._conflict(
                    server, spec, group.row_uid, name, current[name], values[name], wanted, report
                )
        if spec.has_pull_quotes:
            if "body" in values:
                values["word_count"] = count_words(values["body"])
            values["version"] = spec.table.c.version + 1
            if PULL_QUOTES in result:
                write_pull_quotes(server, row["id"], result[PULL_QUOTES] or [])
        if values:
            server.execute(update(spec.table).where(spec.table.c.id == row["id"]).values(values))

    def _server_values(
        self, server: Connection, spec: SyncedTable, fields: dict[str, Any]
    ) -> dict[str, Any]:
        """Column values for the server, a missing parent pushed first if it waits in
        this chunk (else the row waits for a later push)."""
        while True:
            try:
                return from_wire(spec, fields, self._ids)
            except MissingParentError as missing:
                parent = self._pending.get((missing.table, missing.uid))
                if parent is not None and not parent.done:
                    if not self._apply_safely(server, parent, PushReport()):
                        raise _WaitForParentError() from None
                    continue
                if self._tombstoned(server, BY_NAME[missing.table], missing.uid):
                    fields = {k: v for k, v in fields.items() if v != missing.uid}
                    continue
                raise _WaitForParentError() from None

    # -- helpers -----------------------------------------------------------------------
    def _conflict(
        self,
        server: Connection,
        spec: SyncedTable,
        row_uid: str,
        name: str,
        base: Any,
        theirs: Any,
        mine: Any,
        report: PushReport,
    ) -> None:
        values = {
            "uid": new_uid(), "table_name": spec.name, "row_uid": row_uid, "field": name,
            "base": base, "theirs": theirs, "mine": mine, "login": self._login,
            "name": self._name, "at": self._now(), "resolved_by": "", "resolution": "",
        }  # fmt: skip
        server.execute(insert(CONFLICTS).values(values))
        report.conflicts.append(values)

    def _now(self) -> datetime:
        moment: datetime = self._clock()
        return moment

    @staticmethod
    def _tombstoned(server: Connection, spec: SyncedTable, uid: str) -> bool:
        query = text("SELECT 1 FROM desk_tombstones WHERE table_name = :t AND uid = :u LIMIT 1")
        return server.execute(query, {"t": spec.name, "u": uid}).first() is not None

    @staticmethod
    def _taken(server: Connection, spec: SyncedTable, name: str, value: Any, uid: str) -> bool:
        column = spec.table.c[name]
        query = select(spec.table.c.id).where(column == value, spec.table.c.uid != uid).limit(1)
        return server.execute(query).first() is not None

    @staticmethod
    def _free(server: Connection, spec: SyncedTable, name: str, wanted: str) -> str:
        column = spec.table.c[name]
        if name == "message_id":
            return f"{wanted[:980]}#{new_uid()[:8]}"
        n = 2
        while server.execute(select(spec.table.c.id).where(column == f"{wanted}-{n}")).first():
            n += 1
        return f"{wanted}-{n}"

    def _local_row(self, spec: SyncedTable, uid: str) -> dict[str, Any] | None:
        assert self._local_ids is not None
        row = read_row(self._local_conn, spec, uid)
        if row is None:
            return None
        data = to_wire(spec, row, self._local_ids)
        if spec.has_pull_quotes:
            data[PULL_QUOTES] = pull_quotes_of(self._local_conn, [row["id"]])[row["id"]]
        return data

    # -- after the server committed ------------------------------------------------------
    def _finish(self, entries: list[Any], kept: set[int], report: PushReport) -> None:
        done = [e["id"] for e in entries if e["id"] not in kept]
        with self._local.begin() as local:
            for start in range(0, len(done), 500):
                local.execute(delete(OUTBOX).where(OUTBOX.c.id.in_(done[start : start + 500])))
            refusals = [
                r for r in report.refused if r.change_uid in {e["change_uid"] for e in entries}
            ]
            if refusals:
                local.execute(
                    insert(table_of(DeskRefusalRow)),
                    [{"change_uid": r.change_uid, "table_name": r.table, "row_uid": r.row_uid,
                      "field": r.field, "value": r.value, "message": r.message,
                      "at": self._now()} for r in refusals],
                )  # fmt: skip


class _WaitForParentError(Exception):
    """A row's parent is not on the server and not in this push."""


def _fold(entries: list[Any]) -> list[Group]:
    """One group per row, in the order rows first appear."""
    groups: dict[tuple[str, str], Group] = {}
    for entry in entries:
        key = (entry["table_name"], entry["row_uid"])
        group = groups.get(key)
        if group is None:
            groups[key] = Group(
                entry["table_name"], entry["row_uid"], entry["op"],
                {k: list(v) for k, v in (entry["changes"] or {}).items()},
                [entry["change_uid"]],
            )  # fmt: skip
            continue
        group.change_uids.append(entry["change_uid"])
        if entry["op"] == "delete":
            group.op = "gone" if group.op == "insert" else "delete"
            group.changes = {}
            continue
        for name, (seen, new) in (entry["changes"] or {}).items():
            if name in group.changes:
                group.changes[name][1] = new
            else:
                group.changes[name] = [seen, new]
    return [g for g in groups.values() if g.op != "gone"]
