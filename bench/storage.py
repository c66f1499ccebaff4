"""Storage at newsroom scale: 100,000 articles of ~800 words.

Prints, for the list's first page, count, full-text search and an autosave,
our code's time beside the same operation in raw sqlite3 in the same run, and
the database size with and without the search index.

    .venv/bin/python bench/storage.py [--articles N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import p95, report, timings
from deskeditor.domain.article import ArticleQuery, RevisionReason
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database

COMMON = (
    "the of and to a in that is was he for it with as his on be at by i this had not are but "
    "from or have an they which one you were her all she there would their we him been has "
    "when who will more no if out so said what up its about into than them can only other new "
    "some could time these two may then do first any my now such like our over man me even "
    "most made after also did many before must through back years where much your way well "
    "down should because each just those people city council police school year state"
).split()
SECTIONS = ("Local", "Politics", "Business", "Sports", "Arts", "Science", "Health", "Opinion")
STATUSES = ("draft", "editing", "copy desk", "ready", "published", "corrected")


def vocabulary(rng: random.Random, size: int = 30000) -> tuple[list[str], list[float]]:
    syllables = [c + v for c in "bcdfghklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    words = list(COMMON)
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf, like real text
    return words, weights


def build(path: Path, count: int) -> None:
    rng = random.Random(20261129)
    words, weights = vocabulary(rng)
    db = open_database(path)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    start = datetime(2020, 1, 1, tzinfo=UTC).replace(tzinfo=None)
    batch = []
    began = time.perf_counter()
    for i in range(count):
        body_words = rng.choices(words, weights, k=rng.randint(650, 950))
        paragraphs = [" ".join(body_words[j : j + 90]) + "." for j in range(0, len(body_words), 90)]
        headline = " ".join(rng.choices(words[50:], k=rng.randint(5, 10))).capitalize()
        stamp = (start + timedelta(minutes=30 * i)).isoformat(sep=" ")
        batch.append(
            (
                f"story-{i}",
                rng.choice(SECTIONS),
                headline,
                " ".join(rng.choices(words, weights, k=18)),
                "By " + " ".join(rng.choices(words[100:], k=2)).title(),
                "\n\n".join(paragraphs),
                rng.choice(STATUSES),
                len(body_words),
                stamp,
                stamp,
            )
        )
        if len(batch) == 2000:
            _insert(conn, batch)
            batch.clear()
            print(f"\r  built {i + 1:,} articles", end="", file=sys.stderr, flush=True)
    _insert(conn, batch)
    conn.close()
    print(f"\r  built {count:,} articles in {time.perf_counter() - began:.0f} s", file=sys.stderr)


def _insert(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO articles (slug, section, kicker, headline, dek, byline, dateline, body,"
        " status, editorial_note, word_count, created_at, updated_at, version, uid)"
        " VALUES (?, ?, '', ?, ?, ?, '', ?, ?, '', ?, ?, ?, 1, lower(hex(randomblob(16))))",
        rows,
    )
    conn.commit()


def sizes(path: Path) -> tuple[int, int]:
    """(bytes in all, bytes of the search index) from SQLite's page statistics."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        total = conn.execute("PRAGMA page_count").fetchone()[0] * page
        index = conn.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'article_fts%'"
        ).fetchone()[0]
    return total, index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    args = parser.parse_args()
    path = args.keep or Path(tempfile.mkdtemp(prefix="deskeditor-bench-")) / "bench.sqlite"
    if not path.exists():
        build(path, args.articles)
    db = open_database(path)
    service = ArticleService(db.unit_of_work, author="bench")
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA busy_timeout=5000")
    print(f"Deskeditor storage benchmark: {service.count(ArticleQuery()):,} articles at {path}")

    query = ArticleQuery()
    raw_page = (
        "SELECT id, headline, section, byline, status, word_count, updated_at FROM articles"
        " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 100"
    )
    report(
        "list: first page (100, newest)",
        timings(lambda: service.list_page(query, 0, 100), 30),
        timings(lambda: raw.execute(raw_page).fetchall(), 30),
        "<= 50 ms",
    )
    report(
        "list: count",
        timings(lambda: service.count(query), 30),
        timings(
            lambda: raw.execute(
                "SELECT count(*) FROM articles WHERE deleted_at IS NULL"
            ).fetchall(),
            30,
        ),
    )

    mix = ["council police", "city school", "the said", "people year", "state new"]
    rng = random.Random(1)
    rare = [r[0] for r in raw.execute("SELECT headline FROM articles ORDER BY random() LIMIT 15")]
    mix += [" ".join(rng.sample(h.lower().split(), 2)) for h in rare if len(h.split()) >= 2]
    ours: list[float] = []
    naive: list[float] = []
    naive_sql = (
        "SELECT rowid FROM article_fts WHERE article_fts MATCH ?"
        " ORDER BY bm25(article_fts) LIMIT 50"
    )
    for text in mix * 3:
        ours += timings(lambda t=text: service.search(t, 50), 1)
        match = " ".join(f'"{w}"' for w in text.split())
        naive += timings(lambda m=match: raw.execute(naive_sql, (m,)).fetchall(), 1)
    report("search: two words, top 50", ours, naive, f"p95 <= 20 ms (ours p95 {p95(ours):.1f})")

    article = service.get(service.list_page(query, 0, 1)[0].id)
    state = {"article": article, "n": 0}

    def autosave() -> None:
        state["n"] += 1
        current = state["article"]
        state["article"] = service.save(
            current.replace(body=current.body + f" word{state['n']}"), RevisionReason.AUTOSAVE
        )

    def raw_autosave() -> None:
        """The same work by hand: version check, update, revision snapshot, commit."""
        state["n"] += 1
        (version, body) = raw.execute(
            "SELECT version, body FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        body += f" raw{state['n']}"
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        raw.execute(
            "UPDATE articles SET body = ?, word_count = ?, version = version + 1, updated_at = ?"
            " WHERE id = ? AND version = ?",
            (body, len(body.split()), now, article.id, version),
        )
        snapshot = json.dumps({**article.snapshot(), "body": body})
        raw.execute(
            "INSERT INTO revisions (article_id, created_at, reason, author, snapshot, uid)"
            " VALUES (?, ?, 'autosave', 'bench', ?, lower(hex(randomblob(16))))",
            (article.id, now, snapshot),
        )
        raw.commit()

    ours_save = timings(autosave, 5) and timings(autosave, 40)
    raw_save = timings(raw_autosave, 40)
    report("autosave (update + revision)", ours_save, raw_save, "ratio <= 2x")

    total, index = sizes(path)
    print(
        f"{'size':<34} {total / 1e6:8.0f} MB with the search index, {(total - index) / 1e6:.0f} MB"
        f" without: {total / (total - index):.2f}x   target <= 1.3x"
    )
    db.close()


if __name__ == "__main__":
    main()
