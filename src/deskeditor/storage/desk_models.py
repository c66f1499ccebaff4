"""Tables of the shared desk.

On a laptop (SQLite): which desk it joined and as whom (desk_state), how far it
has pulled each table (desk_cursors), the changes not yet confirmed by the
server (desk_outbox, written in the same transaction as the change itself) and
the changes the server refused (desk_refusals).

On both: desk_conflicts, one row per field where two people changed the same
value. The server writes them; every laptop pulls them; resolving one is an edit
of its resolved_* fields.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskeditor.storage.base import Base, UTCDateTime, new_uid, utcnow

# Tables only a laptop's SQLite file has (the migration creates them there only).
LAPTOP_TABLES = ("desk_state", "desk_cursors", "desk_outbox", "desk_refusals")


class DeskStateRow(Base):
    """The desk this laptop database has joined (one row, or none)."""

    __tablename__ = "desk_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The server's address without any password (libpq URL); secrets live elsewhere.
    server_url: Mapped[str] = mapped_column(Text)
    login: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(40), default="")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # True once the first pull has finished (a join interrupted half-way resumes).
    complete: Mapped[bool] = mapped_column(default=False)


class DeskCursorRow(Base):
    """The highest server sequence number pulled for one table."""

    __tablename__ = "desk_cursors"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class DeskOutboxRow(Base):
    """One local change waiting for the server: per field [seen, new]."""

    __tablename__ = "desk_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_uid: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))  # insert, update, delete
    base_version: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DeskRefusalRow(Base):
    """A change the server refused (the person's role forbids it), kept with the
    server's reason: never retried, never silently dropped."""

    __tablename__ = "desk_refusals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_uid: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))
    row_uid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DeskConflictRow(Base):
    """Two people changed one field: the server kept ``theirs``, ``mine`` is the
    value it did not take, ``base`` what the author of ``mine`` had seen."""

    __tablename__ = "desk_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True, unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_uid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    login: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    # The value the resolution kept (mine or theirs), for the record.
    resolution: Mapped[str] = mapped_column(Text, default="")
