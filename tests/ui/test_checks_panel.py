"""The checks in the workspace: panel, underlines, fixes with undo, the ready gate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleStatus
from deskeditor.ui.dialogs.ready_gate_dialog import ReadyGateDialog

ERRORS = "The the council voted.Each member spoke  at length."


def wait_for(qtbot, app: DeskeditorApp, rule: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: rule in {f.id for f in app.checks_controller.findings}, timeout=8000)


def test_findings_are_listed_and_underlined(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    desk.editor.body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "words.repeated")
    panel = desk.editor.checks
    assert panel.model.rowCount() >= 3
    assert panel.summary.text().startswith("2 errors")
    assert "Grade" in panel.readability.text()
    block = desk.editor.body.document().firstBlock()
    styles = {r.format.underlineStyle() for r in block.layout().formats()}
    assert QTextCharFormat.UnderlineStyle.WaveUnderline in styles


def test_clicking_a_finding_selects_its_text(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    desk.editor.body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "spacing.double")
    row = next(i for i, f in enumerate(desk.checks_controller.findings) if f.id == "spacing.double")
    panel = desk.editor.checks
    index = panel.model.index(row)
    panel.list.setCurrentIndex(index)
    panel.list.clicked.emit(index)
    assert desk.editor.body.textCursor().selectedText() == "  "


def test_fix_applies_with_undo(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    body = desk.editor.body
    body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "words.repeated")
    finding = next(f for f in desk.checks_controller.findings if f.id == "words.repeated")
    desk.checks_controller.fix(finding)
    assert body.toPlainText().startswith("The council voted.Each")
    qtbot.waitUntil(
        lambda: "words.repeated" not in {f.id for f in desk.checks_controller.findings},
        timeout=8000,
    )
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == ERRORS


def test_headline_findings_fix_the_headline_field(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    headline = desk.editor.fields["headline"]
    headline.setText("Council  splits")
    desk.editor.edited.emit()
    wait_for(qtbot, desk, "spacing.double")
    finding = next(f for f in desk.checks_controller.findings if f.field == "headline")
    desk.checks_controller.fix(finding)
    assert headline.text() == "Council splits"


def test_ready_with_errors_asks_and_can_be_refused(qtbot, desk: DeskeditorApp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = []
    monkeypatch.setattr(
        ReadyGateDialog, "ask", classmethod(lambda cls, p, errors: asked.append(errors) or False)
    )
    desk.editor.body.setPlainText(ERRORS)
    wait_for(qtbot, desk, "words.repeated")
    status = desk.editor.status
    ready = list(ArticleStatus).index(ArticleStatus.READY)
    status.setCurrentIndex(ready)
    status.activated.emit(ready)
    assert asked and all(f.severity.value == "error" for f in asked[0])
    assert status.currentData() != ArticleStatus.READY


def test_ignore_here_and_add_to_dictionary(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    desk.editor.body.setPlainText("The zorblax machine ran.\n\nThe the end came.")
    wait_for(qtbot, desk, "spelling")
    controller = desk.checks_controller
    spelling = next(f for f in controller.findings if f.id == "spelling")
    controller.add_word(spelling)
    qtbot.waitUntil(lambda: "spelling" not in {f.id for f in controller.findings}, timeout=8000)
    repeated = next(f for f in controller.findings if f.id == "words.repeated")
    controller.ignore(repeated)
    qtbot.waitUntil(
        lambda: "words.repeated" not in {f.id for f in controller.findings}, timeout=8000
    )


def test_spelling_fix_is_looked_up_when_asked(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    body = desk.editor.body
    body.setPlainText("The council will recieve the report.")
    wait_for(qtbot, desk, "spelling")
    finding = next(f for f in desk.checks_controller.findings if f.id == "spelling")
    assert finding.fix is None  # not looked up while typing
    desk.checks_controller.fix(finding)
    qtbot.waitUntil(lambda: "receive" in body.toPlainText(), timeout=8000)
    assert body.toPlainText() == "The council will receive the report."
