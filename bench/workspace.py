"""Typing in the workspace, beside a bare QPlainTextEdit typed the same way in the
same run.

A long report (32,000 words by default) is open in the real app (built in this
process on a fresh database, the checks' dictionary loaded) and typed into at a
steady pace, one key every PACE_MS, as a fast typist does. Measured:

  - the longest GUI stall: the longest the event loop went without turning, the
    key's own handling included, whatever held it (our GUI-thread work, or a
    worker holding the interpreter lock), beside the bare editor typed the same way;
    with the CPU the GUI thread and our other threads spent in that turn, and the
    full garbage collections (a long turn with little CPU of ours in it was lost to
    other programs on a shared machine; one with the other threads' CPU in it, to a
    worker holding the interpreter lock);
  - keystroke → preview: from a key to the preview showing the text with it;
  - keystroke → checks: once typing pauses, from the last key to the checks
    shown for the text as it stands.

With --db (a 100,000-article desk from bench/storage.py), scrolling the list to
its end and a search are timed too.

    .venv/bin/python bench/workspace.py [--words 32000] [--keys 150] [--db PATH]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SENTENCES, Row, print_rows

PACE_MS = 100  # ten keys a second: a fast typist, steadily


def report_body(words: int, rng: random.Random) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(rng.choices(SENTENCES, k=rng.randint(3, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


class Typist:
    """Types ``keys`` keys into a widget at PACE_MS, turning the event loop between
    them, and records the longest time the loop did not turn.

    For each turn it also keeps the CPU time of the GUI thread and of the others,
    and it notes Python's full garbage collections (on any thread: they hold the
    interpreter lock), to tell our GUI work from what held it up."""

    def __init__(self, keys: int) -> None:
        self.keys = keys
        self.pressed: list[float] = []  # when each key was sent
        self.stalls: list[float] = []  # ms between turns of the loop
        self.cpu: list[float] = []  # the GUI thread's CPU ms in each of those turns
        self.others: list[float] = []  # the other threads' CPU ms in each of those turns
        self.collections: list[float] = []  # ms of each full (generation 2) collection

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._collecting = time.perf_counter()
        else:
            self.collections.append((time.perf_counter() - self._collecting) * 1000)

    def type_into(self, widget: object, idle: Callable[[], bool] = lambda: True) -> None:
        gc.callbacks.append(self._collected)
        try:
            self._type_into(widget, idle)
        finally:
            gc.callbacks.remove(self._collected)

    def _type_into(self, widget: object, idle: Callable[[], bool]) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        qt = QApplication.instance()
        assert qt is not None
        letters = "etaoinshrdlu"
        last, last_cpu, last_all = time.perf_counter(), time.thread_time(), time.process_time()

        def turn() -> None:
            nonlocal last, last_cpu, last_all
            qt.processEvents()
            now, now_cpu, now_all = time.perf_counter(), time.thread_time(), time.process_time()
            self.stalls.append((now - last) * 1000)
            self.cpu.append((now_cpu - last_cpu) * 1000)
            self.others.append((now_all - last_all - (now_cpu - last_cpu)) * 1000)
            last, last_cpu, last_all = now, now_cpu, now_all
            time.sleep(0.0005)

        for i in range(self.keys):
            key = (
                Qt.Key.Key_Space
                if i % 6 == 5
                else getattr(Qt.Key, f"Key_{letters[i % 12].upper()}")
            )
            self.pressed.append(time.perf_counter())
            QTest.keyClick(widget, key)  # type: ignore[arg-type]
            until = self.pressed[-1] + PACE_MS / 1000
            while time.perf_counter() < until:
                turn()
            # No fresh start here: whatever held the loop between its last turn and the
            # next key (a full garbage collection on a worker, say) counts too.
        # after the last key: the loop keeps turning until the work it started is done
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline and not idle():
            turn()

    def longest(self) -> str:
        """The longest turn, its CPU share, the p99, and the full collections."""
        worst = max(range(len(self.stalls)), key=self.stalls.__getitem__)
        p99 = statistics.quantiles(self.stalls, n=100)[-1]
        full = max(self.collections, default=0.0)
        return (
            f"{self.stalls[worst]:.1f} ms (CPU in it: GUI {self.cpu[worst]:.1f}, other threads"
            f" {self.others[worst]:.1f}; p99 {p99:.1f};"
            f" {len(self.collections)} full GCs, longest {full:.1f} ms)"
        )


def typing(words: int, keys: int) -> list[Row]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from deskeditor.app import AppOptions, DeskeditorApp
    from deskeditor.domain.article import Article

    work = Path(tempfile.mkdtemp(prefix="deskeditor-typing-"))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    app = DeskeditorApp(AppOptions(database=work / "desk.sqlite"), settings)
    app.window.resize(1440, 900)
    app.window.show()
    assert app.open_database() and app.editing is not None
    assert app.preview_controller is not None and app.checks_controller is not None
    body = report_body(words, random.Random(3))
    created = app.editing.service.create(Article(headline="A long report", body=body))
    assert created.id is not None
    app.editing.open_article(created.id)
    app.settle(30)  # the dictionary is in, the first preview and checks are done
    editor = app.editor.body
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    base = len(editor.toPlainText())
    typist = Typist(keys)
    previewed: dict[int, float] = {}  # keys typed -> when the preview first showed them
    checked: dict[int, float] = {}

    def seen(into: dict[int, float]) -> Callable[[object, object], None]:
        def record(job: object, _result: object) -> None:
            draft = job[0] if isinstance(job, tuple) else job.draft  # type: ignore[attr-defined]
            into.setdefault(len(draft.body) - base, time.perf_counter())

        return record

    app.preview_controller._job.finished.connect(seen(previewed))
    app.checks_controller._job.finished.connect(seen(checked))
    typist.type_into(editor, lambda: not app.jobs_pending())

    def shown_after(k: int, shown: dict[int, float]) -> float:
        """When key k (1-based) was first on show: in the first shown state holding it."""
        times = [t for typed, t in shown.items() if typed >= k]
        return (min(times) - typist.pressed[k - 1]) * 1000 if times else float("inf")

    preview = [shown_after(k, previewed) for k in range(1, keys + 1)]
    checks_after_pause = shown_after(keys, checked)
    app.window.close_guard = lambda: True
    app.close()

    bare = QPlainTextEdit()
    bare.setPlainText(body)
    bare.resize(560, 800)
    bare.show()
    bare.setFocus()
    bare.moveCursor(bare.textCursor().MoveOperation.End)
    QApplication.processEvents()
    baseline = Typist(keys)
    baseline.type_into(bare)
    bare.close()

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1]

    return [
        Row(
            f"keystroke → checks shown after typing pauses ({words:,} words)",
            "≤ 200 ms",
            f"{checks_after_pause:.0f} ms",
            "",
            checks_after_pause <= 200,
        ),
        Row(
            f"keystroke → preview visible, typing at {1000 // PACE_MS} keys/s",
            "≤ 50 ms",
            f"median {statistics.median(preview):.0f} ms, p95 {p95(preview):.0f} ms",
            "",
            p95(preview) <= 50,
        ),
        Row(
            f"longest GUI stall while typing ({words:,} words)",
            "≤ 16 ms",
            typist.longest(),
            f"bare QPlainTextEdit {baseline.longest()}",
            max(typist.stalls) <= 16,
        ),
    ]


def desk_list(db: Path) -> None:
    """Scrolling and searching a big desk's list (information, no goal here)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from deskeditor.app import AppOptions, DeskeditorApp

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    app = DeskeditorApp(AppOptions(database=db), settings)
    app.window.resize(1440, 900)
    app.window.show()
    app.open_database()
    qt = QApplication.instance()
    assert qt is not None
    table = app.window.list_panel.table
    start = time.perf_counter()
    table.scrollToBottom()
    qt.processEvents()
    print(f"  list: scroll to the end {(time.perf_counter() - start) * 1000:.1f} ms")
    panel = app.window.list_panel
    searches = []
    for text in ("council police", "the said", "people year"):
        panel.search.setText(text)
        start = time.perf_counter()
        panel.apply_filters()
        qt.processEvents()
        searches.append((time.perf_counter() - start) * 1000)
    print(f"  list: search, results shown {statistics.median(searches):.1f} ms median, "
          f"{max(searches):.1f} ms worst")  # fmt: skip
    app.window.close_guard = lambda: True
    app.close()


def measure(words: int = 32_000, keys: int = 150) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    _qt = QApplication.instance() or QApplication(sys.argv[:1])
    return typing(words, keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=32_000)
    parser.add_argument("--keys", type=int, default=150)
    parser.add_argument("--db", type=Path, help="a 100,000-article desk (bench/storage.py)")
    args = parser.parse_args()
    rows = measure(args.words, args.keys)
    print_rows(rows, f"Typing in the workspace, one key every {PACE_MS} ms:")
    if args.db is not None:
        desk_list(args.db)


if __name__ == "__main__":
    main()
