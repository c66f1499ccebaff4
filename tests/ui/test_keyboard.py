"""The window by keyboard alone: unique Alt+letters in every window and menu, Tab
moving on from plain-text fields, the search box into its results, and a
shortcut sheet built from the actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article, ArticleStatus, DeletionInfo
from deskeditor.services.errors import ConflictError
from deskeditor.services.importing import ImportOutcome
from deskeditor.ui.dialogs.conflict_dialog import ConflictDialog
from deskeditor.ui.dialogs.delete_dialog import DeleteDialog
from deskeditor.ui.dialogs.first_run_dialog import FirstRunDialog
from deskeditor.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from deskeditor.ui.dialogs.notice_dialog import NoticeDialog
from deskeditor.ui.dialogs.preferences_dialog import PreferencesDialog
from deskeditor.ui.dialogs.shortcut_sheet import ShortcutSheet, shortcut_rows
from deskeditor.ui.dialogs.slug_dialog import SlugDialog
from deskeditor.ui.dialogs.status_gate_dialog import StatusGateDialog
from deskeditor.ui.widgets.paragraph_field import PlainTextField
from tests.ui.conftest import intake


def mnemonic(text: str) -> str:
    """The Alt+letter a text gives ("" when none)."""
    return QKeySequence.mnemonic(text).toString().upper()


def pages(widget: QWidget) -> list[tuple[QStackedWidget, int]]:
    """The stacked pages (tabs, stacks) ``widget`` sits in: (stack, page index)."""
    found = []
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            found.append((parent, parent.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return found


def exclusive(a: QWidget, b: QWidget) -> bool:
    """Never on screen together: on different pages of one stack (two tabs)."""
    stacks_b = dict(pages(b))
    return any(stack in stacks_b and stacks_b[stack] != page for stack, page in pages(a))


def window_mnemonics(window: QWidget) -> list[tuple[str, str, QWidget]]:
    """(Alt+letter, text, widget) for the menu bar, buttons, labels of fields, tabs."""
    found: list[tuple[str, str, QWidget]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        if widget is getattr(window, "menuBar", lambda: None)():
            texts = [a.text() for a in widget.actions()]
        found += [(mnemonic(t), t, widget) for t in texts if mnemonic(t)]
    return found


def clashes(window: QWidget) -> list[str]:
    entries = window_mnemonics(window)
    problems = []
    for i, (key, text, widget) in enumerate(entries):
        for other_key, other_text, other in entries[i + 1 :]:
            if key == other_key and not exclusive(widget, other):
                problems.append(f"{key}: “{text}” and “{other_text}”")
    return problems


def menu_clashes(menu: QMenu) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key and key in seen:
            problems.append(f"{menu.title()} {key}: “{seen[key]}” and “{action.text()}”")
        seen[key] = action.text()
        if isinstance(action.menu(), QMenu):
            problems += menu_clashes(action.menu())  # type: ignore[arg-type]
    return problems


def test_the_main_window_has_unique_mnemonics(desk: DeskeditorApp) -> None:
    desk.editor.find_bar.open(replace=True)  # the find bar's keys count too
    assert clashes(desk.window) == []
    menus = [a.menu() for a in desk.window.menuBar().actions()]
    assert [p for m in menus if isinstance(m, QMenu) for p in menu_clashes(m)] == []
    bar = {mnemonic(a.text()): a.text() for a in desk.window.menuBar().actions()}
    assert bar["ALT+H"] == "&Help" and bar["ALT+G"] == "&Go"


def dialogs(desk: DeskeditorApp, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    window = desk.window
    article = Article(id=1, version=1, headline="Ferry returns")
    outcome = ImportOutcome(tmp_path / "wire.txt", "text", error="not readable")
    return {
        "preferences": lambda: PreferencesDialog(window, desk.settings),
        "notice": lambda: NoticeDialog(window, "The ferry is back.", "ferry"),
        "import summary": lambda: ImportSummaryDialog(window, [outcome], False, "a@b.example"),
        "conflict": lambda: ConflictDialog(window, ConflictError(article, article)),
        "delete": lambda: DeleteDialog(
            window, DeletionInfo(1, "Ferry returns", ArticleStatus.DRAFT, 3, 1, 1)
        ),
        "first run": lambda: FirstRunDialog(window, str(tmp_path)),
        "publish gate": lambda: StatusGateDialog(
            window,
            article.headline,
            desk.workflow.workflow.assess(article.replace(byline=""), ArticleStatus.PUBLISHED),
        ),
        "slug": lambda: SlugDialog(window, "ferry-returns"),
        "dashboard": lambda: intake(desk).inbox.show_dashboard(),
        "shortcut sheet": lambda: ShortcutSheet(window),
    }


@pytest.mark.parametrize(
    "name",
    [
        "preferences",
        "notice",
        "import summary",
        "conflict",
        "delete",
        "first run",
        "publish gate",
        "slug",
        "dashboard",
        "shortcut sheet",
    ],
)
def test_every_dialog_has_unique_mnemonics(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, name: str
) -> None:
    dialog = dialogs(desk, tmp_path)[name]()
    qtbot.addWidget(dialog)
    assert clashes(dialog) == []
    dialog.close()


def test_a_duplicate_is_caught(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """The walk would have caught Alt+H meaning Headline and Help."""
    label = QLabel("&Headline", desk.editor)
    label.setBuddy(desk.editor.fields["headline"])
    assert any(c.startswith("ALT+H") for c in clashes(desk.window))


# -- Tab in plain-text fields --------------------------------------------------------------
@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_tab_moves_on_from_a_notice(qtbot: QtBot, modifier: Qt.KeyboardModifier) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    notice = PlainTextField("", form)
    after = PlainTextField("", form)
    QWidget.setTabOrder(notice, after)
    form.show()
    notice.setFocus()
    qtbot.waitUntil(notice.hasFocus, timeout=2000)
    qtbot.keyClick(notice, Qt.Key.Key_Tab, modifier)
    assert "\t" not in notice.toPlainText()
    assert after.hasFocus()


def test_the_plain_text_fields_move_on_with_tab(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """The notice, the request's notes, a notice's wording, the reply, the signature."""
    notice = NoticeDialog(desk.window, "The ferry is back.", None)
    preferences = PreferencesDialog(desk.window, desk.settings)
    qtbot.addWidget(notice)
    qtbot.addWidget(preferences)
    request = desk.window.inbox_panel.request
    fields = [notice.text, notice.body, request.notes, request.reply.body]
    fields += [desk.editor.notices.text, preferences.reply_signature]
    assert all(isinstance(field, PlainTextField) for field in fields)


def test_tab_leaves_every_list_in_the_window(qtbot: QtBot, desk: DeskeditorApp) -> None:
    """Tab in the inbox stepped from cell to cell (and scrolled the Status column out of
    view) instead of moving on: a keyboard user was trapped in the list."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    views = desk.window.findChildren(QAbstractItemView)
    assert desk.window.inbox_panel.table in views
    assert sum(isinstance(v, QTableView) for v in views) >= 4  # articles, inbox, history, quotes
    trapping = [v.objectName() or type(v).__name__ for v in views if v.tabKeyNavigation()]
    assert trapping == [], trapping
    table = desk.window.inbox_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


