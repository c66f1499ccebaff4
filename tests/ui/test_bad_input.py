"""Bad input in the workspace: huge pastes, odd characters, a locked database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.ui.open_article import SaveState
from deskeditor.ui.widgets.body_editor import HIGHLIGHT_LIMIT
from tests.ui.workspace import current_id, open_article, stored


def test_a_huge_paste_is_kept_whole_and_typing_goes_on(qtbot: QtBot, desk: DeskeditorApp) -> None:
    body = desk.editor.body
    paste = ("A pasted paragraph of wire copy that goes on. " * 20 + "\n\n") * 1100  # ~1 MB
    assert len(paste) > 2 * HIGHLIGHT_LIMIT
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insertPlainText(paste)
    assert not body.highlighter.enabled  # highlighting steps aside for huge texts
    assert "highlighting is off" in desk.window.statusBar().currentMessage()
    qtbot.keyClicks(body, "end")
    article = open_article(desk)
    qtbot.waitUntil(lambda: article.state is SaveState.SAVED, timeout=60000)
    assert stored(desk).get(current_id(desk)).body == "The vote was 4-3." + paste + "end"


def test_50000_words_and_odd_characters_round_trip(qtbot: QtBot, desk: DeskeditorApp) -> None:
    odd = "Zero\u200bwidth, 10\u00a0km, RTL \u202eevil\u202c, emoji 📰, combining e\u0301.\n\n"
    text = odd + ("word " * 1000 + "\n\n") * 50
    desk.editor.body.setPlainText(text)
    article = open_article(desk)
    qtbot.waitUntil(lambda: article.state is SaveState.SAVED, timeout=10000)
    assert stored(desk).get(current_id(desk)).body == text
    qtbot.waitUntil(lambda: "50,0" in desk.window.words_label.text(), timeout=3000)


def test_a_locked_database_keeps_the_text_and_saves_when_free(
    qtbot: QtBot, desk: DeskeditorApp, db_path: Path
) -> None:
    lock = sqlite3.connect(db_path, timeout=0)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        desk.editor.body.setPlainText("Typed while another program held the file.")
        qtbot.waitUntil(lambda: desk.window.save_label.text() == "Not saved", timeout=15000)
        assert "in use by another program" in desk.window.save_label.toolTip()
        assert desk.editor.body.toPlainText() == "Typed while another program held the file."
    finally:
        lock.rollback()
        lock.close()
    qtbot.waitUntil(lambda: desk.window.save_label.text() == "Saved", timeout=15000)
    assert stored(desk).get(current_id(desk)).body == "Typed while another program held the file."
