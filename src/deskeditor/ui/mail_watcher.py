"""The IMAP account read while the app runs: one thread of its own keeps the
connection and waits with IDLE (a Worker job would block every import behind
it); each fetch's report comes back as a signal on the GUI thread."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from deskeditor.services.imap_intake import ImapIntake


class MailWatcher(QObject):
    reported = Signal(object)  # FetchReport, delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, intake: ImapIntake, retry: float = 60.0) -> None:
        """Fetch now and whenever new mail arrives, until ``stop``."""
        self.stop()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=intake.watch,
            args=(self._stop, self.reported.emit, retry),
            name="mail-watcher",
            daemon=True,
        )
        self._thread.start()

    def stop(self, wait: float = 5.0) -> None:
        """Stop watching: IDLE looks at the stop flag every second."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(wait)
            self._thread = None
