"""Copy-desk checks on realistic copy: every planted error is found, and the traps
a careful copy editor knows are correct produce nothing."""

from __future__ import annotations

import threading

import pytest

from deskeditor.domain.article import Article, ArticleStatus, PullQuote
from deskeditor.domain.checks.findings import Finding, Severity
from deskeditor.resources import resource_path
from deskeditor.services.checks import ArticleChecker, CheckCancelledError, CheckSettings
from deskeditor.services.demo import load_demo_articles
from deskeditor.services.readability import pyphen_syllables, readability


def found(checker: ArticleChecker, article: Article) -> list[tuple[str, str, str]]:
    """(rule id, field, flagged text) for each finding."""
    return [(f.id, f.field, text_of(article, f)) for f in checker.check(article)]


def text_of(article: Article, finding: Finding) -> str:
    name, _, number = finding.field.partition(":")
    text = article.pull_quotes[int(number) - 1].text if number else getattr(article, name)
    return text[finding.start : finding.end]


# Correct copy full of the things naive checkers flag.
TRAPS = """WASHINGTON (AP) — The U.S. Senate voted 52 – 48 at 10:30 a.m. on Tuesday, and Dr. Ann Lee said the 3.5 percent rise was “a start.”

“We had had enough of waiting,” said Lee, a senator from Ohio. “The people asked for this.

“And we will keep going until the job is done,” she said.

The final score was 2 – 1 after extra time … and then, well . . . nobody left.

Read the bill at https://www.congress.example/Bill.Text or email Corrections@Example.com.

## What comes next

- a vote in the House
- a signature

He said that that was the plan. His height is 5′10″ and the file is report.pdf."""


def test_correct_copy_produces_no_findings(checker: ArticleChecker) -> None:
    article = Article(
        headline="Senate backs ‘historic’ climate bill",
        dek="A narrow vote after months of talks",
        byline="By Jonah Whitfield",
        section="Politics",
        body=TRAPS,
    )
    assert found(checker, article) == []


def test_the_demo_desk_is_clean_copy(checker: ArticleChecker) -> None:
    noise = []
    for article, _ in load_demo_articles(resource_path("demo", "articles.json")):
        noise += [
            (article.headline, rule, text)
            for rule, _, text in found(checker, article)
            if rule
            != "spelling"  # the demo keeps a few real medical terms unknown to the dictionary
        ]
    assert noise == []


PLANTED = [
    ("quotes.unbalanced", "body", "He said “we will win.\n\nThe vote is Tuesday."),
    ("quotes.unbalanced", "body", "The mayor was clear. ” We will win,” he said."),
    ("quotes.wrong-way", "body", "He called it ”a disaster” and left."),
    ("quotes.backtick", "body", "She said it didn`t matter to her at all."),
    ("spacing.double", "body", "The council  voted on Tuesday."),
    ("spacing.before-punctuation", "body", "The council voted , and left."),
    ("spacing.trailing", "body", "The council voted.   \n\nThen it left."),
    ("spacing.missing-after-sentence", "body", "She left the office.Each day was long."),
    ("words.repeated", "body", "The the council voted on Tuesday."),
    ("paragraph.empty", "body", "First paragraph here.\n\n\n\nSecond paragraph here."),
    (
        "paragraph.no-closing-punctuation",
        "body",
        "The council voted on Tuesday to close the street for a year",
    ),
    ("spelling", "body", "The council will recieve the report next week."),
    ("style.toward", "body", "They walked towards the river."),
    ("style.redundant-dollars", "body", "The bridge costs $48 million dollars to replace."),
    ("style.died", "body", "The former mayor passed away on Sunday."),
    ("style.numbers-under-ten", "body", "The crash injured 4 people on Main Street."),
    ("style.month-abbreviation", "body", "The hearing is on September 14 at city hall."),
]


@pytest.mark.parametrize(("rule", "field", "body"), PLANTED, ids=[p[0] for p in PLANTED])
def test_planted_error_is_found(checker: ArticleChecker, rule: str, field: str, body: str) -> None:
    article = Article(headline="Council votes", byline="By Ann Lee", section="Local", body=body)
    assert rule in {r for r, f, _ in found(checker, article) if f == field}


