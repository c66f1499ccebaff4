"""A query's anchor follows edits: text before it moves it, edits inside it stretch
or shrink it, and deleting the whole span orphans it rather than losing it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskeditor.domain.queries import (
    Anchor,
    Edit,
    edits_between,
    follow,
    follow_all,
    single_edit,
    typed_edits,
)

BODY = "The ferry returns after a two-year repair."
FERRY = Anchor(4, 9)  # "ferry"


def apply(text: str, edit: Edit, inserted: str) -> str:
    assert len(inserted) == edit.added
    return text[: edit.position] + inserted + text[edit.position + edit.removed :]


def test_text_typed_before_the_span_moves_it() -> None:
    moved = follow(FERRY, Edit(0, 0, 4))
    text = apply(BODY, Edit(0, 0, 4), "Yes ")
    assert text[moved.start : moved.end] == "ferry"


def test_typing_at_either_end_stays_outside_the_span() -> None:
    assert follow(FERRY, Edit(4, 0, 4)) == Anchor(8, 13)  # at the start: moves it
    assert follow(FERRY, Edit(9, 0, 5)) == FERRY  # at the end: after it


def test_an_edit_inside_stretches_or_shrinks_it() -> None:
    assert follow(FERRY, Edit(6, 1, 3)) == Anchor(4, 11)
    assert follow(FERRY, Edit(5, 3, 0)) == Anchor(4, 6)


def test_cutting_into_the_start_trims_it_and_typing_from_inside_joins_it() -> None:
    assert follow(FERRY, Edit(2, 4, 0)) == Anchor(2, 5)  # "e ferry" → "rry" left
    assert follow(FERRY, Edit(7, 5, 1)) == Anchor(4, 8)  # "fer" + what was typed
    assert follow(FERRY, Edit(4, 1, 1)) == Anchor(4, 9)  # its first letter retyped


def test_deleting_the_whole_span_orphans_it_where_it_was() -> None:
    orphan = follow(FERRY, Edit(4, 6, 0))
    assert orphan == Anchor(4, 4, orphaned=True)
    retyped = follow(FERRY, Edit(4, 5, 4))  # selected and typed over
    assert retyped.orphaned
    assert follow(orphan, Edit(0, 0, 3)) == Anchor(7, 7, orphaned=True)  # still moves
    assert follow(orphan, Edit(4, 0, 3)).start == 4  # typing at its place comes after it


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, int, int, list[tuple[Edit, str]]]:
    text = draw(st.text(alphabet="ab \u00a0’🚢", min_size=2, max_size=40))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    edits = []
    current = text
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(current)))
        removed = draw(st.integers(0, len(current) - position))
        inserted = draw(st.text(alphabet="xy", max_size=4))
        edit = Edit(position, removed, len(inserted))
        edits.append((edit, inserted))
        current = apply(current, edit, inserted)
    return text, start, end, edits


@settings(max_examples=500, deadline=None)
@given(text_and_edits())
def test_the_anchor_survives_edits_around_it(
    case: tuple[str, int, int, list[tuple[Edit, str]]],
) -> None:
    """Each character knows whether it belongs to the query: the span's own, and text
    typed by an edit that began inside the span (typing just before its first
    character is before it). The anchor always covers exactly
    those, and is orphaned only when an edit took all of them."""
    text, start, end, edits = case
    anchor = Anchor(start, end)
    mine = [start <= i < end for i in range(len(text))]
    orphaned = False
    for edit, inserted in edits:
        anchor = follow(anchor, edit)
        cut = slice(edit.position, edit.position + edit.removed)
        ours = [i for i, m in enumerate(mine) if m]
        took_all = bool(ours) and all(cut.start <= i < cut.stop for i in ours)
        # Typing at the span's start (nothing removed) comes before it.
        begins_inside = bool(ours) and (
            ours[0] < edit.position <= ours[-1] or (edit.position == ours[0] and edit.removed > 0)
        )
        typed_inside = begins_inside and not took_all
        orphaned = orphaned or took_all
        mine[cut] = [typed_inside] * len(inserted)
        assert 0 <= anchor.start <= anchor.end <= len(mine)
    ours = [i for i, m in enumerate(mine) if m]
    if orphaned:
        assert anchor.orphaned and anchor.start == anchor.end and not ours
        return
    assert not anchor.orphaned and ours
    assert (anchor.start, anchor.end) == (ours[0], ours[-1] + 1)
    assert all(mine[anchor.start : anchor.end])


@pytest.mark.parametrize("edits", [edits_between, typed_edits])
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \u00a0", max_size=30), st.text(alphabet="ab \u00a0", max_size=30))
def test_the_edits_between_two_texts_replay_exactly(
    edits: Callable[[str, str], list[Edit]], before: str, after: str
) -> None:
    """Each at its place in the text as it then is; what it puts there is ``after``'s
    (everything up to the end of an edit's insertion is as ``after`` has it)."""
    text = before
    for edit in edits(before, after):
        assert 0 <= edit.position <= len(text)
        inserted = after[edit.position : edit.position + edit.added]
        text = text[: edit.position] + inserted + text[edit.position + edit.removed :]
    assert text == after


def test_a_span_untouched_by_a_rewrite_elsewhere_keeps_its_text() -> None:
    after = "Yes, the ferry returns after a repair that took two years."
    moved = follow_all(FERRY, edits_between(BODY, after))
    assert after[moved.start : moved.end] == "ferry"


def test_a_one_line_fields_edit_is_read_from_its_old_and_new_text() -> None:
    assert single_edit("Ferry returns", "Ferry returns today") == Edit(13, 0, 6)
    assert single_edit("Ferry returns", "Ferry returns") is None


def test_a_letter_typed_inside_a_queried_word_keeps_the_query_on_it() -> None:
    after = "The ferrry returns after a two-year repair."
    assert follow_all(FERRY, edits_between(BODY, after)).orphaned  # the word diff cuts it loose
    moved = follow_all(FERRY, typed_edits(BODY, after))
    assert after[moved.start : moved.end] == "ferrry"
