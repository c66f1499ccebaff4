"""The checks in the workspace: panel, underlines, fixes with undo, the ready gate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article
from deskeditor.ui.dialogs.spelling_menu import SpellingMenu
from deskeditor.ui.open_article import SaveState
from tests.stored import stored_id
from tests.ui.conftest import open_desk
from tests.ui.workspace import checks, editing, open_article, stored

ERRORS = "The the council voted.Each member spoke  at length."


def wait_for(qtbot: QtBot, app: DeskeditorApp, rule: str) -> None:
    controller = checks(app)
    qtbot.waitUntil(lambda: rule in {f.id for f in controller.findings}, timeout=8000)


def test_findings_are_listed_and_underlined(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "words.repeated")
    panel = desk.editor.checks
    assert panel.model.rowCount() >= 3
    assert panel.summary.text().startswith("2 errors")
    assert "Grade" in panel.readability.text()
    block = desk.editor.body.document().firstBlock()
    styles = {r.format.underlineStyle() for r in block.layout().formats()}
    assert QTextCharFormat.UnderlineStyle.WaveUnderline in styles


def test_clicking_a_finding_selects_its_text(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "spacing.double")
    row = next(i for i, f in enumerate(checks(desk).findings) if f.id == "spacing.double")
    panel = desk.editor.checks
    index = panel.model.index(row, 0)
    panel.list.setCurrentIndex(index)
    panel.list.clicked.emit(index)
    assert desk.editor.body.textCursor().selectedText() == "  "


def test_fix_applies_with_undo(qtbot: QtBot, desk: DeskeditorApp) -> None:
    body = desk.editor.body
    body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "words.repeated")
    controller = checks(desk)
    finding = next(f for f in controller.findings if f.id == "words.repeated")
    controller.fix(finding)
    assert body.toPlainText().startswith("The council voted.Each")
    qtbot.waitUntil(
        lambda: "words.repeated" not in {f.id for f in controller.findings}, timeout=8000
    )
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == ERRORS


def test_headline_findings_fix_the_headline_field(qtbot: QtBot, desk: DeskeditorApp) -> None:
    headline = desk.editor.fields["headline"]
    headline.setText("Council  splits")
    desk.editor.edited.emit()
    wait_for(qtbot, desk, "spacing.double")
    finding = next(f for f in checks(desk).findings if f.field == "headline")
    checks(desk).fix(finding)
    assert headline.text() == "Council splits"


def test_ignore_here_and_add_to_dictionary(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText("The zorblax machine ran.\n\nThe the end came.")
    wait_for(qtbot, desk, "spelling")
    controller = checks(desk)
    spelling = next(f for f in controller.findings if f.id == "spelling")
    controller.add_word(spelling)
    qtbot.waitUntil(lambda: "spelling" not in {f.id for f in controller.findings}, timeout=8000)
    repeated = next(f for f in controller.findings if f.id == "words.repeated")
    controller.ignore(repeated)
    qtbot.waitUntil(
        lambda: "words.repeated" not in {f.id for f in controller.findings}, timeout=8000
    )


def test_spelling_fix_is_looked_up_when_asked(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = desk.editor.body
    body.setPlainText("The council will recieve the report.")
    wait_for(qtbot, desk, "spelling")
    finding = next(f for f in checks(desk).findings if f.id == "spelling")
    assert finding.fix is None  # not looked up while typing
    offered: list[list[str]] = []

    def choose(_parent: object, _at: object, _word: str, suggestions: list[str]) -> str:
        offered.append(suggestions)
        return suggestions[0]

    monkeypatch.setattr(SpellingMenu, "ask", choose)
    checks(desk).fix(finding)
    qtbot.waitUntil(lambda: "receive" in body.toPlainText(), timeout=8000)
    assert body.toPlainText() == "The council will receive the report."
    [suggestions] = offered
    assert suggestions[0] == "receive" and "relieve" in suggestions  # best first


def test_severity_and_place_show_whole_at_1280(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """At 1280×720 the panel showed "Sugges…" and "Headli…"."""
    desk.window.resize(1280, 720)
    desk.editor.fields["headline"].setText("Council  splits")
    desk.editor.body.setPlainText("The vote was 4-3. \n\nIt passed.")  # a trailing space
    desk.editor.edited.emit()
    controller = checks(desk)
    qtbot.waitUntil(
        lambda: (
            {f.field for f in controller.findings} >= {"headline", "body"}
            and any(f.severity.value == "suggestion" for f in controller.findings)
        ),
        timeout=8000,
    )
    panel = desk.editor.checks
    view, model = panel.list, panel.model
    for column in (model.SEVERITY, model.WHERE):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            needed = view.sizeHintForIndex(index).width()
            assert view.columnWidth(column) >= needed, index.data()


def test_underlining_findings_is_not_an_edit(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """The underlines change the body's formatting, not its text: the article stays
    saved (no "Unsaved changes", no autosave) when the checks mark it up."""
    article = stored(desk).create(Article(headline="Errors", body=ERRORS + "\n\n" + ERRORS))
    editing(desk).load(stored_id(article))
    opened = open_article(desk)
    edits: list[None] = []
    opened.edited.connect(lambda: edits.append(None))
    wait_for(qtbot, desk, "words.repeated")
    qtbot.waitUntil(lambda: not checks(desk).pending, timeout=8000)
    block = desk.editor.body.document().firstBlock()
    styles = {r.format.underlineStyle() for r in block.layout().formats()}
    assert QTextCharFormat.UnderlineStyle.WaveUnderline in styles  # the marks are there
    assert edits == []
    assert not opened.dirty and opened.state is SaveState.SAVED


def test_quitting_stops_a_running_check_part_way(
    qtbot: QtBot, db_path: Path, settings_store: QSettings
) -> None:
    """A long check does not hold up quitting: close() stops it where it stands."""
    app = open_desk(qtbot, db_path, settings_store)
    controller = checks(app)
    qtbot.waitUntil(lambda: controller.ready, timeout=8000)
    qtbot.waitUntil(lambda: not controller.pending, timeout=8000)
    checker = controller.checker
    assert checker is not None
    paragraphs = 4000
    before = checker.remembered
    app.editor.body.setPlainText(
        "\n\n".join(
            f"Paragraph {n} of a very long report, with teh usual typos." for n in range(paragraphs)
        )
    )
    controller.run()
    assert controller.pending  # the check is running
    app.close()  # returns once the check has stopped: nothing runs on after it
    assert checker.remembered - before < paragraphs


def test_a_paragraph_of_stray_quotes_is_one_row_that_counts_them_and_is_underlined(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    """A bad paste of thousands of closing quotes: one finding saying how many, not
    thousands of rows, and the wavy line runs under every one of them."""
    strays = "word” " * 5_000
    desk.editor.body.setPlainText("The vote was close.\n\n" + strays)
    wait_for(qtbot, desk, "quotes.unbalanced")
    model = desk.editor.checks.model
    rows = [r for r in range(model.rowCount()) if model.findings[r].id == "quotes.unbalanced"]
    assert len(rows) == 1
    shown = str(model.index(rows[0], model.FINDING).data())
    assert shown.startswith(
        "5,000 closing quotation marks without an opening one in this paragraph."
    )
    assert model.rowCount() < 10
    block = desk.editor.body.document().findBlockByNumber(2)
    assert block.text() == strays
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline

    def underlined() -> set[int]:
        return {
            i
            for r in block.layout().formats()
            if r.format.underlineStyle() == wavy
            for i in range(r.start, r.start + r.length)
        }

    marks = {i for i, c in enumerate(block.text()) if c == "”"}
    qtbot.waitUntil(lambda: marks <= underlined(), timeout=8000)


def test_thousands_of_findings_list_the_first_thousand_under_true_counts(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    """A paste with a hyphen for every dash, one in each of 1,500 paragraphs: the
    counts above the list are all of them, the list the first thousand (a longer one
    would only stall the window)."""
    desk.editor.body.setPlainText("One - two.\n\n" * 1_500)
    controller = checks(desk)
    qtbot.waitUntil(
        lambda: sum(f.id == "punctuation.hyphen-as-dash" for f in controller.findings) == 1_500,
        timeout=8000,
    )
    panel = desk.editor.checks
    count = {
        s: sum(f.severity.value == s for f in controller.findings)
        for s in ("error", "warning", "suggestion")
    }
    assert count["warning"] >= 1_500
    assert panel.model.rowCount() == 1_000
    assert panel.summary.text() == (
        f"{count['error']} errors · {count['warning']} warnings · {count['suggestion']} "
        f"suggestion{'s' if count['suggestion'] != 1 else ''} — the first 1,000 listed"
    )
