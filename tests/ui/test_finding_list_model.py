"""The checks panel's findings as a Qt list model, fed what the real checker finds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from deskeditor.domain.article import Article, PullQuote
from deskeditor.domain.checks.findings import Finding, Severity
from deskeditor.resources import resource_path
from deskeditor.services.checks import ArticleChecker, field_text, load_rulebook
from deskeditor.services.spelling import Speller
from deskeditor.ui.models.finding_list_model import FindingListModel

COPY = Article(
    headline="Council  splits on Market Street",
    byline="By Ann Lee",
    section="Politics",
    body="The the council voted 4-3 on Tuesday.Each member spoke.\n\n"
    "Shops objected towards the plan.",
    pull_quotes=(PullQuote("Each member spoke ."),),
)


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> ArticleChecker:
    user_rules = tmp_path_factory.mktemp("rules") / "house-style.toml"
    rules = load_rulebook(user_rules, resource_path("checks", "house-style.toml"))
    return ArticleChecker(rules, Speller())


def checked(checker: ArticleChecker, article: Article) -> tuple[list[Finding], list[str]]:
    """The findings and the flagged text of each, as the checks panel is given them."""
    findings = checker.check(article)
    return findings, [field_text(article, f.field)[f.start : f.end] for f in findings]


def rows(
    model: FindingListModel,
    role: int = Qt.ItemDataRole.DisplayRole,
    column: int = FindingListModel.FINDING,
) -> list[object]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def row_of(model: FindingListModel, rule: str, field: str = "body") -> int:
    [row] = [i for i, f in enumerate(model.findings) if (f.id, f.field) == (rule, field)]
    return row


def test_passes_qtmodeltester_empty_filled_and_refilled(
    qtmodeltester: ModelTester, checker: ArticleChecker, qapp: QApplication
) -> None:
    model = FindingListModel()
    qtmodeltester.check(model)  # the tester stays attached through every change below
    assert model.rowCount() == 0

    findings, excerpts = checked(checker, COPY)
    model.set_findings(findings, excerpts)
    assert model.rowCount() == len(findings) >= 5

    fixed = COPY.replace(body=COPY.body.replace("The the", "The"))
    model.set_findings(*checked(checker, fixed))
    assert model.rowCount() == len(findings) - 1
    assert "words.repeated" not in {f.id for f in model.findings}

    model.set_findings([], [])
    assert model.rowCount() == 0 and rows(model) == []


def test_each_row_names_the_field_the_problem_and_the_flagged_words(
    checker: ArticleChecker,
) -> None:
    model = FindingListModel()
    model.set_findings(*checked(checker, COPY))
    shown = rows(model)
    where = rows(model, column=FindingListModel.WHERE)
    repeated = row_of(model, "words.repeated")
    assert (where[repeated], shown[repeated]) == (
        "Body",
        f"{model.findings[repeated].message} — “The the”",
    )
    quote = row_of(model, "pullquote.not-in-body", "pull_quote:1")
    assert (where[quote], shown[quote]) == (
        "Pull quote 1",
        f"{model.findings[quote].message} — “Each member spoke .”",
    )
    # Flagged blanks are not quoted: “  ” would tell the copy editor nothing.
    spaces = row_of(model, "spacing.double", "headline")
    assert (where[spaces], shown[spaces]) == ("Headline", model.findings[spaces].message)


def test_a_fix_that_deletes_blanks_shows_which(checker: ArticleChecker) -> None:
    """The trailing-space Fix read `delete “”`: the blanks it removes are marked."""
    trailing = COPY.replace(body="The council voted.\u00a0\n\nShops objected.  ")
    model = FindingListModel()
    model.set_findings(*checked(checker, trailing))
    fixes = rows(model, column=FindingListModel.FIX)
    assert {fixes[i] for i, f in enumerate(model.findings) if f.id == "spacing.trailing"} == {
        "delete “⍽”",
        "delete “··”",
    }


def test_severity_shows_as_red_amber_and_blue(checker: ArticleChecker) -> None:
    model = FindingListModel()
    model.set_findings(*checked(checker, COPY))
    hues: dict[Severity, set[int]] = {}
    brushes = rows(model, Qt.ItemDataRole.ForegroundRole, FindingListModel.SEVERITY)
    for finding, brush in zip(model.findings, brushes, strict=True):
        assert isinstance(brush, QBrush)
        hues.setdefault(finding.severity, set()).add(brush.color().hue())
    assert set(hues) == set(Severity)  # the copy has one of each
    [error] = hues[Severity.ERROR]  # one colour a severity
    [warning] = hues[Severity.WARNING]
    [suggestion] = hues[Severity.SUGGESTION]
    assert error <= 10 or error >= 350  # red
    assert 25 <= warning <= 55  # amber
    assert 190 <= suggestion <= 250  # blue


def test_tooltip_names_the_rule_and_offers_the_fix(checker: ArticleChecker) -> None:
    model = FindingListModel()
    model.set_findings(*checked(checker, COPY))
    tips = rows(model, Qt.ItemDataRole.ToolTipRole)
    repeated = row_of(model, "words.repeated")
    assert tips[repeated] == (
        f"error · words.repeated\n{model.findings[repeated].message}\nFix: → “The”"
    )
    quote = row_of(model, "pullquote.not-in-body", "pull_quote:1")
    assert tips[quote] == (  # nothing to offer: no "Fix" line
        f"error · pullquote.not-in-body\n{model.findings[quote].message}"
    )


def test_a_row_carries_its_finding_for_the_panel(checker: ArticleChecker) -> None:
    model = FindingListModel()
    findings, excerpts = checked(checker, COPY)
    model.set_findings(findings, excerpts)
    assert rows(model, FindingListModel.FindingRole) == findings
    assert model.index(len(findings), 0).data(FindingListModel.FindingRole) is None
