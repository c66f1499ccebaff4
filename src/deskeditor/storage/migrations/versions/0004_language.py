"""Each article's language (a BCP 47 tag; empty: the desk's default language).

Revision ID: 0004_language
Revises: 0003_intake
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_language"
down_revision = "0003_intake"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite does it in place, so the table (and the search
    # index's triggers on it) are not rebuilt.
    op.add_column(
        "articles", sa.Column("language", sa.String(length=35), server_default="", nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("language")
