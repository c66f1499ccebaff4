"""Shared helpers for the benchmarks: timing and printing figures beside a baseline."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

# Copy the checks and the typing benches build their articles from.
SENTENCES = [
    "The council voted 4-3 on Tuesday to close three blocks of Market Street to cars.",
    "“People do not walk six blocks carrying a lawnmower,” said Glen Paterson.",
    "Councilwoman Ines Carvalho said studies from comparable towns showed takings rising.",
    "The ferry will run every 20 minutes from 6 a.m. to 9 p.m. on weekdays.",
    "Repairs cost $2.3 million, about a third of it paid by the state’s fund.",
    "Residents can comment on the proposal at the meeting or by email before Friday.",
]


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls."""
    result = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        result.append((time.perf_counter() - start) * 1000)
    return result


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def report(name: str, ours: list[float], baseline: list[float], target: str = "") -> None:
    """One line: our median and p95, the baseline's, and the ratio of medians."""
    mine, theirs = statistics.median(ours), statistics.median(baseline)
    ratio = mine / theirs if theirs else float("inf")
    print(
        f"{name:<34} ours {mine:8.2f} ms (p95 {p95(ours):7.2f})   "
        f"baseline {theirs:8.2f} ms (p95 {p95(baseline):7.2f})   ratio {ratio:5.2f}x"
        + (f"   target {target}" if target else "")
    )


@dataclass(frozen=True)
class Row:
    """One row of the issue's table: what, the goal, our figure, the baseline measured
    in the same run, and whether the goal is met (None: no goal, information only)."""

    what: str
    goal: str
    figure: str
    baseline: str
    met: bool | None


def print_rows(rows: list[Row], title: str = "") -> None:
    """The rows as one aligned table."""
    if title:
        print(title)
    header = Row("what", "goal", "figure", "baseline (same run)", None)
    widths = [max(len(getattr(r, f)) for r in [header, *rows]) for f in FIELDS]
    for row in [header, *rows]:
        verdict = {True: "met", False: "NOT MET", None: ""}[row.met] if row is not header else ""
        cells = [getattr(row, f).ljust(w) for f, w in zip(FIELDS, widths, strict=True)]
        print("  " + "  ".join(cells) + "  " + verdict)


FIELDS = ("what", "goal", "figure", "baseline")
