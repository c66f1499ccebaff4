"""Start-up: from launch to a rendered window, beside a bare PySide6 window.

Each command starts, renders its window offscreen to a PNG and exits; runs are
interleaved and the median is reported, since machines here are noisy.

    .venv/bin/python bench/startup.py [--frozen build/dist/deskeditor/deskeditor]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1440, 900)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def run_once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, check=True, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, help="the PyInstaller-built executable")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="deskeditor-startup-"))
    db = work / "desk.sqlite"
    subprocess.run(
        [sys.executable, "-m", "deskeditor", "--db", str(db), "db", "upgrade"],
        check=True,
        capture_output=True,
    )
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW, str(work / "bare.png")],
        "python -m deskeditor": [
            sys.executable,
            "-m",
            "deskeditor",
            "--db",
            str(db),
            "--screenshot",
            str(work / "py.png"),
        ],
    }
    if args.frozen:
        commands["frozen deskeditor"] = [
            str(args.frozen),
            "--db",
            str(db),
            "--screenshot",
            str(work / "frozen.png"),
        ]
    results: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            results[name].append(run_once(command))
    base = statistics.median(results["bare PySide6 window"])
    print(f"Start to rendered window, median of {args.runs} interleaved runs:")
    for name, values in results.items():
        median = statistics.median(values)
        print(f"  {name:<24} {median:7.0f} ms   {median / base:4.2f}x the bare window")


if __name__ == "__main__":
    main()