def test_mixed_quotes_flag_the_minority_style_with_a_fix(checker: ArticleChecker) -> None:
    article = Article(headline="Vote", body='“Yes,” she said. “No,” he said. "Maybe," they said.')
    mixed = [f for f in checker.check(article) if f.id == "quotes.mixed"]
    assert [(article.body[f.start : f.end], f.fix) for f in mixed] == [('"', "“"), ('"', "”")]


def test_fit_structure_and_pull_quote_checks(checker: ArticleChecker) -> None:
    article = Article(
        headline="x" * 75,
        dek="",
        status=ArticleStatus.READY,
        body="A short body.",
        pull_quotes=(PullQuote("Words that are not there"),),
    )
    rules = {(f.id, f.field, f.severity) for f in checker.check(article)}
    assert ("fit.headline", "headline", Severity.WARNING) in rules
    assert ("structure.missing-field", "byline", Severity.ERROR) in rules
    assert ("structure.missing-field", "section", Severity.ERROR) in rules
    assert ("pullquote.not-in-body", "pull_quote:1", Severity.ERROR) in rules
    assert ("structure.short-body", "body", Severity.SUGGESTION) in rules


def test_checks_run_on_every_field(checker: ArticleChecker) -> None:
    article = Article(
        headline="Council  votes",
        dek="The the plan",
        body="Fine.",
        pull_quotes=(PullQuote("Fine ."),),
    )
    assert {(r, f) for r, f, _ in found(checker, article)} >= {
        ("spacing.double", "headline"),
        ("words.repeated", "dek"),
        ("spacing.before-punctuation", "pull_quote:1"),
    }


def test_names_from_byline_and_quotes_are_not_misspellings(checker: ArticleChecker) -> None:
    article = Article(
        headline="Ferry",
        byline="By Clara Hemmingworthe",
        body="Ekwuemex smiled. “It is back,” said Tom Ekwuemex. See hemmingworthe@paper.example "
        "or the hemmingworthe archive.",
    )
    assert [t for r, _, t in found(checker, article) if r == "spelling"] == []


def test_disabled_rules_and_ignored_findings_stay_quiet(checker: ArticleChecker) -> None:
    article = Article(headline="Vote", body="The council  voted towards 5% of the the budget.")
    checker.settings = CheckSettings(disabled={"spacing.double", "style"})
    rules = {f.id for f in checker.check(article)}
    assert "spacing.double" not in rules and not any(r.startswith("style.") for r in rules)
    repeated = next(f for f in checker.check(article) if f.id == "words.repeated")
    checker.settings.ignored.add(repeated.key(article.body))
    assert "words.repeated" not in {f.id for f in checker.check(article)}


def test_fixes_are_what_the_copy_editor_would_type(checker: ArticleChecker) -> None:
    body = "She left the office.Each day  was long , and the the rain came towards us."
    fixes = {
        f.id: (body[f.start : f.end], f.fix)
        for f in checker.check(Article(headline="A", body=body))
    }
    assert fixes["spacing.missing-after-sentence"] == (".", ". ")
    assert fixes["spacing.double"] == ("  ", " ")
    assert fixes["spacing.before-punctuation"] == (" ", "")
    assert fixes["words.repeated"] == ("the the", "the")
    assert fixes["style.toward"] == ("towards", "toward")


def test_readability_gives_grade_and_reading_time() -> None:
    easy = readability("The cat sat. The dog ran. We had fun. " * 20, pyphen_syllables())
    hard = readability(
        "Municipal infrastructure appropriations necessitate comprehensive intergovernmental "
        "coordination, particularly regarding environmental sustainability considerations. " * 10,
        pyphen_syllables(),
    )
    assert easy.grade < 3 < 14 < hard.grade
    assert easy.words == 180 and round(easy.minutes * 238) == 180


def test_a_set_stop_ends_the_check_part_way_and_caches_nothing_half_done(
    checker: ArticleChecker,
) -> None:
    body = "\n\n".join(f"Paragraph {n} of the long report, teh end." for n in range(50))
    article = Article(headline="Report", body=body)
    stop = threading.Event()
    stop.set()
    with pytest.raises(CheckCancelledError):
        checker.check(article, stop)
    assert checker.remembered == 0
    found = checker.check(article, threading.Event())  # a fresh check still works
    assert sum(f.id == "spelling" for f in found) == 50
