"""Once the desk's checker is in, start-up's objects are out of Python's full garbage
collections and a waiting GUI thread gets the interpreter lock within a millisecond
(bench/workspace.py measures what that does to the longest stall while typing)."""

from __future__ import annotations

import gc
import sys

from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from tests.ui.workspace import checks


def test_the_checker_loaded_settles_the_interpreter(qtbot: QtBot, desk: DeskeditorApp) -> None:
    qtbot.waitUntil(lambda: checks(desk).ready, timeout=8000)
    assert gc.get_freeze_count() > 10_000  # the Qt bindings alone are more
    assert sys.getswitchinterval() == 0.001
