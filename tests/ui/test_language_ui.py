"""The article's language in the window: chosen in the editor and kept, the desk's
language from Preferences, the checks following it, Edit → Smart quotes in one undo
step, and Arabic copy laid out right to left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.settings import DESK_LANGUAGE
from tests.ui.workspace import checks, current_id, editing, stored

BRITISH = "The theatre will organise a colour festival by the harbour."


def spelling(app: DeskeditorApp) -> set[str]:
    body = app.editor.body.toPlainText()
    return {body[f.start : f.end] for f in checks(app).findings if f.id == "spelling"}


def test_the_language_is_chosen_in_the_editor_and_kept(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText(BRITISH)
    qtbot.waitUntil(lambda: "colour" in spelling(desk), timeout=8000)
    box = desk.editor.language
    qtbot.waitUntil(lambda: box.findData("en-GB") >= 0, timeout=8000)
    assert box.tag() == "" and box.currentText().startswith("Desk language (en-US)")
    box.setCurrentIndex(box.findData("en-GB"))
    qtbot.waitUntil(lambda: spelling(desk) == set(), timeout=8000)
    editing(desk).article.flush()
    assert stored(desk).get(current_id(desk)).language == "en-GB"


def test_the_desk_language_from_preferences(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText(BRITISH)
    qtbot.waitUntil(lambda: "colour" in spelling(desk), timeout=8000)
    desk.settings.set(DESK_LANGUAGE, "en-GB")
    editing(desk).preferences_changed.emit()
    qtbot.waitUntil(lambda: spelling(desk) == set(), timeout=8000)
    assert desk.editor.language.currentText().startswith("Desk language (en-GB)")


def test_smart_quotes_is_one_undo_step(qtbot: QtBot, desk: DeskeditorApp) -> None:
    body = desk.editor.body
    typed = "\"We're ready,\" the mayor said of the town's ferry."
    body.setPlainText(typed)
    desk.window.window_actions.smart_quotes.trigger()
    assert body.toPlainText() == "“We’re ready,” the mayor said of the town’s ferry."
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == typed


def test_smart_quotes_follow_the_articles_language(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.language.setCurrentIndex(desk.editor.language.findData("de-DE"))
    desk.editor.body.setPlainText('Sie sagte: "Die Fähre ist zurück."')
    desk.window.window_actions.smart_quotes.trigger()
    assert desk.editor.body.toPlainText() == "Sie sagte: „Die Fähre ist zurück.“"


def test_curl_all_quotes_is_offered_for_mixed_styles(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText("“We’re ready,” the mayor said. “It’s the town's ferry.”")
    panel = desk.editor.checks
    qtbot.waitUntil(lambda: "quotes.mixed" in {f.id for f in checks(desk).findings}, timeout=8000)
    assert panel.curl_all_button.isVisibleTo(panel)
    panel.curl_all_button.click()
    assert (
        desk.editor.body.toPlainText() == "“We’re ready,” the mayor said. “It’s the town’s ferry.”"
    )
    qtbot.waitUntil(lambda: not panel.curl_all_button.isVisibleTo(panel), timeout=8000)


def test_arabic_copy_runs_right_to_left(qtbot: QtBot, desk: DeskeditorApp) -> None:
    box = desk.editor.language
    box.setCurrentIndex(box.findData("ar"))
    assert desk.editor.fields["headline"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = desk.editor.body.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    desk.editor.body.setPlainText("صوت مجلس المدينة يوم الثلاثاء على إغلاق الشارع.")
    qtbot.waitUntil(lambda: not checks(desk).pending, timeout=8000)
    assert spelling(desk) == set()  # no Arabic dictionary: spelling steps aside
    assert "No ar dictionary" in desk.editor.checks.readability.text()
