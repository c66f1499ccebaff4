"""The open article's queries, following its text as it is typed (domain/query_tracker.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from deskeditor.domain.queries import Edit, QueryChanges, new_query
from deskeditor.domain.query_tracker import QueryTracker

BODY = "The ferry returns after a two-year repair."
AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def tracker_with_a_query_on_ferry() -> QueryTracker:
    tracker = QueryTracker()
    query = new_query("body", 4, 9, BODY, "Desk", "Which ferry?", AT)
    tracker.reset([query], {"body": BODY, "headline": "Ferry back"})
    return tracker


def test_typing_before_a_query_moves_it_and_is_a_change_to_store() -> None:
    tracker = tracker_with_a_query_on_ferry()
    assert tracker.changes() == QueryChanges((), ())
    typed = "Yes, " + BODY
    assert tracker.follow("body", typed, [Edit(0, 0, 5)])
    (query,) = tracker.queries
    assert typed[query.start : query.end] == "ferry"
    assert tracker.text("body") == typed
    assert tracker.changes().upserts == (query,)


def test_typing_in_another_field_moves_nothing() -> None:
    tracker = tracker_with_a_query_on_ferry()
    assert not tracker.follow("headline", "Ferry back today", [Edit(10, 0, 6)])
    assert tracker.changes() == QueryChanges((), ())
    assert tracker.text("headline") == "Ferry back today"


def test_what_was_stored_is_no_longer_a_change_but_later_changes_are() -> None:
    tracker = tracker_with_a_query_on_ferry()
    tracker.follow("body", "Yes, " + BODY, [Edit(0, 0, 5)])
    saving = tracker.changes()
    (query,) = tracker.queries
    tracker.put(query.replied("Reporter", "The Millbrook one.", AT))  # while it was saved
    tracker.stored(saving)
    assert [q.uid for q in tracker.changes().upserts] == [query.uid]
    assert tracker.changes().upserts[0].replies


def test_a_removed_query_is_a_deletion_to_store() -> None:
    tracker = tracker_with_a_query_on_ferry()
    (query,) = tracker.queries
    assert tracker.remove(query.uid) and not tracker.remove(query.uid)
    assert tracker.changes() == QueryChanges((), (query.uid,))
    assert tracker.get(query.uid) is None
