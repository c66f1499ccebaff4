"""How long an autosave waits while another process imports a mailbox: the same
article save (ArticleService.save, as the window's autosave does it) timed every
100 ms while `deskeditor inbox import` of a big mbox runs in another process, beside
the same saves with nothing else writing, in the same run. Not a test: the machine's
own load moves the figures, the ratio and the worst case are what count.

    .venv/bin/python bench/autosave_beside_import.py [--messages 20000] [--seconds 20]
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

from deskeditor.domain.article import Article, RevisionReason
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.storage.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.mailboxes import write_mbox


def save_times(db: Path, article_id: int, seconds: float) -> list[float]:
    """Milliseconds of each save of a growing body, one every 100 ms."""
    database = open_database(db)
    service = ArticleService(database.unit_of_work)
    article = service.get(article_id)
    times = []
    deadline = time.monotonic() + seconds
    word = 0
    while time.monotonic() < deadline:
        word += 1
        draft = article.replace(body=f"{article.body} w{word}")
        start = time.perf_counter()
        article = service.save(draft, RevisionReason.AUTOSAVE)
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.1)
    database.close()
    return times


def describe(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(times):6.1f} ms   p99 {p99:6.1f} ms   "
        f"worst {max(times):6.1f} ms   ({len(times)} saves)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="deskeditor-autosave-"))
    db, mbox = work / "desk.sqlite", work / "big.mbox"
    database = open_database(db)
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    article = ArticleService(database.unit_of_work).create(Article(headline="Live", body="Go."))
    database.close()
    assert article.id is not None
    write_mbox(mbox, args.messages)

    alone = save_times(db, article.id, args.seconds)
    importer = subprocess.Popen(
        [sys.executable, "-m", "deskeditor", "inbox", "import", str(mbox), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    time.sleep(2)  # the import is under way
    beside = save_times(db, article.id, args.seconds)
    running = importer.poll() is None
    importer.kill()
    importer.wait()
    print(f"Autosave of one article, every 100 ms for {args.seconds:.0f} s "
          f"(load {os.getloadavg()[0]:.1f}):")  # fmt: skip
    print(f"  {'nothing else writing (baseline)':<40} {describe(alone)}")
    print(f"  {'beside an import of ' + format(args.messages, ',') + ' messages':<40} "
          f"{describe(beside)}   ratio of medians "
          f"{statistics.median(beside) / statistics.median(alone):4.1f}x")  # fmt: skip
    print(f"  the import was still running at the end: {running}")


if __name__ == "__main__":
    main()
