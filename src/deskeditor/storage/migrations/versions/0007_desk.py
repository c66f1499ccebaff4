"""The shared desk: a global id (uid) on every row that syncs, the conflict rows,
and per dialect what only one side needs.

- Both: ``uid`` on articles, revisions and the corrections tables (existing rows
  get one; a reader's message gets the UUID 5 of its Message-ID and bytes, so two
  laptops that filed the same mail agree); ``desk_conflicts``.
- SQLite (a laptop): desk_state, desk_cursors, desk_outbox, desk_refusals.
- PostgreSQL (the desk's server): a change sequence (``desk_seq``) stamped on
  every write by a trigger that also takes a transaction lock, so commits are
  seen in sequence order and a pull never skips one; who wrote it (``desk_by``);
  tombstones for deleted rows; NOTIFY on every commit; leases, the people of
  the desk and the changes already applied (pushes are idempotent); the rights
  (only a chief publishes, overrides the gate or purges: see desk_guard_*);
  full-text search as a weighted ``tsvector`` column with a GIN index.

Revision ID: 0007_desk
Revises: 0006_nothing_lost
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_desk"
down_revision = "0006_nothing_lost"
branch_labels = None
depends_on = None

UID_TABLES = (
    "articles",
    "revisions",
    "correction_requests",
    "correction_events",
    "correction_notices",
    "correction_replies",
)
REQUEST_NAMESPACE = uuid.UUID("9a3c5f0e-5b1d-4f7e-9d51-6a1f0c2b7e44")
SQLITE_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in UID_TABLES:
        _add_uid(table, dialect)
    _conflicts_table()
    if dialect == "sqlite":
        _laptop_tables()
    elif dialect == "postgresql":
        from deskeditor.storage.server_schema import SERVER_DDL

        for statement in SERVER_DDL:
            op.execute(statement)


def _add_uid(table: str, dialect: str) -> None:
    # A plain ADD COLUMN (SQLite does it in place: the search triggers stay).
    op.add_column(table, sa.Column("uid", sa.String(length=36), server_default="", nullable=False))
    if table == "correction_requests":
        bind = op.get_bind()
        rows = bind.execute(sa.text("SELECT id, message_id, content_hash FROM correction_requests"))
        values = [
            {
                "id": r.id,
                "uid": str(uuid.uuid5(REQUEST_NAMESPACE, f"{r.message_id}\n{r.content_hash}")),
            }
            for r in rows
        ]
        if values:
            bind.execute(
                sa.text("UPDATE correction_requests SET uid = :uid WHERE id = :id"), values
            )
    elif dialect == "sqlite":
        op.execute(f"UPDATE {table} SET uid = {SQLITE_UUID}")
    else:
        op.execute(f"UPDATE {table} SET uid = gen_random_uuid()::text")
    op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def _conflicts_table() -> None:
    op.create_table(
        "desk_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_conflicts")),
    )
    op.create_index("ix_desk_conflicts_uid", "desk_conflicts", ["uid"], unique=True)
    op.create_index("ix_desk_conflicts_row_uid", "desk_conflicts", ["row_uid"])


def _laptop_tables() -> None:
    op.create_table(
        "desk_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_state")),
    )
    op.create_table(
        "desk_cursors",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_desk_cursors")),
    )
    op.create_table(
        "desk_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uid", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_outbox")),
        sa.UniqueConstraint("change_uid", name=op.f("uq_desk_outbox_change_uid")),
    )
    op.create_index("ix_desk_outbox_row_uid", "desk_outbox", ["row_uid"])
    op.create_table(
        "desk_refusals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_refusals")),
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in ("desk_refusals", "desk_outbox", "desk_cursors", "desk_state"):
            op.drop_table(table)
    elif dialect == "postgresql":
        from deskeditor.storage.server_schema import SERVER_DROP

        for statement in SERVER_DROP:
            op.execute(statement)
    op.drop_table("desk_conflicts")
    for table in UID_TABLES:
        op.drop_index(f"ix_{table}_uid", table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("uid")
