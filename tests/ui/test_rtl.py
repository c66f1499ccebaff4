"""Right to left: under a Hebrew (or Arabic) locale the whole window mirrors and
stays usable; Arabic copy is edited, checked and previewed right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.settings import UI_LANGUAGE
from tests.ui.conftest import open_desk
from tests.ui.workspace import checks, current_id, open_article, stored

ARABIC_HEADLINE = "عودة العبارة بعد عامين من الإصلاح"
ARABIC_BODY = 'عبرت العبارة "جونيبر" نهر ويند صباح الاثنين للمرة الأولى منذ عامين.'


@pytest.fixture
def rtl_desk(qtbot: QtBot, db_path: Path, settings_store: QSettings) -> Iterator[DeskeditorApp]:
    settings_store.setValue(UI_LANGUAGE.key, "he")
    app = open_desk(qtbot, db_path, settings_store)
    yield app
    app.close()
    assert not app.qt.isRightToLeft()  # closing the app leaves the next one left to right


def left_edge(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_the_window_mirrors_and_stays_usable(
    qtbot: QtBot, rtl_desk: DeskeditorApp, tmp_path: Path
) -> None:
    window = rtl_desk.window
    assert window.isRightToLeft()
    # The article list sits on the right, the preview on the left, the editor between.
    list_x = left_edge(window.list_panel, window)
    editor_x = left_edge(rtl_desk.editor, window)
    preview_x = left_edge(rtl_desk.preview, window)
    assert preview_x < editor_x < list_x
    # File, the first menu, is the rightmost.
    bar = window.menuBar()
    menus = [bar.actionGeometry(a).x() for a in bar.actions() if a.isVisible()]
    assert menus[0] == max(menus)
    # Every visible control lies inside the window, none off its edges.
    for child in window.findChildren(QWidget):
        if child.isVisible() and not child.isWindow():
            corner = child.mapTo(window, QPoint(0, 0))
            assert corner.x() >= 0 and corner.x() + child.width() <= window.width() + 1, child
    # Usable: typing reaches the body, the checks run, the draft is saved.
    rtl_desk.editor.body.setPlainText("The the council voted.")
    qtbot.waitUntil(lambda: "words.repeated" in {f.id for f in checks(rtl_desk).findings})
    assert open_article(rtl_desk).flush()
    assert stored(rtl_desk).get(current_id(rtl_desk)).body == "The the council voted."
    shot = tmp_path / "rtl.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 20_000


def test_arabic_copy_is_edited_and_previewed_right_to_left(
    qtbot: QtBot, rtl_desk: DeskeditorApp
) -> None:
    editor = rtl_desk.editor
    editor.language.setCurrentIndex(editor.language.findData("ar"))
    editor.fields["headline"].insert(ARABIC_HEADLINE)
    assert editor.fields["headline"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    editor.body.setPlainText(ARABIC_BODY)
    option = editor.body.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    preview = rtl_desk.preview
    qtbot.waitUntil(lambda: "«جونيبر»" in preview.toPlainText(), timeout=8000)
    block = preview.document().findBlock(preview.toPlainText().index("عبرت"))
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: not checks(rtl_desk).pending, timeout=8000)
    assert [f.id for f in checks(rtl_desk).findings if f.id == "spelling"] == []
