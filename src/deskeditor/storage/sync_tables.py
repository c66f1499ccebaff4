"""Which tables a desk syncs, and how their values travel.

Declared once: the recorder (storage/outbox.py), push and pull
(services/desk/) derive everything from SYNCED. On the wire a row is its uid
and a dict of fields; a foreign key travels as the parent's uid (integer ids
differ between laptops), bytes as base64, times as ISO 8601 in UTC, enums as
their value. An article's pull quotes are one field of the article
(``pull_quotes``, a list), not rows of their own.
"""

from __future__ import annotations

import base64
import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Column, Enum, Float, Integer, LargeBinary, Table

from deskeditor.storage.base import Base, UTCDateTime
from deskeditor.storage.desk_models import DeskConflictRow
from deskeditor.storage.models import (
    ArticleRow,
    CorrectionEventRow,
    CorrectionNoticeRow,
    CorrectionReplyRow,
    CorrectionRequestRow,
    QueryReplyRow,
    QueryRow,
    RevisionRow,
)

PULL_QUOTES = "pull_quotes"
# Never on the wire: local keys and the version counter (each side counts its own).
_LOCAL = frozenset({"id", "uid", "version"})
# A value whose old state was not loaded when it changed: equal to nothing.
UNKNOWN = {"$unknown": True}


def table_of(model: type[Base]) -> Table:
    """A model's Core table, typed as one."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class SyncedTable:
    model: type[Base]
    # Foreign keys: local column -> parent table (the value travels as the parent's uid).
    parents: dict[str, str] = field(default_factory=dict)
    # Natural keys unique on every side: a clash gets a free value on the server.
    unique: tuple[str, ...] = ()
    # Bookkeeping merged without a conflict: "max" or "min" of both sides.
    stamps: dict[str, str] = field(default_factory=dict)
    # Fields people edit on this desk (what `desk conflicts` names first).
    has_pull_quotes: bool = False

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)

    @property
    def table(self) -> Table:
        return table_of(self.model)

    @property
    def columns(self) -> tuple[str, ...]:
        """The fields that travel, in the table's order (the pull quotes last)."""
        names = tuple(c.name for c in self.table.columns if c.name not in _LOCAL)
        return (*names, PULL_QUOTES) if self.has_pull_quotes else names

    def column(self, name: str) -> Column[Any]:
        return self.table.columns[name]


# Parents before children: a pull applies them in this order.
SYNCED: tuple[SyncedTable, ...] = (
    SyncedTable(
        ArticleRow,
        unique=("slug",),
        stamps={"updated_at": "max", "created_at": "min", "word_count": "max"},
        has_pull_quotes=True,
    ),
    SyncedTable(
        CorrectionRequestRow,
        parents={"thread_root_id": "correction_requests", "article_id": "articles"},
        unique=("message_id",),
        stamps={"updated_at": "max", "created_at": "min", "received_at": "min"},
    ),
    SyncedTable(RevisionRow, parents={"article_id": "articles"}),
    SyncedTable(
        QueryRow,
        parents={"article_id": "articles"},
        stamps={"updated_at": "max", "created_at": "min"},
    ),
    SyncedTable(QueryReplyRow, parents={"query_id": "queries"}),
    SyncedTable(CorrectionEventRow, parents={"request_id": "correction_requests"}),
    SyncedTable(
        CorrectionNoticeRow,
        parents={"article_id": "articles", "request_id": "correction_requests"},
        stamps={"created_at": "min"},
    ),
    SyncedTable(
        CorrectionReplyRow,
        parents={"request_id": "correction_requests"},
        stamps={"updated_at": "max", "created_at": "min"},
    ),
    SyncedTable(DeskConflictRow),
)
BY_NAME = {spec.name: spec for spec in SYNCED}
BY_MODEL: dict[type[Base], SyncedTable] = {spec.model: spec for spec in SYNCED}


def encode(column: Column[Any], value: Any) -> Any:
    """A column's value as JSON can carry it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, LargeBinary):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(kind, UTCDateTime) or isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def decode(column: Column[Any], value: Any) -> Any:
    """The Python value for ``column`` from what encode() made of it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Float):
        return float(value)
    return value


def pull_quotes_value(quotes: list[Any]) -> list[dict[str, Any]]:
    """Pull quote rows (anything with text, attribution, after_paragraph and
    position) as the article's ``pull_quotes`` field."""
    ordered = sorted(quotes, key=lambda q: q.position)
    return [
        {"text": q.text, "attribution": q.attribution, "after_paragraph": q.after_paragraph}
        for q in ordered
    ]
