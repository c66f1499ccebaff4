"""The shared desk at newsroom scale, against a throwaway PostgreSQL on loopback.

Prints, each beside the raw driver (psycopg, sqlite3) doing the bare data
movement in the same run:
- a laptop joining a desk of N articles (~800 words): first list page usable,
  everything pulled;
- a sync of 1,000 changed articles each way, and an idle sync;
- server search (PostgreSQL full-text) p95 over bench/storage.py's query mix.

    .venv/bin/python bench/desk.py [--articles N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pgserver import PG_BIN, PgCluster, throwaway_cluster
from tests.services.desk.laptops import add_person

from _common import p95, report, timings
from deskeditor.domain.article import ArticleQuery
from deskeditor.services.articles import ArticleService
from deskeditor.services.desk.connection import DeskAddress
from deskeditor.services.desk.service import DeskService
from deskeditor.storage.database import open_database
from storage import SECTIONS, vocabulary


def seed(cluster: PgCluster, database: str, count: int) -> float:
    """N articles on the server with the raw driver (COPY); seconds taken."""
    import psycopg

    rng = random.Random(20261129)
    words, weights = vocabulary(rng)
    start = datetime(2020, 1, 1)
    began = time.perf_counter()
    with (
        psycopg.connect(
            f"host=127.0.0.1 port={cluster.port} user=postgres dbname={database}"
        ) as conn,
        conn.cursor().copy(
            "COPY articles (uid, slug, section, kicker, headline, dek, byline, dateline, body,"
            " status, language, editorial_note, word_count, created_at, updated_at, version)"
            " FROM STDIN"
        ) as copy,
    ):
        for i in range(count):
            body_words = rng.choices(words, weights, k=rng.randint(650, 950))
            body = "\n\n".join(
                " ".join(body_words[j : j + 90]) + "." for j in range(0, len(body_words), 90)
            )
            headline = " ".join(rng.choices(words[50:], k=rng.randint(5, 10))).capitalize()
            stamp = start + timedelta(minutes=30 * i)
            copy.write_row((
                str(uuid.uuid4()), f"story-{i}", rng.choice(SECTIONS), "", headline,
                " ".join(rng.choices(words, weights, k=18)),
                "By " + " ".join(rng.choices(words[100:], k=2)).title(), "", body, "draft",
                "", "", len(body_words), stamp, stamp, 1,
            ))  # fmt: skip
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    if PG_BIN is None:
        print("PostgreSQL is not installed (apt-get install postgresql)")
        return 1
    with throwaway_cluster("deskeditor-bench-") as cluster:
        run(cluster, args.articles, Path(tempfile.mkdtemp(prefix="deskeditor-laptops-")))
    return 0


def run(cluster: PgCluster, count: int, laptops: Path) -> None:
    database = cluster.fresh_database()
    from tests.pgserver import Desk

    desk = Desk(cluster, database)
    copy_s = seed(cluster, database, count)
    print(f"{'seed (raw COPY)':<34} {count:,} articles in {copy_s:.1f} s")
    import psycopg

    raw_pg = psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=postgres dbname={database}")
    began = time.perf_counter()
    moved = 0
    with raw_pg.cursor(name="all") as cursor:
        cursor.execute("SELECT * FROM articles")
        for _row in cursor:
            moved += 1
    raw_read = time.perf_counter() - began
    print(f"{'raw driver: read every article':<34} {raw_read:.1f} s")

    login, password = add_person(desk, "bench", "copy-editor", "Bench")
    url = desk.url(login, password)
    db = open_database(laptops / "laptop.sqlite")
    service = DeskService(db)
    marks: dict[str, float] = {}
    began = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if "first" not in marks:
            marks["first"] = time.perf_counter() - began
            page = ArticleService(db.unit_of_work).list_page(ArticleQuery(), 0, 100)
            marks["rows"] = len(page)
        if done // 20000 != (done - 2000) // 20000:
            print(f"  pulled {done:,} of {total:,} ({time.perf_counter() - began:.0f} s)")

    service.join(url, "Bench", progress)
    joined = time.perf_counter() - began
    print(
        f"{'join: first list page usable':<34} {marks['first']:.2f} s ({marks['rows']} rows)"
        "   target <= 5 s"
    )
    print(
        f"{'join: everything pulled':<34} {joined:.1f} s   raw read {raw_read:.1f} s   "
        f"ratio {joined / raw_read:.1f}x   target <= 120 s"
    )

    other_db = open_database(laptops / "other.sqlite")
    other = DeskService(other_db)
    login2, password2 = add_person(desk, "other", "copy-editor", "Other")
    other.join(desk.url(login2, password2), "Other")

    articles = ArticleService(db.unit_of_work, author="Bench")
    page = articles.list_page(ArticleQuery(), 0, 1000)
    for summary in page:
        article = articles.get(summary.id)
        articles.save(article.replace(dek=article.dek + " (updated)"))
    began = time.perf_counter()
    pushed = service.sync()
    push_s = time.perf_counter() - began
    began = time.perf_counter()
    pulled = other.sync()
    pull_s = time.perf_counter() - began
    ids = [s.uid for s in page]
    raw_update = timings(
        lambda: raw_pg.cursor().executemany(
            "UPDATE articles SET dek = dek || '.' WHERE uid = %s", [(u,) for u in ids]
        ),
        1,
    )
    raw_pg.commit()
    print(
        f"{'sync: 1,000 changed, sent':<34} {push_s:.2f} s ({pushed.pushed} entries)   "
        f"raw UPDATE x1000 {raw_update[0] / 1000:.2f} s   target <= 5 s"
    )
    print(
        f"{'sync: 1,000 changed, received':<34} {pull_s:.2f} s ({pulled.pulled} rows)"
        "   target <= 5 s"
    )
    service.sync()  # the raw UPDATEs above changed rows: take them first
    idle = timings(service.sync, 20)
    ping = timings(lambda: raw_pg.execute("SELECT 1").fetchall(), 20)
    report("sync: idle", idle, ping, "< 50 ms")

    server = DeskAddress.parse(desk.url()).engine()
    from sqlalchemy.orm import sessionmaker

    from deskeditor.storage.unit_of_work import UnitOfWork

    sessions = sessionmaker(server, expire_on_commit=False)
    on_server = ArticleService(lambda: UnitOfWork(sessions))
    mix = ["council police", "city school", "the said", "people year", "state new"]
    rng = random.Random(1)
    rare = [
        r[0] for r in raw_pg.execute("SELECT headline FROM articles ORDER BY random() LIMIT 15")
    ]
    mix += [" ".join(rng.sample(h.lower().split(), 2)) for h in rare if len(h.split()) >= 2]
    ours: list[float] = []
    naive: list[float] = []
    naive_sql = (
        "SELECT id FROM articles WHERE search @@ plainto_tsquery('simple', %s)"
        " ORDER BY ts_rank(search, plainto_tsquery('simple', %s)) DESC LIMIT 50"
    )
    for text in mix * 3:
        ours += timings(lambda t=text: on_server.search(t, 50), 1)
        naive += timings(lambda t=text: raw_pg.execute(naive_sql, (t, t)).fetchall(), 1)
    report("server search: two words, top 50", ours, naive, f"p95 <= 20 ms (ours {p95(ours):.1f})")
    print(f"{'laptop file':<34} {Path(db.path).stat().st_size / 1e6:.0f} MB")
    server.dispose()
    for each in (service, other):
        each.close()
    db.close()
    other_db.close()
    raw_pg.close()


if __name__ == "__main__":
    sys.exit(main())
