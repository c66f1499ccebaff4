"""The article workflow and the inbox in the desk's terms.

- revisions.note: what a status change, a publish override (its reason), a slug
  change or a notice edit was about.
- correction_requests.sent_at: the reader's Date header. received_at becomes
  when the desk received the message (for stored requests: when they were
  imported), so ages and the overdue flag count from the desk's receipt.
- correction_replies: replies reviewed before they are saved or sent. Every
  "reader replied" so far was only a drafted file, so it becomes "reply saved".

Revision ID: 0002_workflow
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_workflow"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("correction_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sent_at", sa.DateTime(), nullable=True))
    # A request filed without a Date header got its import time as received_at.
    op.execute(
        "UPDATE correction_requests SET "
        "sent_at = CASE WHEN received_at = created_at THEN NULL ELSE received_at END, "
        "received_at = created_at"
    )
    op.execute(
        "UPDATE correction_requests SET status = 'reply saved' WHERE status = 'reader replied'"
    )
    op.create_table(
        "correction_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("in_reply_to", sa.String(length=998), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=True),
        sa.Column("saved_path", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["correction_requests.id"],
            name=op.f("fk_correction_replies_request_id_correction_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction_replies")),
    )
    with op.batch_alter_table("correction_replies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_correction_replies_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("correction_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_replies_request_id"))
    op.drop_table("correction_replies")
    op.execute(
        "UPDATE correction_requests SET status = 'reader replied' WHERE status = 'reply saved'"
    )
    op.execute("UPDATE correction_requests SET received_at = COALESCE(sent_at, received_at)")
    with op.batch_alter_table("correction_requests", schema=None) as batch_op:
        batch_op.drop_column("sent_at")
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_column("note")
