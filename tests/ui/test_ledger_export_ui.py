"""File → Export corrections ledger writes like every export: never over the database."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from tests.ui.conftest import intake


def test_the_ledger_export_in_the_window_refuses_the_database(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from deskeditor.ui.dialogs import messages

    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    database = str(desk.options.database)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (database, ""))
    assert intake(desk).inbox.export_ledger("csv") is None
    assert warned and "database" in warned[0]
    with sqlite3.connect(desk.options.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
