"""Queries on an article as stored: written with the article's text in one
transaction, and re-anchored when the text changes by any route other than the
open article (which moves anchors itself as the user types)."""

from __future__ import annotations

from datetime import datetime

from deskeditor.domain.article import Article
from deskeditor.domain.diff import field_texts
from deskeditor.domain.queries import Query, QueryChanges, edits_between, follow_all
from deskeditor.storage.mapping import query_from_row
from deskeditor.storage.unit_of_work import UnitOfWork


def write_changes(uow: UnitOfWork, article_id: int, changes: QueryChanges, now: datetime) -> None:
    for query in changes.upserts:
        uow.queries.write(article_id, query, now)
    for uid in changes.deleted:
        uow.queries.delete(uid)


def follow_text(uow: UnitOfWork, before: Article, after: Article, now: datetime) -> None:
    """Move the stored queries of the article from ``before``'s text to ``after``'s."""
    assert after.id is not None
    rows = uow.queries.for_article(after.id)
    if not rows:
        return
    old, new = field_texts(before), field_texts(after)
    edits = {
        name: edits_between(old[name], new[name])
        for name in {row.field for row in rows}
        if old.get(name, "") != new.get(name, "")
    }
    for row in rows:
        if row.field in edits:
            query = query_from_row(row)
            uow.queries.write(
                after.id, query.anchored(follow_all(query.anchor, edits[row.field])), now
            )


def rebased(queries: tuple[Query, ...], typed: Article, stored: Article) -> tuple[Query, ...]:
    """Queries anchored in ``typed``'s text, moved onto ``stored``'s."""
    old, new = field_texts(typed), field_texts(stored)
    moved = []
    for query in queries:
        before, after = old.get(query.field, ""), new.get(query.field, "")
        edits = edits_between(before, after) if before != after else []
        moved.append(query.anchored(follow_all(query.anchor, edits)))
    return tuple(moved)
