"""Background work: one thread per `Worker`, and `LatestJob` for work that must
always reflect the newest input (saving, rendering, checking).

Threads: every attribute of these objects belongs to the GUI thread. A job's
function runs on the worker thread with the (immutable) input it was given and
returns a new value; it must not touch widgets or controller state. Results come
back only through signals or callbacks delivered on the GUI thread.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

T = TypeVar("T")
In = TypeVar("In")
Out = TypeVar("Out")
log = logging.getLogger(__name__)


class Worker(QObject):
    """One thread running jobs one at a time, in order (so two saves of one article
    can never overtake each other)."""

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

    def run(self, job: Callable[[], T]) -> Future[T] | None:
        """Start ``job`` and return its future (None once the worker is shut down)."""
        if self._closed:
            log.debug("worker closed; dropped a job")
            return None
        return self._pool.submit(job)

    def submit(
        self,
        job: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> Future[T] | None:
        """Run ``job``; exactly one of the callbacks runs later on the GUI thread.
        The future returned holds the outcome too, for a caller that cannot wait
        for the callback (None: dropped).

        After shutdown() (the app is closing) jobs are dropped: a late timer must not
        start work that nobody will see.
        """
        if self._closed:
            log.debug("worker closed; dropped a job")
            return None
        self._pending += 1

        def run() -> T:
            try:
                result = job()
            except Exception as error:  # handed to on_error on the GUI thread
                self._finished.emit(on_error, error)
                raise
            self._finished.emit(on_result, result)
            return result

        return self._pool.submit(run)

    def wait(self) -> None:
        """Block until every job submitted so far has run (their callbacks come later)."""
        if self._closed:
            return
        done: Future[None] = self._pool.submit(lambda: None)
        done.result()

    def shutdown(self) -> None:
        """Stop taking jobs, drop the queued ones and wait for the running one."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self._pending -= 1
        callback(value)


class Debounce(enum.Enum):
    """When a requested run starts."""

    TRAILING = "trailing"  # once the requests pause for the delay (checks)
    DEADLINE = "deadline"  # at most the delay after the first request (saves, preview)


class LatestJob(QObject, Generic[In, Out]):
    """Runs ``compute(take_input())`` on a worker, for the newest input.

    It owns the debounce, the run in flight and "run again": a request made
    while a run is in flight starts one more run when it ends, with the input
    taken fresh at that moment. ``take_input`` runs on the GUI thread and may
    return None (nothing to do). ``finished(input, result)`` and
    ``failed(input, error)`` arrive on the GUI thread. With ``drop_stale`` a
    result overtaken by a newer request is not delivered (a render nobody will
    see); without it every result is (a save, whose stored version matters).
    """

    finished = Signal(object, object)  # input, result
    failed = Signal(object, object)  # input, exception
    _done = Signal(int, object, object, object)  # token, input, result, error (worker thread)

    def __init__(
        self,
        worker: Worker,
        take_input: Callable[[], In | None],
        compute: Callable[[In], Out],
        delay_ms: int = 0,
        debounce: Debounce = Debounce.TRAILING,
        drop_stale: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._take_input = take_input
        self._compute = compute
        self._debounce = debounce
        self._drop_stale = drop_stale
        self._token = 0  # the run in flight; results of other tokens are old
        self._running: tuple[int, In, Future[tuple[Any, Any]]] | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)
        self._done.connect(self._deliver)

    @property
    def pending(self) -> bool:
        """A run is due, in flight, or will follow the one in flight."""
        return self._timer.isActive() or self._running is not None or self._again

    @property
    def running(self) -> bool:
        return self._running is not None

    def request(self, delay_ms: int | None = None) -> None:
        """Ask for a run with the newest input, after the debounce (or ``delay_ms``)."""
        if self._running is not None:
            self._again = True
            return
        if delay_ms is not None:
            self._timer.start(delay_ms)
        elif self._debounce is Debounce.TRAILING or not self._timer.isActive():
            self._timer.start()

    def run_now(self) -> None:
        """Start a run at once (or as soon as the one in flight ends)."""
        self._timer.stop()
        if self._running is not None:
            self._again = True
            return
        self._again = False
        value = self._take_input()
        if value is None:
            return
        self._token += 1
        token, compute = self._token, self._compute

        def job() -> tuple[Any, Any]:
            try:
                outcome: tuple[Any, Any] = (compute(value), None)
            except Exception as error:  # handed to failed() on the GUI thread
                outcome = (None, error)
            self._done.emit(token, value, *outcome)
            return outcome

        future = self._worker.run(job)
        if future is not None:
            self._running = (token, value, future)

    def wait(self) -> None:
        """Block until the run in flight ends and deliver its outcome now.

        For when the GUI must know the outcome before going on (saving before
        switching articles); the queued delivery that follows is ignored.
        """
        self._timer.stop()
        running = self._running
        if running is None:
            return
        token, value, future = running
        try:
            result, error = future.result()
        except CancelledError:  # the worker shut down before it ran
            self._running = None
            return
        self._deliver(token, value, result, error)

    def cancel(self) -> None:
        """Forget what is due and ignore the outcome of the run in flight."""
        self._timer.stop()
        self._again = False
        self._running = None

    def _deliver(self, token: int, value: Any, result: Any, error: Any) -> None:
        if self._running is None or self._running[0] != token:
            return  # cancelled, or already delivered by wait()
        self._running = None
        again = self._again
        if not (again and self._drop_stale):
            if error is not None:
                self.failed.emit(value, error)
            else:
                self.finished.emit(value, result)
        if again and self._running is None:
            self.run_now()
