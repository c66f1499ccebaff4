"""The wire document each imported article came from (article_sources), and how far
the inbox has read each IMAP folder (mailbox_states), and the files watched wire
folders delivered, by content hash (watched_files).

Revision ID: 0003_intake
Revises: 0002_workflow
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_intake"
down_revision = "0002_workflow"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_sources",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("uri", sa.Text(), nullable=False),
        sa.Column("item_version", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_sources_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_sources")),
    )
    op.create_table(
        "mailbox_states",
        sa.Column("account", sa.String(length=1000), nullable=False),
        sa.Column("uid_validity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("account", name=op.f("pk_mailbox_states")),
    )
    op.create_table(
        "watched_files",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_watched_files_article_id_articles"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_watched_files")),
    )
    with op.batch_alter_table("watched_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watched_files_article_id"), ["article_id"])


def downgrade() -> None:
    op.drop_table("watched_files")
    op.drop_table("mailbox_states")
    op.drop_table("article_sources")
