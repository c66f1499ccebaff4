"""Recording local writes for the desk: one place, so no service can forget it.

A laptop database that joined a desk gets an ``after_flush`` listener on its
session factory. Each insert, update or delete of a synced row (storage/
sync_tables.py) becomes a ``desk_outbox`` entry in the same transaction as the
write: the row's uid, the version it started from, and per changed field
``[seen, new]`` from SQLAlchemy's attribute history. A write that rolls back
takes its entry with it; a write that commits cannot lose it.

The pull applies the server's rows through Core on its own connection, so they
are never recorded as local changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from deskeditor.storage.desk_models import DeskOutboxRow
from deskeditor.storage.models import ArticleRow
from deskeditor.storage.sync_tables import (
    BY_MODEL,
    BY_NAME,
    PULL_QUOTES,
    UNKNOWN,
    SyncedTable,
    encode,
    pull_quotes_value,
    table_of,
)

OUTBOX_INFO = "deskeditor.outbox"  # the recorder, in each session's info


class OutboxRecorder:
    """Writes outbox entries while ``enabled`` (the database has joined a desk)."""

    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled

    def install(self, sessions: sessionmaker[Session]) -> None:
        event.listen(sessions, "after_flush", self._after_flush)
        sessions.configure(info={OUTBOX_INFO: self})  # for writers that bypass the ORM

    @staticmethod
    def recording(session: Session) -> bool:
        """Writes in ``session`` must go through the ORM to reach the outbox (Core
        inserts are not seen by the flush listener)."""
        recorder = session.info.get(OUTBOX_INFO)
        return isinstance(recorder, OutboxRecorder) and recorder.enabled

    def _after_flush(self, session: Session, _context: object) -> None:
        if not self.enabled:
            return
        parents = _ParentUids(session)
        entries: list[dict[str, Any]] = []
        for obj in session.new:
            if (spec := BY_MODEL.get(type(obj))) is not None:
                entries.append(_insert_entry(spec, obj, parents))
        for obj in session.dirty:
            spec = BY_MODEL.get(type(obj))
            if spec is not None and (entry := _update_entry(spec, obj, parents)) is not None:
                entries.append(entry)
        for obj in session.deleted:
            if (spec := BY_MODEL.get(type(obj))) is not None:
                entries.append(
                    {"table_name": spec.name, "row_uid": obj.uid, "op": "delete",
                     "base_version": getattr(obj, "version", None), "changes": {}}
                )  # fmt: skip
        if entries:
            session.connection().execute(insert(table_of(DeskOutboxRow)), entries)


class _ParentUids:
    """Local parent ids as uids, looked up once per flush."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[str, int], str | None] = {}

    def uid(self, table: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        key = (table, local_id)
        if key not in self._cache:
            parent = BY_NAME[table].table
            query = select(parent.c.uid).where(parent.c.id == local_id)
            self._cache[key] = self._session.connection().execute(query).scalar()
        return self._cache[key]


def _value(spec: SyncedTable, name: str, value: Any, parents: _ParentUids) -> Any:
    if name in spec.parents:
        return parents.uid(spec.parents[name], value)
    return encode(spec.column(name), value)


def _insert_entry(spec: SyncedTable, obj: Any, parents: _ParentUids) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in spec.columns:
        if name == PULL_QUOTES:
            changes[name] = [None, pull_quotes_value(list(obj.pull_quotes))]
        else:
            changes[name] = [None, _value(spec, name, getattr(obj, name), parents)]
    return {"table_name": spec.name, "row_uid": obj.uid, "op": "insert",
            "base_version": None, "changes": changes}  # fmt: skip


def _update_entry(spec: SyncedTable, obj: Any, parents: _ParentUids) -> dict[str, Any] | None:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for name in spec.columns:
        if name == PULL_QUOTES:
            history = state.attrs.pull_quotes.history
            if history.added or history.deleted:
                before = pull_quotes_value([*history.unchanged, *history.deleted])
                after = pull_quotes_value([*history.unchanged, *history.added])
                if before != after:
                    changes[name] = [before, after]
            continue
        history = state.attrs[name].history
        if not history.added:
            continue
        new = _value(spec, name, history.added[0], parents)
        seen: Any = UNKNOWN
        if history.deleted:
            seen = _value(spec, name, history.deleted[0], parents)
        if seen != new:
            changes[name] = [seen, new]
    if not changes:
        return None
    # The version counter moves by one per flush: the row started from the one before.
    version = obj.version - 1 if isinstance(obj, ArticleRow) else None
    return {"table_name": spec.name, "row_uid": obj.uid, "op": "update",
            "base_version": version, "changes": changes}  # fmt: skip
