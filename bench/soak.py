"""Soak: the window typing while article imports, mail intake and exports run beside
it in other processes, with kill -9 at random moments, round after round on one
desk. Not run in CI.

Each round: a new article is typed into by the real app (tests/ui/typing_driver.py);
meanwhile `deskeditor import` reads a new folder of copy, `deskeditor inbox import`
a new mbox, and an exporter writes articles out; after a random 1-6 s the app is
killed with SIGKILL, and now and then an importer too. Then the round counts the
characters typed more than a second before the kill that the database does not
hold, and checks the database (`deskeditor db check`: integrity, foreign keys,
search index). Killed imports are run again in the next round: nothing may come in
twice.

    .venv/bin/python bench/soak.py [--rounds 30] [--seed 18] [--keep PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRIVER = HERE.parent / "tests" / "ui" / "typing_driver.py"
LOSS_WINDOW_S = 1.0
SLACK_S = 0.25  # progress lines are read a little after they are printed
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@dataclass
class Figures:
    rounds: int = 0
    app_kills: int = 0
    importer_kills: int = 0
    losses: list[int] = field(default_factory=list)  # characters older than 1 s, per round
    integrity: list[str] = field(default_factory=list)  # db check's verdict, per round
    duplicates: list[int] = field(default_factory=list)  # articles in excess of sources
    broken_exports: int = 0  # export files found incomplete after a kill
    words: int = 0  # words typed, all rounds
    overlapped: int = 0  # rounds where an import was still writing at the kill
    slowest_save: float = 0.0  # seconds from an autosave's start to its landing
    busy: list[bool] = field(default_factory=list)  # per round: imports beside it or not
    slowest: list[float] = field(default_factory=list)  # per round: slowest autosave
    notes: list[str] = field(default_factory=list)  # per round: load, saves


def deskeditor(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "deskeditor", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=ENV,
    )


def write_copy(folder: Path, round_number: int, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"r{round_number:03}-{n:04}.txt").write_text(
            f"Round {round_number} story {n}\n\nBy Soak Tester\n\n"
            f"MILLBROOK — The ferry crossed the river for the {n}th time in round "
            f"{round_number}, officials said.\n\nIt was on time.\n",
            encoding="utf-8",
        )


def write_mbox(path: Path, round_number: int, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(
                "From reader@example.org Mon Nov  9 08:14:22 2026\n"
                f"From: Reader {n} <reader{n % 50}@example.org>\n"
                f"Subject: Round {round_number} story {n % 200} has an error\n"
                f"Message-ID: <r{round_number}-{n}@soak.example>\n\n"
                f"From what I read, story {n % 200} of round {round_number} is wrong.\n\n"
            )


EXPORTER = """
import random, sys, time
from pathlib import Path
from deskeditor.domain.article import ArticleQuery
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.exporting import ArticleExporter, ExportFormat
from deskeditor.services.rendering import ArticleRenderer
from deskeditor.storage.database import open_database
db, out = open_database(Path(sys.argv[1])), Path(sys.argv[2])
service = ArticleService(db.unit_of_work)
exporter = ArticleExporter(ArticleRenderer(resource_path("preview")), None, db.files())
formats = [f for f in ExportFormat if f is not ExportFormat.PDF]
rng = random.Random(int(sys.argv[3]))
while True:  # until killed
    page = service.list_page(ArticleQuery(), 0, 50)
    if page:
        article = service.get(rng.choice(page).id)
        fmt = rng.choice(formats)
        exporter.export(article, service.notices(article.id or 0), fmt, out / f"a{fmt.suffix}")
    time.sleep(0.05)
