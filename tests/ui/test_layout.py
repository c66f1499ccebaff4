"""The window on a laptop: fills the screen on first start, every pane readable,
the preview folded away (not crushed) when there is no room, headline and dek
wrapping as single-paragraph fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.ui.pane_layout import EDITOR_MIN, LIST_MIN, PREVIEW_MIN
from deskeditor.ui.widgets.paragraph_field import ParagraphField

HEADLINE = "Chinese President Xi Jinping Arrives in Moscow for Talks With Putin on Ukraine War"


def resize(qtbot: QtBot, app: DeskeditorApp, width: int, height: int) -> None:
    app.window.showNormal()
    app.window.resize(width, height)
    qtbot.waitUntil(lambda: app.window.width() == width, timeout=3000)
    settle(qtbot, app)


def settle(qtbot: QtBot, app: DeskeditorApp) -> None:
    """The pane layout settles after the splitter's own resize."""
    qtbot.wait(50)
    splitter = app.window.splitter

    def filled() -> bool:  # the shown panes share the splitter's whole width
        widths = app.window.panes.widths()
        used = sum(widths.values()) + splitter.handleWidth() * (len(widths) - 1)
        return splitter.width() - 10 <= used <= splitter.width()

    qtbot.waitUntil(filled, timeout=3000)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1440, 900), (1920, 1080)])
def test_every_pane_is_readable_on_laptop_screens(
    qtbot: QtBot, desk: DeskeditorApp, size: tuple[int, int]
) -> None:
    resize(qtbot, desk, *size)
    widths = desk.window.panes.widths()
    assert set(widths) == {"list", "editor", "preview"}
    assert widths["list"] >= LIST_MIN
    assert widths["editor"] >= EDITOR_MIN
    assert widths["preview"] >= PREVIEW_MIN


