"""Import sources, pending drafts and the inbox's list indexes.

- ``import_sources``: the hash of each imported file, so a re-run import skips
  what came in and a re-imported file is recognised as the same copy.
- ``pending_drafts``: what a user typed into an article that someone else saved
  or deleted meanwhile, kept until they choose what to keep.
- Partial indexes on the thread roots of ``correction_requests`` (newest first,
  and per status): the inbox lists them without scanning the table; the index on
  ``thread_root_id`` becomes partial (follow-ups only), so the planner no longer
  takes it to find the roots and sorts the whole inbox for each page.

Revision ID: 0006_nothing_lost
Revises: 0005_revisions
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_nothing_lost"
down_revision = "0005_revisions"
branch_labels = None
depends_on = None

ROOTS = sa.text("thread_root_id IS NULL")
FOLLOW_UPS = sa.text("thread_root_id IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "import_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_import_sources_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_sources")),
    )
    with op.batch_alter_table("import_sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_sources_content_hash"), ["content_hash"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_sources_article_id"), ["article_id"], unique=False
        )

    op.create_table(
        "pending_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("session", sa.String(length=64), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_drafts")),
        sa.UniqueConstraint("article_id", "session", name=op.f("uq_pending_drafts_article_id")),
    )
    with op.batch_alter_table("pending_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pending_drafts_article_id"), ["article_id"], unique=False
        )

    op.drop_index("ix_correction_requests_thread_root_id", "correction_requests")
    op.create_index(
        "ix_correction_requests_thread_root_id",
        "correction_requests",
        ["thread_root_id"],
        sqlite_where=FOLLOW_UPS,
        postgresql_where=FOLLOW_UPS,
    )
    op.create_index(
        "ix_correction_requests_roots",
        "correction_requests",
        ["received_at", "id"],
        sqlite_where=ROOTS,
        postgresql_where=ROOTS,
    )
    op.create_index(
        "ix_correction_requests_roots_status",
        "correction_requests",
        ["status", "received_at", "id"],
        sqlite_where=ROOTS,
        postgresql_where=ROOTS,
    )


def downgrade() -> None:
    op.drop_index("ix_correction_requests_roots_status", "correction_requests")
    op.drop_index("ix_correction_requests_roots", "correction_requests")
    op.drop_index("ix_correction_requests_thread_root_id", "correction_requests")
    op.create_index(
        "ix_correction_requests_thread_root_id", "correction_requests", ["thread_root_id"]
    )
    with op.batch_alter_table("pending_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_drafts_article_id"))
    op.drop_table("pending_drafts")
    with op.batch_alter_table("import_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_sources_article_id"))
        batch_op.drop_index(batch_op.f("ix_import_sources_content_hash"))
    op.drop_table("import_sources")
