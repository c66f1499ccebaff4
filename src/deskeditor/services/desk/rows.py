"""Reading and writing synced rows in wire form (services/desk/push.py and
pull.py share it): a row as {field: JSON value}, foreign keys as uids, an
article's pull quotes as its ``pull_quotes`` field. Works on either side: the
laptop's SQLite file and the desk's PostgreSQL, through the same tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from deskeditor.storage.models import PullQuoteRow
from deskeditor.storage.sync_tables import (
    BY_NAME,
    PULL_QUOTES,
    SyncedTable,
    decode,
    encode,
    table_of,
)

WireRow = dict[str, Any]
PULL_QUOTE_TABLE = table_of(PullQuoteRow)


class Ids:
    """uid <-> local id of one side, looked up lazily and remembered."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._ids: dict[tuple[str, str], int | None] = {}
        self._uids: dict[tuple[str, int], str | None] = {}

    def id(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        key = (table, uid)
        if key not in self._ids:
            t = BY_NAME[table].table
            self._ids[key] = self._connection.execute(select(t.c.id).where(t.c.uid == uid)).scalar()
        return self._ids[key]

    def uid(self, table: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        key = (table, local_id)
        if key not in self._uids:
            t = BY_NAME[table].table
            query = select(t.c.uid).where(t.c.id == local_id)
            self._uids[key] = self._connection.execute(query).scalar()
        return self._uids[key]

    def remember(self, table: str, uid: str, local_id: int) -> None:
        self._ids[(table, uid)] = local_id
        self._uids[(table, local_id)] = uid

    def forget(self, table: str, uid: str) -> None:
        self._ids.pop((table, uid), None)


def to_wire(spec: SyncedTable, row: Any, ids: Ids) -> WireRow:
    """A row read from ``spec.table`` (a mapping of its columns) in wire form."""
    data: WireRow = {}
    for name in spec.columns:
        if name == PULL_QUOTES:
            continue
        value = row[name]
        if name in spec.parents:
            data[name] = ids.uid(spec.parents[name], value)
        else:
            data[name] = encode(spec.column(name), value)
    return data


def from_wire(spec: SyncedTable, fields: Mapping[str, Any], ids: Ids) -> dict[str, Any]:
    """Column values for ``spec.table`` from wire fields (pull quotes left out).
    A parent that this side does not have becomes MissingParentError."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == PULL_QUOTES or name not in spec.table.columns:
            continue
        if name in spec.parents:
            parent = spec.parents[name]
            local = ids.id(parent, value)
            if value is not None and local is None:
                raise MissingParentError(parent, value)
            values[name] = local
        else:
            values[name] = decode(spec.column(name), value)
    return values


class MissingParentError(Exception):
    def __init__(self, table: str, uid: str) -> None:
        super().__init__(f"{table} {uid} is not here")
        self.table = table
        self.uid = uid


def read_row(connection: Connection, spec: SyncedTable, uid: str, lock: bool = False) -> Any:
    query = select(spec.table).where(spec.table.c.uid == uid)
    if lock:
        query = query.with_for_update()
    return connection.execute(query).mappings().first()


def pull_quotes_of(connection: Connection, article_ids: Iterable[int]) -> dict[int, list[Any]]:
    """Each article's pull quotes as the field's value, for a batch of articles."""
    ids = list(article_ids)
    found: dict[int, list[Any]] = {i: [] for i in ids}
    t = PULL_QUOTE_TABLE
    for start in range(0, len(ids), 5000):
        query = (
            select(t.c.article_id, t.c.text, t.c.attribution, t.c.after_paragraph)
            .where(t.c.article_id.in_(ids[start : start + 5000]))
            .order_by(t.c.article_id, t.c.position)
        )
        for q in connection.execute(query):
            found[q.article_id].append(
                {"text": q.text, "attribution": q.attribution, "after_paragraph": q.after_paragraph}
            )
    return found


def write_pull_quotes(connection: Connection, article_id: int, quotes: list[Any]) -> None:
    t = PULL_QUOTE_TABLE
    connection.execute(delete(t).where(t.c.article_id == article_id))
    if quotes:
        connection.execute(
            insert(t),
            [
                {"article_id": article_id, "position": i, "text": q.get("text", ""),
                 "attribution": q.get("attribution", ""),
                 "after_paragraph": int(q.get("after_paragraph", 0))}
                for i, q in enumerate(quotes)
            ],
        )  # fmt: skip
