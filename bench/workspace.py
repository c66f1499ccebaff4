"""The workspace at newsroom scale (100,000 articles, from bench/storage.py).

Prints, each beside a bare PySide6 baseline measured in the same run:
  - start to first paint of the main window, and to the first list page shown;
  - scrolling the list to its end, and a search;
  - keystroke handling in the body of an 8,000-word article while autosave and
    the preview run (worst case and p95), beside a bare QPlainTextEdit;
  - memory (PSS) at idle with a 2,000-word article open, beside a bare window.

    .venv/bin/python bench/workspace.py --db /tmp/bench100k.sqlite
(build the database first: .venv/bin/python bench/storage.py --keep /tmp/bench100k.sqlite)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve()


def pss_mb() -> float:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- child processes: each prints "label seconds" lines -----------------------------
def child_bare(started: float) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1440, 900)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"paint {time.time() - started:.4f}", flush=True)
                watched.removeEventFilter(self)
                QTimer.singleShot(300, lambda: (print(f"pss {pss_mb():.1f}"), app.quit()))
            return False

    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


def child_app(started: float, db: str, open_words: int) -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

    from deskeditor.app import AppOptions, DeskeditorApp

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    app = DeskeditorApp(AppOptions(database=Path(db)), settings)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"paint {time.time() - started:.4f}", flush=True)
                watched.removeEventFilter(self)
            return False

    probe = FirstPaint()
    app.window.installEventFilter(probe)
    app.window.resize(1440, 900)
    done = []

    def listed() -> None:  # the first list page is in: the desk is usable
        if done:
            return
        done.append(True)
        print(f"list {time.time() - started:.4f}", flush=True)
        if open_words and app.editing is not None:
            from deskeditor.domain.article import Article

            body = "\n\n".join(" ".join(["word"] * 80) for _ in range(open_words // 80))
            created = app.editing.service.create(Article(headline="Memory probe", body=body))
            assert created.id is not None
            app.editing.open_article(created.id)
            app.editing.service.purge(created.id)

        def report() -> None:
            print(f"pss {pss_mb():.1f}", flush=True)
            app.window.close_guard = lambda: True
            app.qt.quit()

        QTimer.singleShot(1500, report)

    app.list_model.modelReset.connect(lambda: QTimer.singleShot(0, listed))
    app.run()


def run_child(*args: str) -> dict[str, float]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE), "--child", *args, "--started", repr(started)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return {k: float(v) for k, v in (line.split() for line in out.splitlines() if line.strip())}


# -- in-process measurements ------------------------------------------------------------
def in_process(db: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from deskeditor.app import AppOptions, DeskeditorApp
    from deskeditor.domain.article import Article

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    app = DeskeditorApp(AppOptions(database=db), settings)
    app.window.resize(1440, 900)
    app.window.show()
    app.open_database()
    qt = QApplication.instance()
    assert app.editing is not None and qt is not None
    table = app.window.list_panel.table

    start = time.perf_counter()
    table.scrollToBottom()
    qt.processEvents()
    scrolled = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    table.scrollToTop()
    qt.processEvents()
    back = (time.perf_counter() - start) * 1000
    print(
        f"{'list: scroll to the end':<44} {scrolled:8.1f} ms   (and back to the top {back:.1f} ms)"
    )

    panel = app.window.list_panel
    searches = []
    for text in ("council police", "the said", "people year"):
        panel.search.setText(text)
        start = time.perf_counter()
        panel.apply_filters()
        qt.processEvents()
        searches.append((time.perf_counter() - start) * 1000)
    panel.search.clear()
    panel.apply_filters()
    print(f"{'list: search, results shown':<44} {statistics.median(searches):8.1f} ms median, "
          f"{max(searches):.1f} ms worst")  # fmt: skip

    rng = random.Random(3)
    words = "the council said on tuesday that the ferry would run every twenty minutes".split()
    body = "\n\n".join(
        " ".join(rng.choices(words, k=80)).capitalize() + "." for _ in range(100)
    )  # 8,000 words
    article = app.editing.service.create(Article(headline="Keystroke probe", body=body))
    assert article.id is not None
    app.editing.open_article(article.id)
    app.settle()  # the dictionary has loaded and the first check is in: the steady state
    editor = app.editor.body
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)

    def type_and_wait(widget: QPlainTextEdit, count: int) -> tuple[list[float], list[float]]:
        keys, stalls = [], []
        for i in range(count):
            start = time.perf_counter()
            QTest.keyClick(widget, Qt.Key.Key_Space if i % 6 == 5 else Qt.Key.Key_A)
            keys.append((time.perf_counter() - start) * 1000)
            until = time.perf_counter() + 0.03  # typing at ~33 keys a second
            while time.perf_counter() < until:
                start = time.perf_counter()
                qt.processEvents()
                stalls.append((time.perf_counter() - start) * 1000)
        return keys, stalls

    ours, our_stalls = type_and_wait(editor, 240)
    bare = QPlainTextEdit()
    bare.setPlainText(body)
    bare.resize(560, 800)
    bare.show()
    bare.setFocus()
    theirs, their_stalls = type_and_wait(bare, 240)
    print(
        f"{'keystroke in an 8,000-word body (handling)':<44} worst {max(ours):6.1f} ms, "
        f"p95 {statistics.quantiles(ours, n=20)[-1]:5.1f}   bare QPlainTextEdit worst "
        f"{max(theirs):6.1f}, p95 {statistics.quantiles(theirs, n=20)[-1]:5.1f}   target <= 16 ms"
    )
    print(
        f"{'longest GUI-thread stall between keys':<44} {max(our_stalls):6.1f} ms "
        f"(preview, word count, autosave hand-off)   bare {max(their_stalls):6.1f} ms"
    )
    app.editing.service.purge(article.id)
    app.window.close_guard = lambda: True
    app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database built by bench/storage.py --keep")
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.child is not None:
        kind, *rest = args.child
        if kind == "bare":
            child_bare(args.started)
        else:
            child_app(args.started, rest[0], int(rest[1]))
        return
    if args.db is None or not args.db.exists():
        raise SystemExit("build the database first: bench/storage.py --keep PATH, then --db PATH")
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(run_child("bare"))
        ours.append(run_child("app", str(args.db), "0"))
    paint_bare = statistics.median(r["paint"] for r in bare) * 1000
    paint_ours = statistics.median(r["paint"] for r in ours) * 1000
    listed = statistics.median(r["list"] for r in ours) * 1000
    print(f"Deskeditor workspace benchmark on {args.db} (medians of {args.runs} runs)")
    ratio = paint_ours / paint_bare
    print(f"{'start to first paint':<44} ours {paint_ours:7.0f} ms   bare window "
          f"{paint_bare:5.0f} ms   ratio {ratio:4.2f}x   target <= 1.3x")  # fmt: skip
    print(f"{'start to first list page shown':<44} ours {listed:7.0f} ms")
    memory = run_child("app", str(args.db), "2000")["pss"]
    bare_memory = statistics.median(r["pss"] for r in bare)
    print(f"{'memory at idle, 2,000-word article (PSS)':<44} ours {memory:7.1f} MB   bare window "
          f"{bare_memory:5.1f} MB   ratio {memory / bare_memory:4.2f}x   target <= 2x")  # fmt: skip
    in_process(args.db)


if __name__ == "__main__":
    main()
