"""Importing in the window: dropped files, the progress and the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.services.importing import ImportOutcome
from deskeditor.settings import CORRECTIONS_EMAIL
from deskeditor.ui.dialogs.import_summary_dialog import ImportSummaryDialog

WIRE = (
    "Local /\n\nWater main breaks on Elm Street\n\nTwo basements flooded\n\nBy Ann Lee\n\n"
    "MILLBROOK — A water main broke on Elm Street early Sunday.\n\n"
    "*For corrections please email fixes@ledger.example*\n"
)


def test_dropped_files_are_imported_summarised_and_opened(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    summaries: list[tuple[list[ImportOutcome], str | None]] = []

    def answer(
        cls: type[ImportSummaryDialog],
        parent: QWidget | None,
        outcomes: list[ImportOutcome],
        cancelled: bool,
        offer: str | None,
    ) -> bool:
        summaries.append((outcomes, offer))
        return True  # take the offered corrections address

    monkeypatch.setattr(ImportSummaryDialog, "ask", classmethod(answer))
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "wire.txt")),
            QUrl.fromLocalFile(str(tmp_path / "empty.txt")),
        ]
    )
    table = desk.window.list_panel.table
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(summaries), timeout=8000)
    outcomes, offer = summaries[0]
    assert sorted((o.path.name, o.ok) for o in outcomes) == [
        ("empty.txt", False),
        ("wire.txt", True),
    ]
    assert offer == "fixes@ledger.example"
    assert desk.settings.get(CORRECTIONS_EMAIL) == "fixes@ledger.example"
    assert desk.window.list_panel.model.rowCount() == 3
    qtbot.waitUntil(
        lambda: desk.editor.fields["headline"].text() == "Water main breaks on Elm Street",
        timeout=3000,
    )
    assert desk.editor.fields["dek"].text() == "Two basements flooded"