"""


def type_until_killed(
    db: Path, settings: Path, article_id: int, seconds: float
) -> list[tuple[float, int]]:
    """The real app types into the article; SIGKILL after ``seconds``. Returns when
    the test saw each word typed."""
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), str(settings), str(article_id)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV,
    )  # fmt: skip
    typed: list[tuple[float, int]] = []
    assert process.stdout is not None
    started = None
    for line in process.stdout:
        now = time.monotonic()
        kind, _, number = line.strip().partition(" ")
        if kind == "saving":
            SAVES.append((now, -1))
        elif kind == "saved":
            SAVES.append((now, int(number)))
        else:
            started = started or now
            typed.append((now, int(number)))
            if now - started >= seconds:
                break
    typed.append((time.monotonic(), -1))  # the moment of the kill
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return typed


SAVES: list[tuple[float, int]] = []  # (seen at, -1 for "saving" or the last word saved)


def save_latencies() -> list[float]:
    """Seconds from each autosave's start to its landing, this round."""
    spans, began = [], None
    for moment, word in SAVES:
        if word < 0:
            began = moment
        elif began is not None:
            spans.append(moment - began)
            began = None
    return spans


def lost_characters(db: Path, article_id: int, typed: list[tuple[float, int]]) -> int:
    """Characters typed more than LOSS_WINDOW_S before the kill that are not stored."""
    killed_at = typed[-1][0]
    deadline = killed_at - LOSS_WINDOW_S - SLACK_S
    must_have = max((n for t, n in typed[:-1] if t <= deadline), default=0)
    with sqlite3.connect(db, timeout=30) as conn:
        body = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    conn.close()
    words = [int(n) for n in re.findall(r"w(\d+)", body)]
    saved = max(words, default=0)
    if words != list(range(1, saved + 1)):
        return 10**9  # garbled: everything counts as lost
    return sum(len(f" w{n}") for n in range(saved + 1, must_have + 1))


def broken_exports(folder: Path) -> int:
    """Export files that are not whole (an export killed midway must leave none)."""
    import json
    import zipfile

    broken = 0
    for path in folder.iterdir():
        if path.name.startswith(".") or not path.is_file():
            continue  # a kill -9 leaves its staging folder; the target is what counts
        data = path.read_bytes()
        try:
            if path.suffix == ".json":
                json.loads(data)
            elif path.suffix == ".docx":
                zipfile.ZipFile(path).testzip()
            elif path.suffix == ".html":
                assert data.rstrip().endswith(b"</html>")
            else:
                assert data.strip()
        except Exception:
            broken += 1
    return broken


def new_article(db: Path, round_number: int) -> int:
    from deskeditor.domain.article import Article
    from deskeditor.services.articles import ArticleService
    from deskeditor.storage.database import open_database

    database = open_database(db)
    try:
        article = ArticleService(database.unit_of_work).create(
            Article(headline=f"Soak round {round_number}", body="Start.")
        )
    finally:
        database.close()
    assert article.id is not None
    return article.id


def check(db: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "deskeditor", "db", "check", "--db", str(db)],
        capture_output=True, text=True, env=ENV, timeout=600,
    )  # fmt: skip
    return "ok" if done.returncode == 0 else (done.stdout + done.stderr).strip()


def excess_articles(db: Path, work: Path) -> int:
    """Articles beyond one per source file imported so far (must be 0)."""
    sources = len(list((work / "copy").rglob("*.txt")))
    with sqlite3.connect(db, timeout=30) as conn:
        imported = int(
            conn.execute(
                "SELECT count(*) FROM articles WHERE headline LIKE 'Round % story %'"
            ).fetchone()[0]
        )
    conn.close()
    return max(0, imported - sources)


