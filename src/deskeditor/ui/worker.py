"""One background worker for slow jobs. Jobs run one at a time, in order, on a
single thread (so saves of one article can never overtake each other); results
come back as signals on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


class Worker(QObject):
    _finished = Signal(object, object)  # callback, result or exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deskeditor-worker")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)  # queued: emitted on the worker thread

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``job`` in the background; exactly one of the callbacks runs on the GUI thread.

        After shutdown() (the app is closing) jobs are dropped: a late timer must not
        start work that nobody will see.
        """
        if self._closed:
            log.debug("worker closed; dropped a job")
            return
        self._pending += 1

        def run() -> None:
            try:
                result: Any = job()
            except Exception as error:  # handed to on_error on the GUI thread
                self._finished.emit(on_error, error)
                return
            self._finished.emit(on_result, result)

        self._pool.submit(run)

    def wait(self) -> None:
        """Block until every job submitted so far has run (their callbacks come later)."""
        if self._closed:
            return
        done: Future[None] = self._pool.submit(lambda: None)
        done.result()

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self._pending -= 1
        callback(value)
