"""The History tab as a copy editor uses it: a revision shown as it was, compared
with now (inline and side by side), restored (history only grows), and the
changes since filed exported for the reporter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import RevisionReason
from deskeditor.ui.dialogs import messages
from deskeditor.ui.history_controller import HistoryController
from tests.ui.workspace import current, current_id


def history(desk: DeskeditorApp) -> HistoryController:
    controller: HistoryController = desk.history
    return controller


def edit_body(qtbot: QtBot, desk: DeskeditorApp, text: str) -> None:
    desk.editor.body.setPlainText(text)
    assert desk.article is not None
    desk.article.flush(RevisionReason.SAVE)


def test_a_revision_shows_as_it_was_and_compares_with_now(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    edit_body(qtbot, desk, "The vote was 5-2 on Tuesday.")
    desk.window.window_actions.history.trigger()  # Ctrl+Alt+H
    h = history(desk)
    assert desk.window.left_tabs.currentWidget() is h.panel
    assert h.model.rowCount() == 2
    h.panel.choose_row(1)  # the story as filed
    assert desk.window.center.currentWidget() is h.revision_view
    shown = h.revision_view.editor
    assert shown.body.toPlainText() == "The vote was 4-3."
    assert (shown.read_only and not shown.fields["headline"].isEnabled()) or shown.read_only
    qtbot.mouseClick(h.revision_view.compare_button, qtbot_left())
    qtbot.waitUntil(lambda: "5-2" in h.compare_view.browser.toPlainText(), timeout=5000)
    text = h.compare_view.browser.toPlainText()
    assert "4-3" in text and "5-2" in text and "on Tuesday" in text
    assert "line-through" in h.compare_view.browser.toHtml()
    h.compare_view.set_side_by_side(True)
    old, new = h.compare_view.old.toPlainText(), h.compare_view.new.toPlainText()
    assert "4-3" in old and "5-2" not in old and "5-2" in new and "4-3" not in new
    qtbot.keyClick(h.compare_view.browser, qtbot_escape())
    assert desk.window.center.currentWidget() is desk.editor


def test_saves_while_the_history_is_open_keep_the_editor_in_place(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    h = history(desk)
    h.show_panel()
    h.panel.choose_row(0)
    h.back()  # back to typing, the History tab still open with a revision chosen
    edit_body(qtbot, desk, "The vote was 5-2.")
    qtbot.waitUntil(lambda: h.model.rowCount() == 2, timeout=5000)
    assert desk.window.center.currentWidget() is desk.editor
    assert len(h.panel.chosen()) == 1


def test_restore_asks_then_adds_a_revision(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_body(qtbot, desk, "Rewritten entirely.")
    h = history(desk)
    h.show_panel()
    filed = h.model.revision(1)
    assert filed is not None
    monkeypatch.setattr(messages, "choose", lambda *a, **k: True)
    assert h.restore(filed.id, None)
    assert desk.editor.body.toPlainText() == "The vote was 4-3."
    reasons = [r.reason for r in desk.articles.revisions(current_id(desk))]
    assert reasons[0] is RevisionReason.RESTORE and len(reasons) == 3
    qtbot.waitUntil(lambda: h.model.rowCount() == 3, timeout=5000)


def test_changes_since_filed_are_exported_for_the_reporter(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    edit_body(qtbot, desk, "The vote was 5-2.")
    h = history(desk)
    desk.window.window_actions.since_filed.trigger()
    qtbot.waitUntil(lambda: h.shown is not None, timeout=5000)
    target = tmp_path / "changes.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Web page (*.html)")
    )
    assert h.export_report() == target.resolve()
    page = target.read_text(encoding="utf-8")
    assert current(desk).slug in page and "Changes by" in page and "5-2" in page
    pdf = tmp_path / "changes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    assert h.export_report() == pdf.resolve()
    assert pdf.read_bytes().startswith(b"%PDF")


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def qtbot_escape() -> object:
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Escape