# -- search box into the results --------------------------------------------------------------
@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_from_the_search_reaches_the_results(
    qtbot: QtBot, desk: DeskeditorApp, key: Qt.Key
) -> None:
    panel = desk.window.list_panel
    desk.window.window_actions.focus_search.trigger()
    qtbot.keyClicks(panel.search, "ferry")
    qtbot.keyClick(panel.search, key)
    assert QApplication.focusWidget() is panel.table
    assert panel.model.rowCount() == 1
    assert panel.table.currentIndex().row() == 0
    qtbot.waitUntil(
        lambda: desk.editor.fields["headline"].text() == "Ferry returns after repair",
        timeout=3000,
    )


# -- the shortcut sheet ----------------------------------------------------------------------
def test_the_shortcut_sheet_lists_every_action_with_keys(qtbot: QtBot, desk: DeskeditorApp) -> None:
    actions = desk.window.window_actions
    assert QKeySequence("F1") in actions.shortcuts.shortcuts()
    assert QKeySequence("Ctrl+/") in actions.shortcuts.shortcuts()
    actions.shortcuts.trigger()
    assert desk.editing is not None
    sheet = desk.editing.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    shown = dict(sheet.rows())
    assert shown["Find and replace"] == "Ctrl+H"
    assert shown["Preview"] == "Ctrl+Shift+P"
    assert shown["Keyboard shortcuts"] == "F1, Ctrl+/"
    assert shown["Undo"].startswith("Ctrl+Z")
    assert "F14" not in shown["Undo"] and "Undo" not in shown["Undo"]  # dedicated keys
    sheet.filter.setText("preview")
    assert {command for command, _ in sheet.rows()} == {"Print preview", "Preview"}
    sheet.close()


def test_the_sheet_is_built_from_the_actions(desk: DeskeditorApp) -> None:
    """A new action with a shortcut is on the sheet without anyone listing it."""
    help_menu = desk.window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    extra = help_menu.addAction("&Tip of the day")
    extra.setShortcut(QKeySequence("Ctrl+Alt+T"))
    assert ("Help", "Tip of the day", "Ctrl+Alt+T") in shortcut_rows(desk.window)
