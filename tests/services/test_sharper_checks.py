"""The checks a careful copy editor marks on real wire copy: any doubled space,
trailing no-break spaces, mixed quote and apostrophe styles, hyphens typed as
dashes, subheads that are not paragraphs, and each language's quotation marks.
Every class has planted errors that must be found and traps that must stay silent."""

from __future__ import annotations

import pytest

from deskeditor.domain.article import Article
from deskeditor.domain.checks.findings import Finding
from deskeditor.services.checks import ArticleChecker, CheckSettings


def findings(checker: ArticleChecker, body: str, rule: str, language: str = "") -> list[Finding]:
    article = Article(headline="Council votes", byline="By Ann Lee", body=body, language=language)
    return [f for f in checker.check(article) if f.id == rule]


def flagged(checker: ArticleChecker, body: str, rule: str, language: str = "") -> list[str]:
    return [body[f.start : f.end] for f in findings(checker, body, rule, language)]


def fixed(body: str, found: list[Finding]) -> str:
    for f in sorted(found, key=lambda f: f.start, reverse=True):
        assert f.fix is not None
        body = body[: f.start] + f.fix + body[f.end :]
    return body


# -- any doubled space -----------------------------------------------------------------------
DOUBLED = [
    "The council\u00a0 voted on Tuesday.",  # no-break space, then a space
    "The council \u00a0voted on Tuesday.",
    "The council\u2009\u2009voted on Tuesday.",  # two thin spaces
    "The council\t voted on Tuesday.",
    "The council\u3000 voted on Tuesday.",
    "The council  voted on Tuesday.",
]


@pytest.mark.parametrize("body", DOUBLED)
def test_any_two_spaces_in_a_row_are_found(checker: ArticleChecker, body: str) -> None:
    [finding] = findings(checker, body, "spacing.double")
    assert fixed(body, [finding]).count("council") == 1
    assert len(fixed(body, [finding])) == len(body) - 1


def test_the_fix_keeps_the_no_break_space_and_says_what_it_removes(
    checker: ArticleChecker,
) -> None:
    body = "It cost 10\u00a0 000 euros."
    [finding] = findings(checker, body, "spacing.double")
    assert fixed(body, [finding]) == "It cost 10\u00a0000 euros."
    assert "removes the space" in finding.message and "keeps the no-break space" in finding.message


def test_single_unicode_spaces_are_correct(checker: ArticleChecker) -> None:
    body = (
        "It cost 10\u00a0000 euros at 5\u202fp.m. and the 3\u2009km run.\n\n"
        'He said:  \n"a line break" in Markdown.\n\n'
        "    indented code  keeps  its spaces\n\n"
        "- a list item\n  - a nested one"
    )
    assert flagged(checker, body, "spacing.double") == []


def test_trailing_no_break_spaces_at_the_paragraph_end(checker: ArticleChecker) -> None:
    body = "The council voted.\u00a0\n\nThen it left.\u2009\u00a0\n\nFine here.  \nAnd here."
    found = findings(checker, body, "spacing.trailing")
    assert [body[f.start : f.end] for f in found] == ["\u00a0", "\u2009\u00a0"]
    assert "no-break space" in found[0].message and "paragraph" in found[0].message
    assert fixed(body, found) == "The council voted.\n\nThen it left.\n\nFine here.  \nAnd here."


# -- mixed quote and apostrophe styles -----------------------------------------------------
def test_straight_apostrophes_in_curly_copy_are_flagged(checker: ArticleChecker) -> None:
    body = (
        "“We’re ready,” the mayor said. “It’s the town’s ferry.”\n\n"
        "The council's vote came after the ferry's repair."
    )
    found = findings(checker, body, "quotes.mixed")
    assert [(body[f.start : f.end], f.fix) for f in found] == [("'", "’"), ("'", "’")]


def test_curly_minority_in_straight_copy_is_flagged(checker: ArticleChecker) -> None:
    body = '"We\'re ready," the mayor said. "It\'s the town\'s ferry."\n\nThe council’s vote.'
    found = findings(checker, body, "quotes.mixed")
    assert [(body[f.start : f.end], f.fix) for f in found] == [("’", "'")]


def test_one_style_throughout_is_not_mixed(checker: ArticleChecker) -> None:
    curly = (
        "“We’re ready,” the mayor said of the ’90s ferry, 5′10″ tall. Run `git log --format='%h'`."
    )
    straight = "\"We're ready,\" the mayor said of the '90s ferry, 5'10\" tall."
    assert flagged(checker, curly, "quotes.mixed") == []
    assert flagged(checker, straight, "quotes.mixed") == []


# -- hyphen used as a dash ------------------------------------------------------------------
HYPHENS = [
    ("The claim- which nobody checked -was false.", ["- ", " -"]),
    ("The council voted - narrowly - to close it.", [" - ", " - "]),
    ("The council voted -- narrowly -- to close it.", [" -- ", " -- "]),
    ("The council voted--narrowly--to close it.", ["--", "--"]),
]


