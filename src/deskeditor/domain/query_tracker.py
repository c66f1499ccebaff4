"""The queries of the article being edited, following its text as it is typed.

Holds each query as it is now and as last stored, and the text of every field as
the anchors last saw it: an edit to a field moves the anchors in that field
(domain/queries.py says how), and what differs from the stored queries is what
the next save stores. No Qt here: ui/open_article.py feeds it the edits the
editor reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from deskeditor.domain.queries import Edit, Query, QueryChanges


class QueryTracker:
    def __init__(self) -> None:
        self._now: dict[str, Query] = {}  # uid → query as it is now
        self._stored: dict[str, Query] = {}  # uid → query as last stored
        self._texts: dict[str, str] = {}  # each field's text, as the anchors saw it

    def reset(self, queries: Sequence[Query], texts: dict[str, str]) -> None:
        """Another article (or the same, afresh): ``queries`` as stored, in ``texts``."""
        self._now = {q.uid: q for q in queries}
        self._stored = dict(self._now)
        self._texts = dict(texts)

    @property
    def queries(self) -> list[Query]:
        """As they are now, oldest first."""
        return list(self._now.values())

    def get(self, uid: str) -> Query | None:
        return self._now.get(uid)

    def text(self, field: str) -> str:
        """``field``'s text as the anchors last saw it."""
        return self._texts.get(field, "")

    def changes(self) -> QueryChanges:
        """What changed since the queries were last stored."""
        upserts = tuple(q for uid, q in self._now.items() if self._stored.get(uid) != q)
        deleted = tuple(uid for uid in self._stored if uid not in self._now)
        return QueryChanges(upserts, deleted)

    def stored(self, changes: QueryChanges) -> None:
        """``changes`` were stored (changes made since stay changes)."""
        for query in changes.upserts:
            self._stored[query.uid] = query
        for uid in changes.deleted:
            self._stored.pop(uid, None)

    def put(self, query: Query) -> None:
        """A new query, or a new state of one (replied, resolved, anchored afresh)."""
        self._now[query.uid] = query

    def remove(self, uid: str) -> bool:
        return self._now.pop(uid, None) is not None

    def follow(self, field: str, text: str, edits: Iterable[Edit]) -> bool:
        """``field`` now reads ``text``, after ``edits`` (in order, each at its place
        in the text as it then was): its anchors move. True when one did."""
        moved = False
        for edit in edits:
            for uid, query in self._now.items():
                if query.field == field:
                    after = query.after(edit)
                    if after != query:
                        self._now[uid] = after
                        moved = True
        self._texts[field] = text
        return moved
