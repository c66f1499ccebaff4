"""What the desk changed, and the questions it asked.

- revisions.words_added / words_removed / changed_fields: what changed since the
  revision before (NULL for revisions kept before this version: counted when
  first shown). revisions.coalesced_until: the last autosave folded into an
  autosave revision.
- queries, query_replies: the copy desk's queries, anchored to a span of a field,
  with replies and a resolved state. Each row has a UUID (uid) beside its integer
  id, so desks can sync them.

Revision ID: 0005_revisions
Revises: 0004_language
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_revisions"
down_revision = "0004_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("words_added", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("words_removed", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("changed_fields", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("coalesced_until", sa.DateTime(), nullable=True))
    op.create_table(
        "queries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("anchor_start", sa.Integer(), nullable=False),
        sa.Column("anchor_end", sa.Integer(), nullable=False),
        sa.Column("orphaned", sa.Boolean(), nullable=False),
        sa.Column("quoted", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_queries_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queries")),
        sa.UniqueConstraint("uid", name=op.f("uq_queries_uid")),
    )
    with op.batch_alter_table("queries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queries_article_id"), ["article_id"], unique=False)
    op.create_table(
        "query_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("query_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["query_id"],
            ["queries.id"],
            name=op.f("fk_query_replies_query_id_queries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_query_replies")),
        sa.UniqueConstraint("uid", name=op.f("uq_query_replies_uid")),
    )
    with op.batch_alter_table("query_replies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_query_replies_query_id"), ["query_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("query_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_query_replies_query_id"))
    op.drop_table("query_replies")
    with op.batch_alter_table("queries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queries_article_id"))
    op.drop_table("queries")
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_column("coalesced_until")
        batch_op.drop_column("changed_fields")
        batch_op.drop_column("words_removed")
        batch_op.drop_column("words_added")
