"""Under a pseudo-locale (every string accented, lengthened and marked ⟦…⟧, made by
scripts/translations.py --pseudo) no text in the main window, its menus, its
dialogs or the inbox is left in English: a string Qt's tools cannot see fails here."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.settings import UI_LANGUAGE
from deskeditor.ui import localization
from tests.ui.conftest import open_desk
from tests.ui.untranslated import untranslated
from tests.ui.workspace import checks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--pseudo", str(folder)],
        check=True,
        timeout=300,
    )
    return folder


@pytest.fixture
def pseudo_desk(
    qtbot: QtBot,
    db_path: Path,
    settings_store: QSettings,
    pseudo_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[DeskeditorApp]:
    monkeypatch.setattr(localization, "translation_folders", lambda: [pseudo_folder])
    settings_store.setValue(UI_LANGUAGE.key, "eo")
    app = open_desk(qtbot, db_path, settings_store)
    yield app
    app.close()


def test_the_main_window_and_its_menus_are_translated(
    qtbot: QtBot, pseudo_desk: DeskeditorApp
) -> None:
    window = pseudo_desk.window
    qtbot.waitUntil(lambda: not checks(pseudo_desk).pending, timeout=10000)
    left = untranslated(window)
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            left += untranslated(menu)
    assert left == []


def test_the_dialogs_are_translated(qtbot: QtBot, pseudo_desk: DeskeditorApp) -> None:
    from datetime import UTC, datetime

    from deskeditor.domain.article import ArticleStatus, DeletionInfo
    from deskeditor.ui.dialogs.delete_dialog import DeleteDialog
    from deskeditor.ui.dialogs.first_run_dialog import FirstRunDialog
    from deskeditor.ui.dialogs.notice_dialog import NoticeDialog
    from deskeditor.ui.dialogs.preferences_dialog import PreferencesDialog
    from deskeditor.ui.dialogs.shortcut_sheet import ShortcutSheet
    from deskeditor.ui.dialogs.slug_dialog import SlugDialog

    window = pseudo_desk.window
    info = DeletionInfo(1, "Ferry", ArticleStatus.DRAFT, 3, 1, 0)
    dialogs = [
        PreferencesDialog(window, pseudo_desk.settings),
        NoticeDialog(window, "The ferry is back.", None),
        SlugDialog(window, "ferry-returns"),
        FirstRunDialog(window, "/home/desk"),
        ShortcutSheet(window),
        DeleteDialog(window, info),
    ]
    assert datetime.now(UTC)  # dialogs built at this moment, in the pseudo-locale
    left = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        left += untranslated(dialog)
    assert left == []


def test_the_editor_with_an_article_and_the_inbox_are_translated(
    qtbot: QtBot, pseudo_desk: DeskeditorApp
) -> None:
    window = pseudo_desk.window
    window.window_actions.show_inbox.trigger()
    qtbot.waitUntil(lambda: not checks(pseudo_desk).pending, timeout=10000)
    assert pseudo_desk.editor.isEnabled()  # an article is open
    assert untranslated(window) == []
