"""Pull: every row the server changed since the laptop's last pull, per table, in
pages, each page applied locally in one transaction with the table's cursor.

The server side is one REPEATABLE READ snapshot, read parents first (articles,
requests, then their children), deleted rows (tombstones) before all, so a
child never arrives before its parent. Commits on the server are serialised in
sequence order (storage/server_schema.py), so ``seq > last`` never skips one.

A row with changes still in the outbox is merged, never overwritten: the
server's values for the fields that are not pending, the laptop's for the ones
that are (its outbox entry keeps what it had seen, so the server decides when
it is pushed). A first pull reads the articles newest first, so the list is
usable after the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)

from deskeditor.services.desk.rows import (
    Ids,
    MissingParentError,
    from_wire,
    pull_quotes_of,
    write_pull_quotes,
)
from deskeditor.storage.desk_models import DeskCursorRow, DeskOutboxRow
from deskeditor.storage.sync_tables import (
    BY_NAME,
    PULL_QUOTES,
    SYNCED,
    SyncedTable,
    encode,
    table_of,
)

FIRST_PAGE = 200  # the newest articles, shown as soon as they are in
PAGE = 2000
TOMBSTONES = "desk_tombstones"
DELETED = "*deleted"  # a pending delete, among a row's pending fields
OUTBOX = table_of(DeskOutboxRow)
CURSORS = table_of(DeskCursorRow)
Progress = Callable[[int, int], None]


@dataclass
class PullReport:
    pulled: int = 0
    # (table, uid, login of who wrote it) for every row that changed here.
    changed: list[tuple[str, str, str]] = field(default_factory=list)


class Puller:
    def __init__(self, local: Engine, server: Engine, progress: Progress | None = None) -> None:
        self._local = local
        self._server = server
        self._progress = progress
        self._done = 0
        self._total = 0

    def pull(self) -> PullReport:
        report = PullReport()
        with self._server.connect() as server:
            server = server.execution_options(isolation_level="REPEATABLE READ")
            with server.begin():
                cursors = self._cursors()
                self._total = self._count(server, cursors)
                self._done = 0
                self._tombstones(server, cursors.get(TOMBSTONES, 0), report)
                for spec in SYNCED:
                    self._pull_table(server, spec, cursors.get(spec.name, 0), report)
        return report

    # -- reading the server ---------------------------------------------------------------
    def _count(self, server: Connection, cursors: dict[str, int]) -> int:
        total = 0
        for spec in SYNCED:
            query = text(f"SELECT count(*) FROM {spec.name} WHERE desk_seq > :s")
            total += int(server.execute(query, {"s": cursors.get(spec.name, 0)}).scalar() or 0)
        return total

    @staticmethod
    def _query(spec: SyncedTable) -> Select[Any]:
        t = spec.table.alias("t")
        seq: Any = literal_column("t.desk_seq")
        columns: list[Any] = [
            t,
            seq.label("desk_seq"),
            literal_column("t.desk_by").label("desk_by"),
        ]
        joined: Any = t
        for column, parent in spec.parents.items():
            p = BY_NAME[parent].table.alias(f"p_{column}")
            joined = joined.outerjoin(p, p.c.id == t.c[column])
            columns.append(p.c.uid.label(f"{column}__uid"))
        return select(*columns).select_from(joined)

    def _pull_table(
        self, server: Connection, spec: SyncedTable, last: int, report: PullReport
    ) -> None:
        seq: Any = literal_column("t.desk_seq")
        newest_first = last == 0 and spec.has_pull_quotes
        if newest_first:  # a first pull: the list fills from the top
            top = server.execute(text(f"SELECT max(desk_seq) FROM {spec.name}")).scalar()
            below, size = None, FIRST_PAGE
            while True:
                query = self._query(spec).order_by(seq.desc()).limit(size)
                if below is not None:
                    query = query.where(seq < below)
                rows = list(server.execute(query).mappings())
                if not rows:
                    break
                self._apply_page(server, spec, rows, None, report)
                below, size = rows[-1]["desk_seq"], PAGE
            if top is not None:
                self._set_cursor(spec.name, int(top))
            return
        while True:
            query = self._query(spec).where(seq > last).order_by(seq).limit(PAGE)
            rows = list(server.execute(query).mappings())
            if not rows:
                return
            last = int(rows[-1]["desk_seq"])
            self._apply_page(server, spec, rows, last, report)

    def _wire(
        self, spec: SyncedTable, row: Any, server: Connection | None = None
    ) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in spec.columns:
            if name == PULL_QUOTES:
                continue
            if name in spec.parents:
                data[name] = row[f"{name}__uid"]
            else:
                data[name] = encode(spec.column(name), row[name])
        return data

    # -- writing the laptop -----------------------------------------------------------------
    def _apply_page(
        self,
        server: Connection,
        spec: SyncedTable,
        rows: list[Any],
        cursor: int | None,
        report: PullReport,
    ) -> None:
        wires = [self._wire(spec, r) for r in rows]
        if spec.has_pull_quotes:
            quotes = pull_quotes_of(server, [r["id"] for r in rows])
            for wire, row in zip(wires, rows, strict=True):
                wire[PULL_QUOTES] = quotes[row["id"]]
        with self._local.begin() as local:
            local.execute(text("UPDATE desk_state SET id = id"))  # the write lock, first
            applier = _LocalApplier(local, server, self)
            applier.apply(spec, [(str(r["uid"]), w) for r, w in zip(rows, wires, strict=True)])
            if cursor is not None:
                _store_cursor(local, spec.name, cursor)
        report.pulled += len(rows)
        report.changed += [(spec.name, str(r["uid"]), str(r["desk_by"])) for r in rows]
        self._done += len(rows)
        if self._progress is not None:
            self._progress(self._done, self._total)

    def _tombstones(self, server: Connection, last: int, report: PullReport) -> None:
        query = text("SELECT seq, table_name, uid FROM desk_tombstones WHERE seq > :s ORDER BY seq")
        rows = list(server.execute(query, {"s": last}))
        if not rows:
            return
        with self._local.begin() as local:
            pending = _pending_uids(local, [r.uid for r in rows])
            for row in rows:
                spec = BY_NAME.get(row.table_name)
                if spec is None or row.uid in pending:
                    continue  # edited here meanwhile: the push records it as a conflict
                local.execute(delete(spec.table).where(spec.table.c.uid == row.uid))
            _store_cursor(local, TOMBSTONES, int(rows[-1].seq))
        report.pulled += len(rows)

    def fetch(self, server: Connection, table: str, uid: str) -> tuple[SyncedTable, Any] | None:
        """One row by uid, in wire form (a parent that a page needs first)."""
        spec = BY_NAME[table]
        query = self._query(spec).where(literal_column("t.uid") == uid)
        row = server.execute(query).mappings().first()
        if row is None:
            return None
        wire = self._wire(spec, row)
        if spec.has_pull_quotes:
            wire[PULL_QUOTES] = pull_quotes_of(server, [row["id"]])[row["id"]]
        return spec, wire

    def refetch(self, rows: set[tuple[str, str]]) -> None:
        """Read rows back from the server as it holds them (after a refused change):
        a row the server does not have goes from this laptop too."""
        with self._server.connect() as server, server.begin(), self._local.begin() as local:
            applier = _LocalApplier(local, server, self)
            for table, uid in rows:
                found = self.fetch(server, table, uid)
                spec = BY_NAME[table]
                if found is None:
                    local.execute(delete(spec.table).where(spec.table.c.uid == uid))
                    continue
                applier.apply(spec, [(uid, found[1])])
                self._children(server, applier, spec, uid)

    def _children(
        self, server: Connection, applier: _LocalApplier, spec: SyncedTable, uid: str
    ) -> None:
        for child in SYNCED:
            for column, parent in child.parents.items():
                if parent != spec.name:
                    continue
                query = self._query(child).where(literal_column(f"p_{column}.uid") == uid)
                rows = list(server.execute(query).mappings())
                applier.apply(child, [(str(r["uid"]), self._wire(child, r)) for r in rows])

    def _cursors(self) -> dict[str, int]:
        with self._local.connect() as local:
            return {r.table_name: int(r.last_seq) for r in local.execute(select(CURSORS))}

    def _set_cursor(self, table: str, value: int) -> None:
        with self._local.begin() as local:
            _store_cursor(local, table, value)


class _LocalApplier:
    """Writes server rows into the laptop's file within one local transaction."""

    def __init__(self, local: Connection, server: Connection, puller: Puller) -> None:
        self._local = local
        self._server = server
        self._puller = puller
        self._ids = Ids(local)

    def apply(self, spec: SyncedTable, rows: list[tuple[str, dict[str, Any]]]) -> None:
        if not rows:
            return
        uids = [uid for uid, _ in rows]
        pending = _pending_fields(self._local, spec.name, uids)
        existing = _local_ids(self._local, spec, uids)
        fresh: list[tuple[str, dict[str, Any]]] = []
        for uid, wire in rows:
            if DELETED in pending.get(uid, ()):
                continue  # deleted here; the push says so to the server
            values = self._values(spec, wire)
            if uid in existing:
                self._update(spec, existing[uid], uid, wire, values, pending.get(uid, set()))
            else:
                fresh.append((uid, {**values, PULL_QUOTES: wire.get(PULL_QUOTES)}))
        if fresh:
            self._insert(spec, fresh)

    def _values(self, spec: SyncedTable, wire: dict[str, Any]) -> dict[str, Any]:
        while True:
            try:
                return from_wire(spec, wire, self._ids)
            except MissingParentError as missing:  # read from the same snapshot, first
                found = self._puller.fetch(self._server, missing.table, missing.uid)
                if found is None:
                    wire = {k: (None if v == missing.uid else v) for k, v in wire.items()}
                    continue
                self.apply(found[0], [(missing.uid, found[1])])

    def _update(
        self,
        spec: SyncedTable,
        row_id: int,
        uid: str,
        wire: dict[str, Any],
        values: dict[str, Any],
        pending: set[str],
    ) -> None:
        kept = {k: v for k, v in values.items() if k not in pending}
        values = self._differing(spec, row_id, kept)
        quotes = None
        if spec.has_pull_quotes and PULL_QUOTES not in pending:
            quotes = wire.get(PULL_QUOTES) or []
            if pull_quotes_of(self._local, [row_id])[row_id] == quotes:
                quotes = None
        if not values and quotes is None:
            return  # as the laptop has it (its own push coming back): nothing moves
        self._make_room(spec, values, uid)
        if spec.has_pull_quotes:
            values["version"] = spec.table.c.version + 1  # an open editor sees it moved
        self._local.execute(update(spec.table).where(spec.table.c.id == row_id).values(values))
        if quotes is not None:
            write_pull_quotes(self._local, row_id, quotes)

    def _differing(self, spec: SyncedTable, row_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """The values that differ from the local row's (rewriting an unchanged body
        re-indexes it for search, and bumping the version makes an open editor merge)."""
        if not values:
            return values
        columns = [spec.table.c[name] for name in values]
        here = self._local.execute(select(*columns).where(spec.table.c.id == row_id)).one()
        return {name: v for (name, v), old in zip(values.items(), here, strict=True) if v != old}

    def _insert(self, spec: SyncedTable, rows: list[tuple[str, dict[str, Any]]]) -> None:
        records = []
        for uid, values in rows:
            self._make_room(spec, values, uid)
            record = {k: v for k, v in values.items() if k != PULL_QUOTES}
            record["uid"] = uid
            if spec.has_pull_quotes:
                record["version"] = 1
            records.append(record)
        returned = self._local.execute(
            insert(spec.table).returning(spec.table.c.id, spec.table.c.uid), records
        )
        new_ids = {str(r.uid): int(r.id) for r in returned}
        for uid, values in rows:
            self._ids.remember(spec.name, uid, new_ids[uid])
            quotes = values.get(PULL_QUOTES)
            if spec.has_pull_quotes and quotes:
                write_pull_quotes(self._local, new_ids[uid], quotes)

    def _make_room(self, spec: SyncedTable, values: dict[str, Any], uid: str) -> None:
        """A natural key (slug, Message-ID) the server gives this row may still be held
        here by another row whose own change has not arrived (or was not pushed):
        that row steps aside under a temporary value until it does."""
        for name in spec.unique:
            wanted = values.get(name)
            if wanted is None:
                continue
            column = spec.table.c[name]
            holder = self._local.execute(
                select(spec.table.c.id, spec.table.c.uid).where(
                    column == wanted, spec.table.c.uid != uid
                )
            ).first()
            if holder is not None:
                self._local.execute(
                    update(spec.table)
                    .where(spec.table.c.id == holder.id)
                    .values({name: f"{wanted}~{str(holder.uid)[:8]}"})
                )


def _pending_fields(local: Connection, table: str, uids: list[str]) -> dict[str, set[str]]:
    """Per row uid, the fields with changes still in the outbox."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(uids), 5000):
        query = select(OUTBOX.c.row_uid, OUTBOX.c.op, OUTBOX.c.changes).where(
            OUTBOX.c.table_name == table, OUTBOX.c.row_uid.in_(uids[start : start + 5000])
        )
        for row in local.execute(query):
            fields = found.setdefault(row.row_uid, set())
            fields.update((row.changes or {}).keys())
            if row.op == "delete":
                fields.add(DELETED)
    return found


def _pending_uids(local: Connection, uids: list[str]) -> set[str]:
    query = select(OUTBOX.c.row_uid).where(OUTBOX.c.row_uid.in_(uids))
    return {str(r[0]) for r in local.execute(query)}


def _local_ids(local: Connection, spec: SyncedTable, uids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(uids), 5000):
        query = select(spec.table.c.uid, spec.table.c.id).where(
            spec.table.c.uid.in_(uids[start : start + 5000])
        )
        found.update({str(r.uid): int(r.id) for r in local.execute(query)})
    return found


def _store_cursor(local: Connection, table: str, value: int) -> None:
    done = local.execute(
        update(CURSORS).where(CURSORS.c.table_name == table).values(last_seq=value)
    )
    if done.rowcount == 0:
        local.execute(insert(CURSORS).values(table_name=table, last_seq=value))


def local_count(local: Connection, table: str) -> int:
    return int(local.execute(select(func.count()).select_from(BY_NAME[table].table)).scalar() or 0)
