"""The desk's first look: the article list and the last open article, read with plain
sqlite3 before SQLAlchemy has loaded, so the window shows them at once.

Importing SQLAlchemy and the table mapping costs ~0.5 s; one page of the list and
one article cost ~1 ms read directly. This module reads only, through a read-only
connection, and only a database already at this build's schema (anything else
waits for the full open, which upgrades or refuses it). It imports nothing of
SQLAlchemy: keep it that way, or the first look stops being first.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path

from deskeditor.domain.article import (
    EDITABLE_FIELDS,
    STAMP_FIELDS,
    Article,
    ArticleQuery,
    ArticleStatus,
    ArticleSummary,
    PullQuote,
)
from deskeditor.storage import SCHEMA_HEAD

# The list's default order (newest first), as the repository sorts it.
_DEFAULT = ArticleQuery()
_LIVE = "deleted_at IS NULL"
_SUMMARY = "id, headline, section, byline, status, word_count, updated_at, slug, uid"
_ARTICLE = ", ".join(("id", "version", "uid", "deleted_at", *EDITABLE_FIELDS, *STAMP_FIELDS))


class FirstLook:
    """The list in its default order and single articles, from a read-only connection.

    Serves the article list model (``count``, ``list_page``, ``search_results``) for
    the default query only: any other (a search, a filter, the trash) shows nothing
    until the desk has opened and its service takes over, a fraction of a second on.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection
        self._version = self._data_version()

    def changed(self) -> bool:
        """Whether another connection has committed a change since this one opened
        (what it read may be stale)."""
        return self._data_version() != self._version

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def count(self, query: ArticleQuery) -> int:
        if query != _DEFAULT:
            return 0
        return int(self._conn.execute(f"SELECT count(*) FROM articles WHERE {_LIVE}").fetchone()[0])

    def list_page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]:
        if query != _DEFAULT:
            return []
        rows = self._conn.execute(
            f"SELECT {_SUMMARY} FROM articles WHERE {_LIVE} "
            "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [
            ArticleSummary(
                id=r[0],
                headline=r[1],
                section=r[2],
                byline=r[3],
                status=ArticleStatus(r[4]),
                word_count=r[5],
                updated_at=_utc(r[6]),
                slug=r[7],
                uid=r[8],
            )
            for r in rows
        ]

    def search_results(self, query: ArticleQuery) -> list[ArticleSummary]:
        return []  # searching waits for the desk's index, opened with the desk

    def get(self, article_id: int) -> Article | None:
        """The stored article, as the article service would give it; None when absent."""
        row = self._conn.execute(
            f"SELECT {_ARTICLE} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        values = dict(zip(("id", "version", "uid", "deleted_at"), row[:4], strict=True))
        fields = dict(zip((*EDITABLE_FIELDS, *STAMP_FIELDS), row[4:], strict=True))
        fields["status"] = ArticleStatus(fields["status"])
        for name in STAMP_FIELDS:
            fields[name] = _moment(fields[name])
        quotes = self._conn.execute(
            "SELECT text, attribution, after_paragraph FROM pull_quotes "
            "WHERE article_id = ? ORDER BY position",
            (article_id,),
        )
        return Article(
            id=values["id"],
            version=values["version"],
            uid=values["uid"],
            deleted_at=_moment(values["deleted_at"]),
            pull_quotes=tuple(PullQuote(*q) for q in quotes),
            **fields,
        )

    def close(self) -> None:
        self._conn.close()


def first_look(path: Path) -> FirstLook | None:
    """A first look at the database at ``path``; None when there is nothing to look at
    yet or it is not for a first look (missing, another schema, unreadable)."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        with closing(connection.execute("SELECT version_num FROM alembic_version")) as cursor:
            row = cursor.fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != SCHEMA_HEAD:
        with suppress(sqlite3.Error):
            connection.close()
        return None
    return FirstLook(connection)


def _utc(value: str) -> datetime:
    """A stored moment (naive UTC text, as SQLAlchemy writes it) as an aware datetime."""
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _moment(value: str | None) -> datetime | None:
    return None if value is None else _utc(value)