def test_a_narrow_window_folds_the_preview_away_and_the_toggle_brings_it_back(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    """At 1280×720 and 2× scale the window is 640 wide: one letter a line, before."""
    resize(qtbot, desk, 960, 700)
    actions = desk.window.window_actions
    widths = desk.window.panes.widths()
    assert "preview" not in widths
    assert widths["list"] >= LIST_MIN and widths["editor"] >= EDITOR_MIN
    assert not actions.toggle_preview.isChecked()
    assert "Ctrl+Shift+P" in desk.window.statusBar().currentMessage()

    assert actions.toggle_preview.shortcut() == QKeySequence("Ctrl+Shift+P")
    actions.toggle_preview.trigger()  # wanted on: the list makes room
    settle(qtbot, desk)
    widths = desk.window.panes.widths()
    assert widths.get("preview", 0) >= PREVIEW_MIN
    assert "list" not in widths

    resize(qtbot, desk, 1440, 900)  # room again: all three
    assert set(desk.window.panes.widths()) == {"list", "editor", "preview"}


def test_the_folded_away_message_goes_when_the_pane_comes_back(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    """On a first start the window is narrow for a moment before it is maximized: the
    status bar then said the preview was folded away beside the preview in full view."""
    resize(qtbot, desk, 960, 700)
    bar = desk.window.statusBar()
    assert "folded away" in bar.currentMessage()
    resize(qtbot, desk, 1440, 900)
    assert "preview" in desk.window.panes.widths()
    assert "folded away" not in bar.currentMessage()
    bar.showMessage("Saved a copy")  # any other message stays when a pane comes back
    resize(qtbot, desk, 960, 700)
    bar.showMessage("Saved a copy")
    resize(qtbot, desk, 1440, 900)
    assert bar.currentMessage() == "Saved a copy"


def test_the_window_may_be_as_narrow_as_the_editor(qtbot: QtBot, desk: DeskeditorApp) -> None:
    resize(qtbot, desk, 640, 500)
    assert desk.window.width() <= 640
    assert desk.window.panes.widths() == {"editor": desk.window.splitter.width()}


def test_hiding_the_preview_is_remembered(
    qtbot: QtBot, desk: DeskeditorApp, settings_store: object
) -> None:
    resize(qtbot, desk, 1440, 900)
    desk.window.window_actions.toggle_preview.trigger()
    settle(qtbot, desk)
    assert "preview" not in desk.window.panes.widths()
    desk.window.save_layout()
    from deskeditor.settings import SHOW_PREVIEW, Settings

    assert Settings(settings_store).get(SHOW_PREVIEW) is False  # type: ignore[arg-type]


def test_first_start_fills_the_screen(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """No stored geometry: maximized on a laptop-sized screen (the offscreen one is 800×600)."""
    window = desk.window
    window.showNormal()
    window.resize(600, 400)
    window.present()
    qtbot.waitUntil(lambda: window.isMaximized(), timeout=3000)
    available = QGuiApplication.primaryScreen().availableGeometry()
    qtbot.waitUntil(lambda: window.width() >= available.width() - 20, timeout=3000)


def test_a_layout_left_on_another_screen_fills_this_one(
    qtbot: QtBot, desk: DeskeditorApp, settings_store: object
) -> None:
    """A window left small beside a big monitor opened on the laptop's own screen: it
    fills the screen (it came back as an 850×460 box at 1280×720). On the same screen
    it stays as it was left."""
    from deskeditor.settings import WINDOW_SCREEN, Settings

    window = desk.window
    window.showNormal()
    window.resize(600, 400)
    window.save_layout()
    window.present()
    qtbot.wait(50)
    assert not window.isMaximized() and window.width() < 700  # as left, on this screen
    Settings(settings_store).set(WINDOW_SCREEN, "2560x1400")  # type: ignore[arg-type]
    window.present()
    qtbot.waitUntil(lambda: window.isMaximized(), timeout=3000)


# -- headline and dek ------------------------------------------------------------------------
def test_a_long_headline_wraps_whole_beside_its_meter(qtbot: QtBot, desk: DeskeditorApp) -> None:
    resize(qtbot, desk, 1280, 720)
    headline = desk.editor.fields["headline"]
    assert isinstance(headline, ParagraphField)
    one_line = headline.height()
    headline.setFocus()
    headline.selectAll()
    qtbot.keyClicks(headline, HEADLINE)
    qtbot.wait(10)
    assert headline.text() == HEADLINE
    assert headline.height() > one_line * 1.5  # two or three lines, not one cut short
    assert headline.verticalScrollBar().maximum() == 0  # nothing hidden
    meter = desk.editor.meters["headline"]
    assert meter.text() == f"{len(HEADLINE)}/70"
    assert meter.isVisible()
    assert abs(meter.geometry().top() - headline.geometry().top()) < headline.height()


def test_enter_does_not_break_the_headline(qtbot: QtBot, desk: DeskeditorApp) -> None:
    headline = desk.editor.fields["headline"]
    headline.setFocus()
    headline.setCursorPosition(7)
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert "\n" not in headline.text()
    assert headline.text() == "Council splits on Market Street"
    assert QApplication.focusWidget() is not headline  # Enter moves on, as in a form


def test_pasted_line_breaks_become_spaces(qtbot: QtBot, desk: DeskeditorApp) -> None:
    dek = desk.editor.fields["dek"]
    assert isinstance(dek, ParagraphField)
    dek.setFocus()
    pasted = QMimeData()
    pasted.setText("Shop owners fear\nlost trade\r\n\r\nsupporters disagree")
    dek.insertFromMimeData(pasted)
    assert dek.text() == "Shop owners fear lost trade supporters disagree"
    assert desk.article.draft().dek == dek.text()  # type: ignore[union-attr]


def test_undo_stays_in_its_field(qtbot: QtBot, desk: DeskeditorApp) -> None:
    headline, dek = desk.editor.fields["headline"], desk.editor.fields["dek"]
    headline.setFocus()
    headline.setCursorPosition(len(headline.text()))
    qtbot.keyClicks(headline, " tonight")
    dek.setFocus()
    qtbot.keyClicks(dek, "Shops object")
    headline.setFocus()
    qtbot.keyClick(headline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert headline.text() == "Council splits on Market Street"
    assert dek.text() == "Shops object"


def test_the_slug_follows_the_wrapping_headline(qtbot: QtBot, desk: DeskeditorApp) -> None:
    headline, slug = desk.editor.fields["headline"], desk.editor.fields["slug"]
    headline.setFocus()
    headline.selectAll()
    qtbot.keyClicks(headline, "Xi arrives in Moscow")
    assert slug.text() == "xi-arrives-in-moscow"


def test_the_checks_fold_away_in_a_short_window_and_come_back(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    split = desk.editor.body_split
    resize(qtbot, desk, 1000, 330)
    qtbot.waitUntil(lambda: split.sizes()[-1] == 0, timeout=3000)
    assert desk.window.height() <= 400  # the window fits a short screen
    resize(qtbot, desk, 1280, 720)
    qtbot.waitUntil(lambda: split.sizes()[-1] >= 100, timeout=3000)
    assert desk.editor.checks.isVisible()
