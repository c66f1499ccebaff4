"""Initial schema: articles, pull quotes, revisions, corrections, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 04:22:43.112864
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The search index is SQLite FTS5 over external content (the articles table), so
# the text is stored once; triggers keep it in step with every write. detail=none
# keeps only which articles hold a word (1.25x the database instead of 1.85x with
# positions); phrases and ranking are finished on a bounded set of hits.
FTS_COLUMNS = "headline, dek, body, byline"
SQLITE_SEARCH_DDL = (
    "CREATE VIRTUAL TABLE article_fts USING fts5("
    f"{FTS_COLUMNS}, content='articles', content_rowid='id', "
    "detail=none, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO article_fts(rowid, {FTS_COLUMNS}) "
    "VALUES (new.id, new.headline, new.dek, new.body, new.byline); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    f"INSERT INTO article_fts(article_fts, rowid, {FTS_COLUMNS}) "
    "VALUES ('delete', old.id, old.headline, old.dek, old.body, old.byline); END",
    f"CREATE TRIGGER articles_fts_update AFTER UPDATE OF {FTS_COLUMNS} ON articles BEGIN "
    f"INSERT INTO article_fts(article_fts, rowid, {FTS_COLUMNS}) "
    "VALUES ('delete', old.id, old.headline, old.dek, old.body, old.byline); "
    f"INSERT INTO article_fts(rowid, {FTS_COLUMNS}) "
    "VALUES (new.id, new.headline, new.dek, new.body, new.byline); END",
)
SORTABLE_COLUMNS = ("updated_at", "headline", "section", "byline", "status", "word_count")
SQLITE_SEARCH_DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS article_fts",
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("section", sa.String(length=120), nullable=False),
        sa.Column("kicker", sa.String(length=200), nullable=False),
        sa.Column("headline", sa.String(length=500), nullable=False),
        sa.Column("dek", sa.Text(), nullable=False),
        sa.Column("byline", sa.String(length=300), nullable=False),
        sa.Column("dateline", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "editing",
                "copy desk",
                "ready",
                "published",
                "corrected",
                name="article_status",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("editorial_note", sa.Text(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("slug", name=op.f("uq_articles_slug")),
    )
    live, deleted = sa.text("deleted_at IS NULL"), sa.text("deleted_at IS NOT NULL")
    for column in SORTABLE_COLUMNS:
        op.create_index(
            f"ix_articles_live_{column}",
            "articles",
            [column],
            sqlite_where=live,
            postgresql_where=live,
        )
    op.create_index(
        "ix_articles_trash",
        "articles",
        ["deleted_at"],
        sqlite_where=deleted,
        postgresql_where=deleted,
    )

    op.create_table(
        "correction_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("thread_root_id", sa.Integer(), nullable=True),
        sa.Column("in_reply_to", sa.String(length=998), nullable=True),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("sender_name", sa.String(length=320), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("parse_error", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("quoted_phrase", sa.Text(), nullable=True),
        sa.Column("match_confidence", sa.Float(), nullable=True),
        sa.Column("match_evidence", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "triaging",
                "investigating",
                "approved",
                "rejected",
                "duplicate",
                "fixed",
                "notice published",
                "reader replied",
                "closed",
                name="request_status",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("assignee", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_correction_requests_article_id_articles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["thread_root_id"],
            ["correction_requests.id"],
            name=op.f("fk_correction_requests_thread_root_id_correction_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction_requests")),
        sa.UniqueConstraint("message_id", name=op.f("uq_correction_requests_message_id")),
    )
    with op.batch_alter_table("correction_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_correction_requests_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_correction_requests_content_hash"), ["content_hash"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_correction_requests_received_at"), ["received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_correction_requests_sender"), ["sender"], unique=False)
        batch_op.create_index(batch_op.f("ix_correction_requests_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_correction_requests_thread_root_id"), ["thread_root_id"], unique=False
        )

    op.create_table(
        "pull_quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attribution", sa.String(length=300), nullable=False),
        sa.Column("after_paragraph", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_pull_quotes_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pull_quotes")),
    )
    with op.batch_alter_table("pull_quotes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pull_quotes_article_id"), ["article_id"], unique=False)

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "autosave",
                "save",
                "import",
                "correction",
                "restore",
                name="revision_reason",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_revisions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
    )
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_revisions_article_id_created_at", ["article_id", "created_at"], unique=False
        )

    op.create_table(
        "correction_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["correction_requests.id"],
            name=op.f("fk_correction_events_request_id_correction_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction_events")),
    )
    with op.batch_alter_table("correction_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_correction_events_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "correction_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "correction",
                "clarification",
                "editor's note",
                "update",
                name="notice_kind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "position",
            sa.Enum("top", "bottom", name="notice_position", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_correction_notices_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["correction_requests.id"],
            name=op.f("fk_correction_notices_request_id_correction_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction_notices")),
    )
    with op.batch_alter_table("correction_notices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_correction_notices_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_correction_notices_request_id"), ["request_id"], unique=False
        )

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH_DROP:
            op.execute(statement)
    with op.batch_alter_table("correction_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_notices_request_id"))
        batch_op.drop_index(batch_op.f("ix_correction_notices_article_id"))

    op.drop_table("correction_notices")
    with op.batch_alter_table("correction_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_events_request_id"))

    op.drop_table("correction_events")
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_revisions_article_id_created_at")

    op.drop_table("revisions")
    with op.batch_alter_table("pull_quotes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pull_quotes_article_id"))

    op.drop_table("pull_quotes")
    with op.batch_alter_table("correction_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_requests_thread_root_id"))
        batch_op.drop_index(batch_op.f("ix_correction_requests_status"))
        batch_op.drop_index(batch_op.f("ix_correction_requests_sender"))
        batch_op.drop_index(batch_op.f("ix_correction_requests_received_at"))
        batch_op.drop_index(batch_op.f("ix_correction_requests_content_hash"))
        batch_op.drop_index(batch_op.f("ix_correction_requests_article_id"))

    op.drop_table("correction_requests")
    op.drop_index("ix_articles_trash", "articles")
    for column in SORTABLE_COLUMNS:
        op.drop_index(f"ix_articles_live_{column}", "articles")

    op.drop_table("articles")