def run_round(
    number: int, db: Path, work: Path, rng: random.Random, figures: Figures, busy: bool
) -> None:
    """One round: typing and a kill; with ``busy``, imports and exports beside it (a
    control round without them shows what the machine's own load costs)."""
    copy, mbox = work / "copy" / f"r{number:03}", work / f"r{number:03}.mbox"
    if busy:
        write_copy(copy, number, 150)
        write_mbox(mbox, number, 3000)
    article_id = new_article(db, number)
    # The copy of every round so far: an import killed before resumes, a finished one skips.
    importers = [
        deskeditor("import", str(work / "copy"), "--db", str(db)),
        deskeditor("inbox", "import", str(mbox), "--db", str(db)),
    ] if busy else []  # fmt: skip
    exporter = subprocess.Popen(
        [sys.executable, "-c", EXPORTER if busy else "", str(db), str(work / "out"), str(number)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
    )  # fmt: skip
    SAVES.clear()
    load = os.getloadavg()[0]
    typed = type_until_killed(db, work / f"settings-{number}.ini", article_id, rng.uniform(1, 6))
    spans = save_latencies()
    figures.slowest_save = max([figures.slowest_save, *spans])
    figures.slowest.append(max(spans, default=0.0))
    figures.notes.append(
        f"load {load:.1f}, {len(spans)} saves, slowest {max(spans, default=0) * 1000:.0f} ms"
    )
    figures.app_kills += 1
    figures.words += max(n for _, n in typed)
    figures.overlapped += any(importer.poll() is None for importer in importers)
    figures.busy.append(busy)
    for importer in importers:
        if importer.poll() is None and rng.random() < 0.5:
            importer.send_signal(signal.SIGKILL)
            figures.importer_kills += 1
    exporter.send_signal(signal.SIGKILL)  # mid-export, often: the files must stay whole
    exporter.wait(timeout=60)
    for importer in importers:
        importer.wait(timeout=600)
    figures.broken_exports += broken_exports(work / "out")
    figures.losses.append(lost_characters(db, article_id, typed))
    figures.integrity.append(check(db))
    figures.duplicates.append(excess_articles(db, work))
    figures.rounds += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--keep", type=Path, help="keep the work folder here")
    parser.add_argument(
        "--control",
        action="store_true",
        help="every other round without imports and exports: the machine's own share",
    )
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="deskeditor-soak-"))
    (work / "out").mkdir(parents=True, exist_ok=True)
    db = work / "desk.sqlite"
    rng = random.Random(args.seed)
    figures = Figures()
    started = time.monotonic()
    for number in range(1, args.rounds + 1):
        run_round(number, db, work, rng, figures, busy=not (args.control and number % 2 == 0))
        print(f"round {number:3}: lost {figures.losses[-1]:3} characters older than 1 s; "
              f"db check: {figures.integrity[-1]}; excess articles: {figures.duplicates[-1]}; "
              f"{figures.notes[-1]}", flush=True)  # fmt: skip
    final = subprocess.run(
        [sys.executable, "-m", "deskeditor", "import", str(work / "copy"), "--db", str(db)],
        capture_output=True, text=True, env=ENV, timeout=600,
    )  # fmt: skip
    ok = sum(verdict == "ok" for verdict in figures.integrity)
    for label, wanted in (("with imports and exports", True), ("control, typing alone", False)):
        rounds = [i for i, busy in enumerate(figures.busy) if busy is wanted]
        if rounds:
            worst = max(figures.losses[i] for i in rounds)
            lossy = sum(figures.losses[i] > 0 for i in rounds)
            slow = max(figures.slowest[i] for i in rounds) * 1000
            print(f"  {label}: {len(rounds)} rounds, worst loss {worst} characters, "
                  f"{lossy} round(s) with any, slowest autosave {slow:.0f} ms")  # fmt: skip
    print(f"\nSoak: {figures.rounds} rounds in {time.monotonic() - started:.0f} s, "
          f"{figures.app_kills} kill -9 of the typing window, "
          f"{figures.importer_kills} of an import beside it; {figures.words:,} words typed; "
          f"an import still writing at {figures.overlapped} of the kills")  # fmt: skip
    print(
        f"  worst loss older than 1 s: {max(figures.losses)} characters (goal 0); "
        f"rounds with any: {sum(loss > 0 for loss in figures.losses)}"
    )
    print(f"  slowest autosave (start to stored): {figures.slowest_save * 1000:.0f} ms")
    print(f"  db check ok: {ok} of {figures.rounds}; export files found broken: "
          f"{figures.broken_exports}")  # fmt: skip
    print(
        f"  articles imported twice after interrupted imports: {max(figures.duplicates)}; "
        f"a last import of every round's copy: {final.stdout.strip().splitlines()[-1]}"
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
