"""LatestJob: debounce, one run in flight, a rerun with the newest input, results on
the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TypedDict, Unpack

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.ui.worker import Debounce, LatestJob, Worker


@pytest.fixture
def worker() -> Iterator[Worker]:
    w = Worker()
    yield w
    w.shutdown()


class Source:
    """The input a job reads on the GUI thread, and a gate that holds a run."""

    def __init__(self) -> None:
        self.value = 0
        self.gate = threading.Event()
        self.gate.set()
        self.computed: list[int] = []
        self.threads: set[str] = set()

    def compute(self, value: int) -> int:
        self.gate.wait(5)
        self.threads.add(threading.current_thread().name)
        self.computed.append(value)
        return value * 10


class JobOptions(TypedDict, total=False):
    delay_ms: int
    debounce: Debounce
    drop_stale: bool


def make_job(worker: Worker, source: Source, **options: Unpack[JobOptions]) -> LatestJob[int, int]:
    return LatestJob(worker, lambda: source.value, source.compute, **options)


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, worker: Worker) -> None:
    source = Source()
    job = make_job(worker, source)
    seen: list[tuple[int, int, str]] = []
    job.finished.connect(lambda v, r: seen.append((v, r, threading.current_thread().name)))
    source.value = 4
    job.run_now()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(4, 40, threading.main_thread().name)]
    assert source.threads and threading.main_thread().name not in source.threads


def test_requests_during_a_run_give_one_more_run_with_the_newest_input(
    qtbot: QtBot, worker: Worker
) -> None:
    source = Source()
    job = make_job(worker, source, drop_stale=False)
    seen: list[int] = []
    job.finished.connect(lambda v, r: seen.append(v))
    source.gate.clear()
    source.value = 1
    job.run_now()
    for value in (2, 3, 4):  # typing goes on while the first run is held
        source.value = value
        job.request()
    source.gate.set()
    qtbot.waitUntil(lambda: seen == [1, 4])
    assert source.computed == [1, 4]  # 2 and 3 were never computed
    assert not job.pending


def test_a_stale_result_is_dropped_when_asked(qtbot: QtBot, worker: Worker) -> None:
    source = Source()
    job = make_job(worker, source, drop_stale=True)
    seen: list[int] = []
    job.finished.connect(lambda v, r: seen.append(v))
    source.gate.clear()
    source.value = 1
    job.run_now()
    source.value = 2
    job.request()
    source.gate.set()
    qtbot.waitUntil(lambda: seen == [2])
    assert source.computed == [1, 2]


def test_trailing_debounce_waits_for_a_pause(qtbot: QtBot, worker: Worker) -> None:
    source = Source()
    job = make_job(worker, source, delay_ms=150, debounce=Debounce.TRAILING)
    seen: list[int] = []
    job.finished.connect(lambda v, r: seen.append(v))
    for value in range(1, 6):
        source.value = value
        job.request()
        qtbot.wait(50)  # shorter than the delay: no run yet
    assert source.computed == []
    qtbot.waitUntil(lambda: seen == [5])


def test_deadline_debounce_runs_while_requests_go_on(qtbot: QtBot, worker: Worker) -> None:
    source = Source()
    job = make_job(worker, source, delay_ms=100, debounce=Debounce.DEADLINE)
    for value in range(1, 11):
        source.value = value
        job.request()
        qtbot.wait(40)  # steady typing, never pausing for the delay
    assert source.computed, "a deadline debounce must not wait for typing to stop"


def test_wait_delivers_the_outcome_at_once_and_only_once(qtbot: QtBot, worker: Worker) -> None:
    source = Source()
    job = make_job(worker, source, drop_stale=False)
    seen: list[int] = []
    job.finished.connect(lambda v, r: seen.append(r))
    source.value = 7
    job.run_now()
    job.wait()
    assert seen == [70]
    qtbot.wait(100)  # the queued delivery arrives and is ignored
    assert seen == [70]


def test_cancel_ignores_the_run_in_flight(qtbot: QtBot, worker: Worker) -> None:
    source = Source()
    job = make_job(worker, source)
    seen: list[int] = []
    job.finished.connect(lambda v, r: seen.append(v))
    source.gate.clear()
    job.run_now()
    job.cancel()
    source.gate.set()
    worker.wait()
    qtbot.wait(100)
    assert seen == []
    assert not job.pending


def test_errors_come_back_as_failed(qtbot: QtBot, worker: Worker) -> None:
    def boom(value: int) -> int:
        raise ValueError(f"bad {value}")

    job: LatestJob[int, int] = LatestJob(worker, lambda: 3, boom)
    failures: list[str] = []
    job.failed.connect(lambda v, e: failures.append(str(e)))
    job.run_now()
    qtbot.waitUntil(lambda: failures == ["bad 3"])


def test_nothing_to_do_runs_nothing(qtbot: QtBot, worker: Worker) -> None:
    calls: list[int] = []

    def compute(value: int) -> int:
        calls.append(value)
        return value

    job: LatestJob[int, int] = LatestJob(worker, lambda: None, compute)
    job.run_now()
    worker.wait()
    assert calls == [] and not job.pending
