"""The corrections inbox at scale.

1. Reading a 10,000-message mbox: messages per second for our import (parse,
   match, thread, store) beside the bare standard-library parse of the same file
   (email.message_from_binary_file with policy=compat32), in the same run.
2. An inbox of 100,000 requests: the list's first page (what the window shows) and
   the counts of its summary line, beside the bare SQL of the same page in the same
   run; a single status, the overdue filter, the last page, the whole list (what
   `inbox list` reads); and opening the desk (start to the article list shown, in
   the real app) with those requests beside the same desk without them.

    .venv/bin/python bench/inbox.py [--messages 10000] [--requests 100000] [--runs 15]
        [--intake-runs 3]
"""

from __future__ import annotations

import argparse
import email
import mailbox
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Row, print_rows
from deskeditor.domain.corrections import RequestStatus
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.inbox import InboxService
from deskeditor.services.inbox_list import RequestFilter
from deskeditor.storage.database import open_database

BENCH = Path(__file__).resolve().parent

SAMPLES = sorted(resource_path("demo", "mail").glob("*.eml"))


def build_mbox(path: Path, count: int) -> None:
    rng = random.Random(3)
    samples = [p.read_bytes() for p in SAMPLES]
    box = mailbox.mbox(str(path))
    box.lock()
    for n in range(count):
        raw = rng.choice(samples)
        raw = raw.replace(b"Message-ID: <", f"Message-ID: <{n}.".encode(), 1)
        if b"Message-ID:" not in raw:
            raw = f"Message-ID: <{n}@bench.example>\n".encode() + raw
        box.add(raw)
    box.flush()
    box.unlock()


def build_requests(path: Path, count: int) -> None:
    """A desk (the demo articles) with ``count`` requests, nine in ten thread roots,
    received over two years, in the statuses a busy desk has; raw SQL for speed."""
    database = open_database(path)
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    database.close()
    rng = random.Random(15)
    now = datetime.now(UTC).replace(tzinfo=None)
    statuses = [s.value for s in RequestStatus]
    busy = {"new": 40, "triaging": 10, "investigating": 10, "notice published": 10}
    weights = [busy.get(status, 4) for status in statuses]  # most new, some of every kind
    with sqlite3.connect(path) as conn:
        article_ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        rows = []
        for n in range(1, count + 1):
            root = rng.randrange(1, n) if n > 1 and rng.random() < 0.1 else None
            received = now - timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
            rows.append((
                f"<{n}@bench.example>", f"{n:064x}", root, f"reader{n % 5000}@example.org",
                f"Reader {n}", received, f"Correction request {n}",
                "Your story has a wrong figure in its third paragraph.", b"raw message",
                f"bench.mbox#{n}", rng.choice([*article_ids, None]),
                rng.choices(statuses, weights)[0], received, received,
            ))  # fmt: skip
        conn.executemany(
            "INSERT INTO correction_requests (message_id, content_hash, thread_root_id, sender,"
            " sender_name, received_at, subject, text, raw, source, article_id, status,"
            " assignee, notes, created_at, updated_at, uid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?,"
            " lower(hex(randomblob(16))))",
            rows,
        )
    conn.close()


def interleaved(runs: int, **jobs: Callable[[], object]) -> dict[str, float]:
    """Median milliseconds of each job, the jobs taking turns ``runs`` times."""
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def time_to_list(dbs: list[Path], runs: int) -> list[float]:
    """Median seconds from start to the article list shown in the real app
    (bench/workspace.py's child process), for each database, taking turns."""
    seen: list[list[float]] = [[] for _ in dbs]
    for _ in range(runs):
        for times, db in zip(seen, dbs, strict=True):
            started = time.time()
            out = subprocess.run(
                [sys.executable, str(BENCH / "workspace.py"), "--child", "app", str(db), "0",
                 "--started", repr(started)],
                capture_output=True, text=True, check=True, timeout=300,
            ).stdout  # fmt: skip
            times += [float(line.split()[1]) for line in out.splitlines() if "list" in line]
    return [statistics.median(times) for times in seen]


