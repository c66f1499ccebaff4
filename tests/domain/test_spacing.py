"""Spacing checks stay linear in the text: each joined sentence is judged by the
characters around it, never by re-reading the paragraph from its start."""

from __future__ import annotations

from deskeditor.domain.checks import spacing


def test_every_join_in_a_one_megabyte_paragraph_is_found() -> None:
    # ~52,000 joins in one paragraph: a check that re-read the paragraph for each
    # join (as it once did: 8,000 joins took 165 s) would run for hours here.
    unit = "The end.Start of it "
    text = unit * (1_048_576 // len(unit))
    found = spacing.missing_space_after_sentence(text, "body")
    assert len(found) == text.count("end.Start")
    assert {text[f.start : f.end] for f in found} == {"."}
    assert found[-1].fix == ". "


def test_an_address_far_back_in_a_long_run_does_not_hide_a_join() -> None:
    # The token around a dot is read only a short way each side: an address
    # thousands of characters back in the same run of text is not "this" word.
    run = "www.example.com/" + "x" * 5000 + "end.Start"
    found = spacing.missing_space_after_sentence(run, "body")
    assert [run[f.start - 3 : f.end + 5] for f in found] == ["end.Start"]
    assert not spacing.missing_space_after_sentence("see www.example.com/end.Start", "body")
