"""Start-up through the real entry point, beside a bare PySide6 window in the same run.

For an empty desk, the demo desk (`deskeditor --demo`) and a 100,000-article desk,
each started as a copy editor starts it (the `deskeditor` console script, its
command-line parsing included): the first paint of the main window, the moment
the desk is usable (the list filled and an article open taking typing) and, once
every background job has finished, the memory it holds (PSS, from
/proc/PID/smaps_rollup). The baseline is a bare `QMainWindow` started the
same way: its first paint, and its PSS once idle. The app reports its milestones
itself when DESKEDITOR_STARTUP_TRACE is set (src/deskeditor/ui/startup_trace.py).
A desk already on disk shows its list and last article as plain sqlite3 reads
them ("shown") and takes typing into that article as the event loop first turns
("usable") while SQLAlchemy loads and the database opens on a worker; "desk" is
when the desk is open and every command answers. An empty desk on disk has no
article to type into: it is usable when New article opens one at once, typing
taken (its first look's; stored when the desk opens). The demo desk is a copy
of the one its first start wrote through the desk's own storage and kept in the
cache folder (the untimed warm-up run writes it), so it has a first look too.

Measured with compiled bytecode, as installed: PYTHONDONTWRITEBYTECODE is dropped
and PYTHONPYCACHEPREFIX points at a folder of this run, which one untimed warm-up
run of each command fills; without it every start recompiles ~50 modules.
Windows are maximized on a 1440×900 offscreen screen; runs are interleaved and
medians reported, since the machines here are shared and noisy.

    .venv/bin/python bench/startup.py [--runs 7] [--db100k PATH] [--frozen PATH]
(--db100k is built by bench/storage.py's builder when missing: a few minutes.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Row, print_rows

TRACE_ENV = "DESKEDITOR_STARTUP_TRACE"
DEFAULT_100K = Path(tempfile.gettempdir()) / "deskeditor-bench-100k.sqlite"
SCREEN = {"width": 1440, "height": 900}
# The baseline: a bare window, reporting the same milestones the same way.
BARE_WINDOW = f"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
launched = float(os.environ[{TRACE_ENV!r}])
app = QApplication(sys.argv[:1])
window = QMainWindow()

def pss():
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024

def idle():
    print(f"idle {{time.time() - launched:.4f}}", file=sys.stderr)
    print(f"pss {{pss():.1f}}", file=sys.stderr, flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"paint {{time.time() - launched:.4f}}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(500, idle)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.showMaximized()
app.exec()
"""


def environment(work: Path) -> dict[str, str]:
    """Compiled bytecode in a folder of this run; settings, data and the screen of
    our own, so nothing of the user's is read or written."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    screen = work / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, **SCREEN}]}))
    env.update(
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),  # the schema and demo templates of this run
    )
    return env


def launch(command: list[str], env: dict[str, str], config: Path) -> dict[str, float]:
    """Run one start to idle; its milestones in seconds (pss in MB)."""
    env = {**env, "XDG_CONFIG_HOME": str(config), TRACE_ENV: repr(time.time())}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    found = {}
    for line in done.stderr.splitlines():
        name, _, value = line.partition(" ")
        if name in ("paint", "shown", "usable", "desk", "idle", "pss"):
            found[name] = float(value)
    if done.returncode != 0 or "pss" not in found:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    found.setdefault("usable", found["paint"])
    found.setdefault("desk", found["usable"])
    return found


def entry_point(frozen: Path | None) -> list[str]:
    """The `deskeditor` console script beside this interpreter, or a frozen build."""
    if frozen is not None:
        return [str(frozen)]
    script = Path(sys.executable).with_name("deskeditor")
    if not script.exists():
        raise SystemExit(f"{script} is missing: install the package (pip install -e .)")
    return [str(script)]


def desk_100k(path: Path) -> Path:
    if not path.exists():
        from storage import build  # bench/storage.py's builder

        print(f"building {path} (100,000 articles, a few minutes)…", file=sys.stderr)
        build(path, 100_000)
    return path


def measure(
    runs: int = 7, db100k: Path | None = DEFAULT_100K, frozen: Path | None = None
) -> list[Row]:
    """The rows; ``db100k`` None leaves the 100,000-article desk out (its build takes
    many minutes on a busy machine)."""
    work = Path(tempfile.mkdtemp(prefix="deskeditor-startup-"))
    env = environment(work)
    app = entry_point(frozen)
    empty = work / "empty.sqlite"
    subprocess.run([*app, "--db", str(empty), "db", "upgrade"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    commands = {
        "bare": [sys.executable, "-c", BARE_WINDOW],
        "empty": [*app, "--db", str(empty)],
        "demo": [*app, "--demo"],
    }
    if db100k is not None:
        commands["100k"] = [*app, "--db", str(desk_100k(db100k))]
    results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    try:
        for name, command in commands.items():  # warm-up: compiles the bytecode
            launch(command, env, work / f"config-{name}")
        for _ in range(runs):
            for name, command in commands.items():
                results[name].append(launch(command, env, work / f"config-{name}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    bare_paint, bare_pss = median("bare", "paint") * 1000, median("bare", "pss")
    desks = [d for d in ("empty", "demo", "100k") if d in commands]
    names = " / ".join(desks)
    paints = [median(d, "paint") * 1000 for d in desks]
    usable = [median(d, "usable") * 1000 for d in desks]
    opened = [median(d, "desk") * 1000 for d in desks]
    looked = [d for d in desks if all("shown" in r for r in results[d])]
    shown = [median(d, "shown") * 1000 for d in looked]
    demo_pss = median("demo", "pss")

    def ratios(values: list[float]) -> str:
        return " / ".join(f"{v / bare_paint:.2f}×" for v in values)

    def spans(values: list[float]) -> str:
        return " / ".join(f"{v:.0f}" for v in values)

    return [
        Row(
            f"first paint, real entry point ({names})",
            "≤ 1.3× bare",
            f"{ratios(paints)} ({spans(paints)} ms)",
            f"bare QMainWindow {bare_paint:.0f} ms",
            all(p / bare_paint <= 1.3 for p in paints),
        ),
        Row(
            f"start → list and last article shown ({' / '.join(looked)})",
            "—",
            f"{ratios(shown)} ({spans(shown)} ms)",
            f"bare QMainWindow {bare_paint:.0f} ms",
            None,
        ),
        Row(
            f"start → usable: list filled, article open (empty: a new one), typing taken ({names})",
            "≤ 3× bare",
            f"{ratios(usable)} ({spans(usable)} ms)",
            f"bare QMainWindow {bare_paint:.0f} ms",
            all(u / bare_paint <= 3 for u in usable),
        ),
        Row(
            f"start → desk open, every command answers ({names})",
            "—",
            f"{ratios(opened)} ({spans(opened)} ms)",
            f"bare QMainWindow {bare_paint:.0f} ms",
            None,
        ),
        Row(
            "idle memory (PSS), demo desk",
            "≤ 120 MB",
            f"{demo_pss:.0f} MB",
            f"bare window {bare_pss:.0f} MB",
            demo_pss <= 120,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db100k", type=Path, default=DEFAULT_100K)
    parser.add_argument("--no-100k", action="store_true", help="leave the 100k desk out")
    parser.add_argument("--frozen", type=Path, help="a PyInstaller-built deskeditor instead")
    args = parser.parse_args()
    rows = measure(args.runs, None if args.no_100k else args.db100k, args.frozen)
    print_rows(rows, f"Start-up, medians of {args.runs} interleaved runs (compiled bytecode):")


if __name__ == "__main__":
    main()
