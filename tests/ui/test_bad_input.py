"""Bad input in the workspace: huge pastes, odd characters, a locked database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtGui import QTextCursor

from deskeditor.app import DeskeditorApp
from deskeditor.ui.open_article import SaveState
from deskeditor.ui.widgets.body_editor import HIGHLIGHT_LIMIT


def current_id(app: DeskeditorApp) -> int:
    assert app.editing is not None and app.article.article is not None
    return app.article.article.id  # type: ignore[return-value]


def test_a_huge_paste_is_kept_whole_and_typing_goes_on(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    body = desk.editor.body
    paste = ("A pasted paragraph of wire copy that goes on. " * 20 + "\n\n") * 1100  # ~1 MB
    assert len(paste) > 2 * HIGHLIGHT_LIMIT
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insertPlainText(paste)
    assert not body.highlighter.enabled  # highlighting steps aside for huge texts
    assert "highlighting is off" in desk.window.statusBar().currentMessage()
    qtbot.keyClicks(body, "end")
    qtbot.waitUntil(lambda: desk.article.state is SaveState.SAVED, timeout=60000)  # type: ignore[union-attr]
    stored = desk.editing.service.get(current_id(desk)).body  # type: ignore[union-attr]
    assert stored == "The vote was 4-3." + paste + "end"


def test_50000_words_and_odd_characters_round_trip(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    odd = "Zero\u200bwidth, 10\u00a0km, RTL \u202eevil\u202c, emoji 📰, combining e\u0301.\n\n"
    text = odd + ("word " * 1000 + "\n\n") * 50
    desk.editor.body.setPlainText(text)
    qtbot.waitUntil(lambda: desk.article.state is SaveState.SAVED, timeout=10000)  # type: ignore[union-attr]
    assert desk.editing.service.get(current_id(desk)).body == text  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "50,0" in desk.window.words_label.text(), timeout=3000)


def test_a_locked_database_keeps_the_text_and_saves_when_free(
    qtbot,
    desk: DeskeditorApp,
    db_path: Path,  # type: ignore[no-untyped-def]
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
    stored = desk.editing.service.get(current_id(desk)).body  # type: ignore[union-attr]
    assert stored == "Typed while another program held the file."
