"""A quotation with no opening mark: where it opens, what the fix inserts."""

from __future__ import annotations

from deskeditor.domain.checks.quotes import unbalanced


def only(text: str) -> tuple[str, str | None, str | None]:
    [finding] = unbalanced([(0, text)], "body")
    assert finding.fix is not None
    # The fix replaces the flagged span: applying it gives the corrected paragraph.
    fixed = text[: finding.start] + finding.fix + text[finding.end :]
    return text[finding.start : finding.end], fixed, finding.fix_label


def test_points_at_the_paragraph_start_and_underlines_the_quotation() -> None:
    span, fixed, label = only("We counted the days,” she said.")
    assert span == "We counted the days,”"
    assert fixed == "“We counted the days,” she said."
    assert label == "“ → insert at paragraph start"


def test_after_a_closed_quotation_it_opens_at_the_next_sentence() -> None:
    span, fixed, label = only("“We won,” he said. It was close,” she added.")
    assert span == "It was close,”"
    assert fixed == "“We won,” he said. “It was close,” she added."
    assert label == "“ → insert at sentence start"


def test_markdown_quote_markers_are_stepped_over() -> None:
    span, fixed, _ = only("> We counted the days,” she said.")
    assert span == "We counted the days,”"
    assert fixed == "> “We counted the days,” she said."


def test_straight_quotes_get_a_straight_opening_mark() -> None:
    _, fixed, label = only('We counted the days," she said.')
    assert fixed == '"We counted the days," she said.'
    assert label == '" → insert at paragraph start'


def test_offsets_are_within_the_body() -> None:
    paragraphs = [(0, "First paragraph."), (18, "Second one,” she said.")]
    [finding] = unbalanced(paragraphs, "body")
    assert (finding.start, finding.end) == (18, 18 + len("Second one,”"))
