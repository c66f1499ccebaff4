"""The checks panel by keyboard: severity in words and icons, the fix in the row,
the next finding current after a Fix, the quote fix, spelling suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.checks.findings import Finding, Severity
from deskeditor.ui.dialogs.spelling_menu import ADD_TO_DICTIONARY, SpellingMenu
from deskeditor.ui.models.finding_list_model import FindingListModel

QUOTE = "We counted the days,” she said.\n\nThe the council voted."


def wait_for(qtbot: QtBot, app: DeskeditorApp, rule: str) -> Finding:
    assert app.checks_controller is not None
    controller = app.checks_controller
    qtbot.waitUntil(lambda: rule in {f.id for f in controller.findings}, timeout=8000)
    return next(f for f in controller.findings if f.id == rule)


def row_texts(model: FindingListModel, row: int) -> list[str]:
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def test_the_model_is_a_sound_table(qtmodeltester: object, qapp: QApplication) -> None:
    model = FindingListModel()
    model.set_findings(
        [
            Finding("words.repeated", Severity.ERROR, "Repeated word.", "body", 0, 7, "The"),
            Finding("spelling", Severity.WARNING, "Unknown.", "headline", 0, 4),
        ],
        ["The the", "Teh "],
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_severity_is_an_icon_and_a_word_and_the_fix_is_in_the_row(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    desk.editor.body.setPlainText(QUOTE)
    wait_for(qtbot, desk, "quotes.unbalanced")
    model = desk.editor.checks.model
    row = next(i for i, f in enumerate(model.findings) if f.id == "quotes.unbalanced")
    severity = model.index(row, FindingListModel.SEVERITY)
    assert severity.data() == "Error"
    assert not severity.data(Qt.ItemDataRole.DecorationRole).isNull()
    texts = row_texts(model, row)
    assert texts[FindingListModel.FIX] == "“ → insert at paragraph start"
    assert "We counted the days,”" in texts[FindingListModel.FINDING]  # not ”””
    repeated = next(i for i, f in enumerate(model.findings) if f.id == "words.repeated")
    assert row_texts(model, repeated)[FindingListModel.FIX] == "→ “The”"


def test_the_quote_fix_opens_the_quotation_and_underlines_it_whole(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    body = desk.editor.body
    body.setPlainText(QUOTE)
    finding = wait_for(qtbot, desk, "quotes.unbalanced")
    assert (finding.start, finding.end) == (0, len("We counted the days,”"))
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    block = body.document().firstBlock()
    qtbot.waitUntil(
        lambda: any(r.format.underlineStyle() == wavy for r in block.layout().formats()),
        timeout=3000,
    )
    underlined = {
        i
        for r in block.layout().formats()
        if r.format.underlineStyle() == wavy
        for i in range(r.start, r.start + r.length)
    }
    assert set(range(len("We counted the days,”"))) <= underlined
    assert desk.checks_controller is not None
    desk.checks_controller.fix(finding)
    assert body.toPlainText().startswith("“We counted the days,” she said.")


def test_after_a_fix_the_next_finding_is_current(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText("The the vote.  It passed.\n\nA a motion failed")
    wait_for(qtbot, desk, "words.repeated")
    panel = desk.editor.checks
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    first = panel.current()
    assert first is not None and first.fix is not None
    count = panel.model.rowCount()
    qtbot.keyClick(panel.list, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == count - 1, timeout=8000)
    assert panel.list.currentIndex().row() == 0
    assert panel.current() is not None and panel.current() != first
    assert QApplication.focusWidget() is panel.list  # keep going by keyboard
    assert panel.fix_button.isEnabled() == (panel.current().fix is not None)  # type: ignore[union-attr]


def test_moving_through_the_list_shows_each_finding(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText("The the vote.  It passed.")
    wait_for(qtbot, desk, "spacing.double")
    panel = desk.editor.checks
    panel.list.setFocus()
    row = next(i for i, f in enumerate(panel.model.findings) if f.id == "spacing.double")
    panel.list.setCurrentIndex(panel.model.index(row, 0))
    assert desk.editor.body.textCursor().selectedText() == "  "
    assert QApplication.focusWidget() is panel.list


@pytest.mark.parametrize("answer", ["receive", ADD_TO_DICTIONARY])
def test_a_spelling_fix_offers_suggestions_and_the_dictionary(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch, answer: object
) -> None:
    body = desk.editor.body
    body.setPlainText("The council will recieve the report.")
    finding = wait_for(qtbot, desk, "spelling")
    asked: list[tuple[str, list[str]]] = []

    def choose(_parent: object, _at: object, word: str, suggestions: list[str]) -> object:
        asked.append((word, suggestions))
        return answer

    monkeypatch.setattr(SpellingMenu, "ask", choose)
    assert desk.checks_controller is not None
    desk.checks_controller.fix(finding)
    qtbot.waitUntil(lambda: bool(asked), timeout=8000)
    assert asked[0][0] == "recieve" and "receive" in asked[0][1]
    qtbot.waitUntil(
        lambda: "spelling" not in {f.id for f in desk.checks_controller.findings},  # type: ignore[union-attr]
        timeout=8000,
    )
    expected = "receive" if answer == "receive" else "recieve"
    assert body.toPlainText() == f"The council will {expected} the report."


def test_a_stale_finding_is_not_applied(qtbot: QtBot, desk: DeskeditorApp) -> None:
    body = desk.editor.body
    body.setPlainText("The the vote.")
    finding = wait_for(qtbot, desk, "words.repeated")
    body.setPlainText("Xx The the vote.")  # typed before the checks came back
    assert desk.checks_controller is not None
    desk.checks_controller.fix(finding)
    assert body.toPlainText() == "Xx The the vote."
