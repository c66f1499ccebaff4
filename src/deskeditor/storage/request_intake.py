"""Filing reader mail in bulk: each request one INSERT, a transaction's history lines
one executemany, run on the driver's cursor of the session's connection.

Executing a Core insert cost SQLAlchemy ~100 µs of its own work a row, four times
what SQLite needs for the insert (bench/inbox.py). The statement is still SQLAlchemy's,
compiled once from the table, and every value still goes through its column type's
own bind processor: only the per-statement machinery is skipped. A driver error is
raised as SQLAlchemy raises it (DBAPIError), so the unit of work reports it as usual.

A database that has joined a desk records every write in its outbox through the ORM
(storage/outbox.py): there, the repository files through the ORM instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, DateTime, Table, bindparam, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Plan:
    """A table's INSERT of every column but its id, as the dialect runs it."""

    sql: str
    names: tuple[str, ...]
    processors: tuple[tuple[int, Processor], ...]  # (position, converter) where there is one

    def row(self, values: Mapping[str, object]) -> list[object]:
        row = list(itemgetter(*self.names)(values))
        for position, process in self.processors:
            row[position] = process(row[position])
        return row


_PLANS: dict[tuple[str, str], _Plan | None] = {}


def _plan(table: Table, dialect: Dialect) -> _Plan | None:
    """The compiled INSERT for ``table``; None for a dialect whose driver takes named
    parameters (not SQLite's), which is left to Core."""
    key = (table.name, dialect.name)
    if key not in _PLANS:
        columns = [c for c in table.c if not c.primary_key]
        statement = insert(table).values({c.name: bindparam(c.name) for c in columns})
        compiled = statement.compile(dialect=dialect)
        names = compiled.positiontup
        if names is None:
            _PLANS[key] = None
        else:
            _PLANS[key] = _Plan(str(compiled), tuple(names), _processors(table, names, dialect))
    return _PLANS[key]


def _processors(
    table: Table, names: Sequence[str], dialect: Dialect
) -> tuple[tuple[int, Processor], ...]:
    """The columns' bind processors, by position; a timestamp's memoised, one memo per
    timestamp type ("now" recurs in a row's columns and in the rows after it)."""
    found: list[tuple[int, Processor]] = []
    timestamps: dict[type, Processor] = {}
    for position, name in enumerate(names):
        column_type = table.c[name].type
        bind = column_type.dialect_impl(dialect).bind_processor(dialect)
        if bind is None:
            continue
        process: Processor = bind
        if _is_datetime(column_type):
            process = timestamps.setdefault(type(column_type), lru_cache(32)(bind))
        found.append((position, process))
    return tuple(found)


def _is_datetime(column_type: TypeEngine[Any]) -> bool:
    """A timestamp column (UTCDateTime decorates DateTime)."""
    return isinstance(column_type, DateTime) or isinstance(
        getattr(column_type, "impl", None), DateTime
    )


def insert_row(connection: Connection, table: Table, values: Mapping[str, object]) -> int:
    """Insert one row (a value for every column but the id); its new id."""
    plan = _plan(table, connection.dialect)
    if plan is None:
        statement = insert(table).returning(*table.primary_key.columns)
        return int(connection.execute(statement, dict(values)).scalar_one())
    cursor = connection.connection.cursor()
    try:
        cursor.execute(plan.sql, plan.row(values))
        row_id = cursor.lastrowid
    except connection.dialect.loaded_dbapi.Error as error:
        raise _wrapped(plan, error, connection) from error
    finally:
        cursor.close()
    assert isinstance(row_id, int)
    return row_id


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
    """Insert rows (each a value for every column but the id) in one statement."""
    plan = _plan(table, connection.dialect)
    if plan is None:
        connection.execute(insert(table), [dict(r) for r in rows])
        return
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(plan.sql, [plan.row(r) for r in rows])
    except connection.dialect.loaded_dbapi.Error as error:
        raise _wrapped(plan, error, connection) from error
    finally:
        cursor.close()


def _wrapped(plan: _Plan, error: Exception, connection: Connection) -> BaseException:
    """The driver's error as SQLAlchemy would have raised it (IntegrityError,
    OperationalError…), without the values: a message's bytes are no error message."""
    dialect = connection.dialect
    return DBAPIError.instance(plan.sql, None, error, dialect.loaded_dbapi.Error, dialect=dialect)