def big_inbox(count: int, runs: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="deskeditor-inbox-"))
    db = work / "inbox.sqlite"
    build_requests(db, count)
    empty = work / "no-inbox.sqlite"
    shutil.copy(db, empty)
    with sqlite3.connect(empty) as conn:
        conn.execute("DELETE FROM correction_requests")
    conn.close()
    database = open_database(db)
    inbox = InboxService(database.unit_of_work, ArticleService(database.unit_of_work))
    raw = sqlite3.connect(db)
    floor_sql = (
        "SELECT id, status, received_at, sender, subject, article_id FROM correction_requests"
        " WHERE thread_root_id IS NULL ORDER BY received_at DESC, id DESC LIMIT 100"
    )
    everything, overdue = RequestFilter(), RequestFilter(overdue=True)
    last = inbox.request_count(everything) - 100
    medians = interleaved(
        runs,
        floor=lambda: raw.execute(floor_sql).fetchall(),
        first=lambda: inbox.request_page(everything, 0, 100),
        load=lambda: (
            inbox.request_count(everything),
            inbox.request_page(everything, 0, 100),
            inbox.counts(),
        ),
        status=lambda: inbox.request_page(RequestFilter(RequestStatus.INVESTIGATING), 0, 100),
        overdue=lambda: inbox.request_page(overdue, 0, 100),
        last=lambda: inbox.request_page(everything, last, 100),
    )
    start = time.perf_counter()
    whole = len(inbox.requests())
    whole_s = time.perf_counter() - start
    raw.close()
    database.close()
    with_inbox, without = time_to_list([db, empty], 7)
    floor = medians["floor"]
    print(f"An inbox of {count:,} requests (medians of {runs} interleaved runs):")
    print(f"  {'bare SQL of the first page (baseline)':<46} {floor:7.2f} ms")
    for key, label in (
        ("first", "list: first page"), ("load", "list: first page, count and summary counts"),
        ("status", "list: one status, first page"), ("overdue", "list: overdue, first page"),
        ("last", "list: last page"),
    ):  # fmt: skip
        target = "   target <= 50 ms" if key in ("first", "load") else ""
        print(f"  {label:<46} {medians[key]:7.2f} ms   ratio {medians[key] / floor:5.1f}x{target}")
    print(f"  {'the whole list (inbox list): ' + format(whole, ',') + ' rows':<46} "
          f"{whole_s * 1000:7.0f} ms")  # fmt: skip
    print(f"  {'opening the desk, start to article list':<46} {with_inbox * 1000:7.0f} ms   "
          f"without the requests {without * 1000:.0f} ms   "
          f"ratio {with_inbox / without:4.2f}x   target: unaffected")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--intake-runs", type=int, default=3, help="interleaved mbox imports")
    args = parser.parse_args()
    if args.requests:
        big_inbox(args.requests, args.runs)
    if not args.messages:
        return
    print_rows(intake_rows(args.messages, args.intake_runs), "Mail intake:")


def intake_rows(messages: int = 10_000, runs: int = 3) -> list[Row]:
    """`inbox import` of a ``messages``-message mbox beside the bare compat32 parse of
    the same mbox, and the same mbox again (every message a duplicate): medians of
    ``runs`` interleaved runs, each import into a fresh desk."""
    work = Path(tempfile.mkdtemp(prefix="deskeditor-inbox-"))
    mbox = work / "corrections.mbox"
    build_mbox(mbox, messages)
    box = mailbox.mbox(str(mbox))
    keys = list(box.iterkeys())
    n = len(keys)

    def bare() -> None:  # the bare standard-library parse, as cheap as it comes
        for key in keys:
            with box.get_file(key) as f:
                email.message_from_binary_file(f, policy=policy.compat32)

    seconds: dict[str, list[float]] = {"bare": [], "ours": [], "again": []}
    for run in range(runs):
        start = time.perf_counter()
        bare()
        seconds["bare"].append(time.perf_counter() - start)
        database = open_database(work / f"desk-{run}.sqlite")
        seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
        inbox = InboxService(database.unit_of_work, ArticleService(database.unit_of_work))
        for key in ("ours", "again"):
            start = time.perf_counter()
            outcomes = inbox.import_sources([mbox])
            seconds[key].append(time.perf_counter() - start)
            assert len(outcomes) == n and all(o.error is None for o in outcomes)
        database.close()
    shutil.rmtree(work, ignore_errors=True)
    bare_s, ours, again = (statistics.median(seconds[k]) for k in ("bare", "ours", "again"))
    baseline = f"bare compat32 parse {n / bare_s:,.0f} msg/s (medians of {runs} runs)"
    return [
        Row(
            f"inbox import of a {n:,}-message mbox",
            ">= 1,000 msg/s and >= 0.25x the bare parse",
            f"{n / ours:,.0f} msg/s ({bare_s / ours:.2f}x)",
            baseline,
            n / ours >= 1000 and bare_s / ours >= 0.25,
        ),
        Row(
            "  the same mbox again (all duplicates)",
            "(information)",
            f"{n / again:,.0f} msg/s ({bare_s / again:.2f}x)",
            baseline,
            None,
        ),
    ]


if __name__ == "__main__":
    main()
