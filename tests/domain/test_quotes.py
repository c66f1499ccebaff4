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


# -- a paragraph of many stray marks: counted, not listed ----------------------------
def test_many_stray_closing_marks_are_one_finding_that_counts_them() -> None:
    text = "Intro. " + "word” " * 12_000 + "end."
    [finding] = unbalanced([(0, text)], "body")
    assert finding.id == "quotes.unbalanced"
    assert finding.message == (
        "12,000 closing quotation marks without an opening one in this paragraph."
    )
    # It underlines from the first stray mark to the last.
    assert (finding.start, finding.end) == (text.index("”"), text.rindex("”") + 1)
    assert finding.fix is None  # where each quotation opens is for the copy editor


def test_openings_never_closed_are_counted_and_the_last_one_reported_apart() -> None:
    text = "“a " * 20
    first, last = unbalanced([(0, text)], "body")
    assert first.message == (
        "19 quotations in this paragraph are never closed before the next one opens."
    )
    nineteenth = 18 * len("“a ")
    assert (first.start, first.end) == (0, nineteenth + 1)
    assert last.message == "This quotation is never closed; the next paragraph does not reopen it."
    assert last.start == text.rindex("“")


def test_a_mix_of_strays_is_counted_by_kind() -> None:
    text = "a” b” c” d” e” f” “g “h “i “j “k”"
    [finding] = unbalanced([(0, text)], "body")
    assert finding.message == (
        "10 quotation marks in this paragraph do not pair up: 6 closing without an opening "
        "one, 4 never closed before the next one opens."
    )
    assert (finding.start, finding.end) == (1, text.index("“j") + 1)


def test_up_to_eight_strays_are_each_listed_with_their_fix() -> None:
    text = " ".join(f"Quote {n} ends here.”" for n in range(8))
    findings = unbalanced([(0, text)], "body")
    assert len(findings) == 8
    assert all(f.message == "Closing quotation mark without an opening one." for f in findings)
    assert [text[f.start : f.end] for f in findings] == [f"Quote {n} ends here.”" for n in range(8)]
    assert all(f.fix == "“" + text[f.start : f.end] for f in findings)


def test_counting_is_per_paragraph() -> None:
    stray = "word” " * 9
    paragraphs = [(0, "Clean “quote” here."), (21, stray), (21 + len(stray) + 2, "a” b”")]
    findings = unbalanced(paragraphs, "body")
    assert [f.message.split(" ")[0] for f in findings] == ["9", "Closing", "Closing"]
    assert findings[0].start == 21 + stray.index("”")
