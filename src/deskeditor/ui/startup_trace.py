"""Start-up milestones, for bench/startup.py to time the real entry point.

With ``DESKEDITOR_STARTUP_TRACE`` set to the moment the process was launched
(seconds since the epoch, as ``time.time()`` gives them), the app prints to
stderr, each once: ``paint S`` when the main window first paints, ``shown S``
when a desk already on disk shows its list and last article (read before
SQLAlchemy loads), ``usable S`` when the list is filled and the article is open
and takes typing (a first look's article: as the event loop first turns, while
the database opens behind it; else once the desk is open), ``desk S`` when the
desk is open (every command answers), then, once every background job has
finished, ``idle S`` and ``pss MB`` (its proportional set size from
/proc/self/smaps_rollup) and quits. Without the variable none of this exists.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

TRACE_ENV = "DESKEDITOR_STARTUP_TRACE"
IDLE_POLL_MS = 50


def launch_time() -> float | None:
    """When the bench launched this process, or None when it is not being traced."""
    value = os.environ.get(TRACE_ENV, "")
    try:
        return float(value) if value else None
    except ValueError:
        return None


def pss_mb() -> float:
    """This process's proportional set size in MB (NaN where /proc has no rollup)."""
    try:
        lines = Path("/proc/self/smaps_rollup").read_text().splitlines()
    except OSError:
        return float("nan")
    for line in lines:
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class StartupTrace(QObject):
    """Prints the milestones; ``idle`` is asked every IDLE_POLL_MS once usable."""

    def __init__(
        self, launched: float, window: QWidget, idle: Callable[[], bool], quit: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._launched = launched
        self._idle = idle
        self._quit = quit
        self._said: set[str] = set()
        self._poll = QTimer(self)
        self._poll.setInterval(IDLE_POLL_MS)
        self._poll.timeout.connect(self._check_idle)
        window.installEventFilter(self)

    def say(self, milestone: str, value: float | None = None) -> None:
        if milestone in self._said:
            return
        self._said.add(milestone)
        shown = time.time() - self._launched if value is None else value
        print(f"{milestone} {shown:.4f}", file=sys.stderr, flush=True)

    def usable(self, window: QWidget | None) -> None:
        """The desk can be worked on: paint ``window`` as it is now (None: painted
        already, as it is), then say so."""
        if window is not None:
            window.repaint()
        self.say("usable")
        self._poll.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.say("paint")
            watched.removeEventFilter(self)
        return False

    def _check_idle(self) -> None:
        if self._idle():
            self._poll.stop()
            self.say("idle")
            self.say("pss", pss_mb())
            self._quit()
