"""Word-level diffs rebuild both texts exactly and show a copy editor's changes."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from deskeditor.domain.article import Article, PullQuote
from deskeditor.domain.diff import Op, count_changes, diff_articles, diff_text, side

# Copy as the desk sees it: words, curly and straight quotes, no-break and thin
# spaces, line breaks, dashes and emoji (one with a zero-width joiner).
PIECES = st.sampled_from(
    ["ferry", "council", "the", "1,200", "’", "'", "“", "”", '"', " ", "\u00a0", "\u202f",
     "\n", "\n\n", "—", ".", ",", "👩\u200d👩\u200d👧", "🚢", "é", "Straße", "\u00ad", "\t"]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=60).map("".join)


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """A text and the same text after random insertions, deletions and replacements."""
    pieces = draw(st.lists(PIECES, max_size=80))
    changed = list(pieces)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(changed)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        if kind == "insert" or not changed:
            changed.insert(at, draw(PIECES))
        elif kind == "delete":
            del changed[min(at, len(changed) - 1)]
        else:
            changed[min(at, len(changed) - 1)] = draw(PIECES)
    return "".join(pieces), "".join(changed)


@settings(max_examples=400, deadline=None)
@given(edited())
def test_runs_rebuild_both_sides_exactly(pair: tuple[str, str]) -> None:
    before, after = pair
    runs = diff_text(before, after, "body")
    assert side(runs, new=False) == before
    assert side(runs, new=True) == after
    assert all(run.text for run in runs)  # no empty runs
    assert all(a.op is not b.op for a, b in pairwise(runs))  # merged


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT)
def test_unrelated_texts_rebuild_too(before: str, after: str) -> None:
    runs = diff_text(before, after)
    assert (side(runs, new=False), side(runs, new=True)) == (before, after)


def test_a_changed_word_is_one_deletion_and_one_insertion() -> None:
    runs = diff_text("The council voted 4-3 on Tuesday.", "The city council voted 5-2 on Tuesday.")
    changed = [(r.op, r.text) for r in runs if r.op is not Op.EQUAL]
    assert changed == [(Op.INSERT, "city "), (Op.DELETE, "4-3"), (Op.INSERT, "5-2")]


def test_a_no_break_space_replaced_by_a_space_is_a_change_of_its_own() -> None:
    runs = diff_text("Ruth\u00a0Abernathy said", "Ruth Abernathy said")
    assert [(r.op, r.text) for r in runs if r.op is not Op.EQUAL] == [
        (Op.DELETE, "\u00a0"),
        (Op.INSERT, " "),
    ]


def test_curly_quotes_for_straight_ones_are_changes() -> None:
    runs = diff_text("“We counted the days,” she said.", '"We counted the days," she said.')
    assert {r.text for r in runs if r.op is Op.DELETE} == {"“", "”"}
    assert {r.text for r in runs if r.op is Op.INSERT} == {'"'}


def test_changes_count_words_per_field_in_the_editors_order() -> None:
    before = Article(headline="Ferry returns", body="The ferry is back.", byline="By Ann")
    after = before.replace(
        headline="Ferry returns after repair",
        body="The old ferry is back.",
        pull_quotes=(PullQuote("We counted the days", "Ruth", 1),),
    )
    changes = count_changes(diff_articles(before, after))
    assert changes.fields == ("headline", "body", "pull_quotes")
    assert (changes.added, changes.removed) == (2 + 1 + 8, 0)  # the quote line: 8 words