@pytest.mark.parametrize(("body", "typed"), HYPHENS)
def test_a_hyphen_typed_as_a_dash_is_found(
    checker: ArticleChecker, body: str, typed: list[str]
) -> None:
    found = findings(checker, body, "punctuation.hyphen-as-dash")
    assert [body[f.start : f.end] for f in found] == typed
    assert " — " in fixed(body, found) and " - " not in fixed(body, found)


def test_ranges_compounds_list_markers_and_minus_signs_are_not_dashes(
    checker: ArticleChecker,
) -> None:
    body = (
        "The well-known 10-12 p.m. slot ran Monday - Friday in 2019-20, a 3-2 win.\n\n"
        "Pre- and post-war housing, first- or second-hand cars, two- to three-year terms.\n\n"
        "- a list item\n- another\n\n"
        "It fell to -5 degrees, a change of - 3 points.\n\n"
        "---\n\n"
        "The Smith-Jones family."
    )
    assert flagged(checker, body, "punctuation.hyphen-as-dash") == []


def test_the_house_dash_rule_sets_the_fix(checker: ArticleChecker) -> None:
    body = "The council voted - narrowly - to close it."
    checker.settings = CheckSettings(dash="closed em")
    assert fixed(body, findings(checker, body, "punctuation.hyphen-as-dash")) == (
        "The council voted—narrowly—to close it."
    )
    german = "Der Rat stimmte - knapp - für die Schließung."
    assert fixed(german, findings(checker, german, "punctuation.hyphen-as-dash", "de-DE")) == (
        "Der Rat stimmte – knapp – für die Schließung."
    )


def test_a_paragraph_of_many_hyphens_for_dashes_is_one_counted_finding(
    checker: ArticleChecker,
) -> None:
    """A converted file with every dash a hyphen: the paragraph says how many, over
    the stretch they cover; eight are still listed one by one with their fixes."""
    flood = " ".join(["The vote - narrowly - passed."] * 1500)  # 3,000 of them
    body = f"Intro.\n\n{flood}\n\nThe council voted - narrowly - to close it."
    found = findings(checker, body, "punctuation.hyphen-as-dash")
    assert len(found) == 3  # the flood counted once; the last paragraph's two listed
    counted = found[0]
    assert counted.message.startswith("3,000 hyphens used as dashes in this paragraph")
    assert body[counted.start : counted.end].startswith(" - narrowly")
    assert body[counted.start : counted.end].endswith("narrowly - ")
    assert counted.fix is None  # each one is for the copy editor to see
    eight = " ".join(["The vote - narrowly - passed."] * 4)
    assert len(findings(checker, eight, "punctuation.hyphen-as-dash")) == 8


# -- subheads are not paragraphs --------------------------------------------------------------
def test_subheads_are_not_flagged_for_missing_closing_punctuation(
    checker: ArticleChecker,
) -> None:
    body = (
        "**Why the council changed its mind about the Market Street plan**\n\n"
        "WHAT THE COUNCIL DECIDED ON TUESDAY AFTER A LONG AND HEATED MEETING\n\n"
        "How the vote went on the night and what comes after it\n"
        "=========\n\n"
        "## What comes next for the street and the shops along it\n\n"
        "The council voted on Tuesday to close the street for a year."
    )
    assert flagged(checker, body, "paragraph.no-closing-punctuation") == []
    real = "The council voted on Tuesday to close the street for a whole year"
    assert flagged(checker, body + "\n\n" + real, "paragraph.no-closing-punctuation") == ["r"]


# -- quotation marks across languages -----------------------------------------------------------
def test_each_language_has_its_own_marks(checker: ArticleChecker) -> None:
    assert (
        flagged(checker, "Er sagte: „Wir sind bereit.“ Dann ging er.", "quotes.language", "de-DE")
        == []
    )
    assert (
        flagged(
            checker,
            "Il a dit : «\u00a0Nous sommes prêts.\u00a0» Puis il est parti.",
            "quotes.language",
            "fr-FR",
        )
        == []
    )
    english_in_german = "Er sagte: “Wir sind bereit.” Dann ging er."
    found = findings(checker, english_in_german, "quotes.wrong-way", "de-DE")
    found += findings(checker, english_in_german, "quotes.language", "de-DE")
    assert fixed(english_in_german, found) == "Er sagte: „Wir sind bereit.“ Dann ging er."
    german_in_english = "He said „we are ready.“ Then he left."
    found = findings(checker, german_in_english, "quotes.language")
    found += findings(checker, german_in_english, "quotes.wrong-way")
    assert fixed(german_in_english, found) == "He said “we are ready.” Then he left."


def test_english_only_rules_step_aside_for_other_languages(checker: ArticleChecker) -> None:
    german = "Die Preise stiegen und die die Stadt plant towards mehr."
    assert flagged(checker, german, "style.toward", "de-DE") == []
    assert flagged(checker, german, "words.repeated", "de-DE") == []
    assert flagged(checker, german, "style.toward") == ["towards"]  # read as English
