"""Preferences → Wire folders: copy dropped in a watched folder becomes articles
while the window stays responsive, a burst of a thousand files included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleQuery
from deskeditor.settings import WIRE_FOLDERS
from deskeditor.ui.dialogs.preferences_dialog import PreferencesDialog
from tests.standards import WIRE_DATA
from tests.ui.workspace import stored


def test_preferences_lists_the_folders_and_watching_starts(
    desk: DeskeditorApp, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    dialog = PreferencesDialog(desk.window, desk.settings)
    qtbot.addWidget(dialog)
    dialog.add_folder_button.click()
    dialog.store()
    assert desk.settings.get(WIRE_FOLDERS) == str(folder)
    assert desk.wire is not None
    desk.wire.configure()
    assert desk.wire.folders == (folder,)
    shutil.copy(WIRE_DATA / "ferry-3.1.json", folder / "ferry.json")
    before = stored(desk).count(ArticleQuery())
    qtbot.waitUntil(lambda: stored(desk).count(ArticleQuery()) == before + 1, timeout=30_000)
    qtbot.waitUntil(
        lambda: "Island ferry returns" in desk.window.statusBar().currentMessage(), timeout=10_000
    )


def test_a_burst_of_a_thousand_files_keeps_the_window_responsive(
    desk: DeskeditorApp, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(1000):
        (folder / f"story-{n:04}.txt").write_text(
            f"Story number {n}\n\nThe council met on Monday to discuss item {n} of the agenda.\n",
            encoding="utf-8",
        )
    desk.settings.set(WIRE_FOLDERS, str(folder))
    assert desk.wire is not None
    desk.wire.configure()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)  # the GUI thread's heartbeat while the burst goes in
    before = stored(desk).count(ArticleQuery())
    progress: list[str] = []
    desk.wire.progressed.connect(lambda done, total, name: progress.append(f"{done}/{total}"))
    qtbot.waitUntil(lambda: stored(desk).count(ArticleQuery()) == before + 1000, timeout=240_000)
    timer.stop()
    assert "0/1000" in progress and "999/1000" in progress
    # the window kept turning: its heartbeat fired all along (not a speed test)
    assert len(ticks) > 20
