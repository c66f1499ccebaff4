"""The Qt binding must not leak: an editing session runs for hours."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_keep_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to None on each void call: after some
    thousands of keystrokes Python aborts with "deallocating None"."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(2000):
        editor.insertPlainText("a")
    assert sys.getrefcount(None) - before > -100
