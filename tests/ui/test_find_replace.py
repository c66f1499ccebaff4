"""Find and replace as a copy editor uses it: readable fields, a live count, the
usual options, Ctrl+H into Find, no jumping layout, one undo for Replace all."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.ui.widgets.find_bar import FindBar

BODY = (
    "The council met. The Council voted.\n\n"
    "Councillors disagreed; the council adjourned.\n\n"
    "A councilman said the council was wrong."
)


def open_bar(qtbot: QtBot, desk: DeskeditorApp, keys: str = "F") -> FindBar:
    desk.editor.body.setPlainText(BODY)
    desk.editor.body.setFocus()
    key = getattr(Qt.Key, f"Key_{keys}")
    qtbot.keyClick(desk.editor.body, key, Qt.KeyboardModifier.ControlModifier)
    bar = desk.editor.find_bar
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    return bar


def test_fields_are_readable_at_1280(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.window.resize(1280, 720)
    bar = open_bar(qtbot, desk, "H")
    qtbot.wait(50)
    assert bar.find_field.width() >= 180
    assert bar.replace_field.width() >= 180


def test_the_count_is_live(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk)
    qtbot.keyClicks(bar.find_field, "council")
    assert bar.count.text() == "6 matches"
    assert "characters" not in desk.window.chars_label.text()  # not "Find: 0 characters"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.count.text() == "1 of 6"
    assert desk.editor.body.textCursor().selectedText() == "council"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 6"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "1 of 6"
    bar.find_field.setText("zebra")
    assert bar.count.text() == "No matches"
    bar.find_field.setText("met")
    assert bar.count.text() == "1 match"


def test_match_case_whole_word_and_regular_expression(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk)
    bar.find_field.setText("council")
    bar.case.setChecked(True)
    assert len(bar.matches) == 4  # "Council" and "Councillors" are out
    bar.case.setChecked(False)
    bar.whole_word.setChecked(True)
    assert len(bar.matches) == 4  # "Councillors" and "councilman" are out
    bar.whole_word.setChecked(False)
    bar.regex.setChecked(True)
    bar.find_field.setText(r"council\w+")
    assert len(bar.matches) == 2
    bar.find_field.setText("council(")
    assert bar.count.text() == "Invalid expression"


def test_a_regular_expression_replaces_with_its_groups(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk, "H")
    bar.regex.setChecked(True)
    bar.find_field.setText(r"The (\w+) met")
    bar.replace_field.setText(r"\1 members met")
    assert bar.replace_all() == 1
    assert desk.editor.body.toPlainText().startswith("council members met.")


def test_ctrl_h_puts_the_cursor_in_find_with_old_text_selected(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    bar = open_bar(qtbot, desk, "H")
    bar.find_field.setText("council")
    bar.replace_field.setText("board")
    desk.editor.body.setFocus()
    qtbot.keyClick(desk.editor.body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is bar.find_field
    assert bar.find_field.selectedText() == "council"
    assert bar.replace_shown


def test_replace_all_does_not_move_the_fields(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk, "H")
    bar.find_field.setText("council")
    bar.replace_field.setText("board")
    qtbot.wait(20)
    before = [w.geometry() for w in (bar.find_field, bar.replace_field, bar.replace_all_button)]
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert bar.status.text() == "6 replaced"
    after = [w.geometry() for w in (bar.find_field, bar.replace_field, bar.replace_all_button)]
    assert after == before


def test_replace_all_is_one_undo_wherever_the_focus_is(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk, "H")
    qtbot.keyClicks(bar.find_field, "council")
    bar.replace_field.setText("board")
    bar.replace_all_button.setFocus()
    qtbot.keyClick(bar.replace_all_button, Qt.Key.Key_Space)
    body = desk.editor.body
    assert "council" not in body.toPlainText().lower().replace("councillors", "").replace(
        "councilman", ""
    )
    # Ctrl+Z in the Find field: the replacement goes, not the typing in the field.
    bar.find_field.setFocus()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == BODY
    assert bar.find_field.text() == "council"


def test_edit_undo_from_a_button_undoes_replace_all(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk, "H")
    bar.find_field.setText("council")
    bar.replace_field.setText("board")
    bar.replace_all()
    bar.replace_all_button.setFocus()
    desk.window.window_actions.undo.trigger()
    assert desk.editor.body.toPlainText() == BODY


def test_tab_goes_from_find_to_replace(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk, "H")
    qtbot.keyClicks(bar.find_field, "council")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.replace_field


def test_replace_one_moves_on(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk, "H")
    bar.find_field.setText("council")
    bar.replace_field.setText("board")
    bar.find_next()
    bar.replace_one()
    assert desk.editor.body.toPlainText().startswith("The board met.")
    assert bar.count.text() == "1 of 5"


def test_escape_closes_and_returns_to_the_body(qtbot: QtBot, desk: DeskeditorApp) -> None:
    bar = open_bar(qtbot, desk)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is desk.editor.body


def test_every_count_and_state_shows_whole_at_1280(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """ "Replace all undone" lost its last letter beside the Replace button."""
    desk.window.resize(1280, 720)
    bar = open_bar(qtbot, desk, "H")
    qtbot.keyClicks(bar.find_field, "council")
    bar.replace_field.setText("board")
    seen = []
    for act in (bar.replace_all, bar.undo_replace_all, bar.replace_all, bar.replace_all):
        act()
        qtbot.wait(20)
        for label in (bar.count, bar.status):
            seen.append(label.text())
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), (
                label.text()
            )
    bar.regex.setChecked(True)
    bar.find_field.setText("(")
    qtbot.waitUntil(lambda: bar.count.text() != "No matches", timeout=2000)
    assert bar.count.width() >= bar.count.fontMetrics().horizontalAdvance(bar.count.text())
    assert "Replace all undone" in seen and "Nothing replaced" in seen
    for row in (
        [bar.find_field, bar.count, bar.previous_button, bar.next_button],
        [bar.replace_field, bar.replace_button, bar.replace_all_button],
        [bar.regex, bar.status],
    ):  # side by side: none drawn over its neighbour ("3 of 12" over the clear button)
        for left, right in pairwise(row):
            assert left.geometry().right() < right.geometry().left(), right
