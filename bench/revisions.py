"""Word diffs of two versions of a 2,000- and an 8,000-word body with 200 scattered
edits (words replaced, inserted and deleted, no-break spaces, curly quotes for
straight ones), and the history list of a 5,000-revision article.

Ours: ``domain.diff.diff_text`` (rapidfuzz's alignment over paragraphs, then over
the words of the changed ones; diff-match-patch's semantic clean-up). Baselines on
the same texts, in the same run, interleaved: difflib's SequenceMatcher over the
same tokens (its default, autojunk on; with autojunk off it took 40+ s at 8,000
words here) and diff-match-patch alone (its Python diff over the same tokens).
"Shown" is the whole way to the screen: the diff on a worker, its HTML, and
``QTextBrowser.setHtml`` laid out and painted, inline in one pane or side by side
in two (the issue's budget: 100 ms).

    .venv/bin/python bench/revisions.py
"""

from __future__ import annotations

import difflib
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from diff_match_patch import diff_match_patch
from PySide6.QtWidgets import QApplication, QTextBrowser

from _common import report, timings
from deskeditor.domain.diff import diff_text, tokens
from deskeditor.services.diff_view import inline_html, side_columns

REPEAT = 11
SYLLABLES = "ba ce di fo gu ha ke li mo nu pa re si to vu wa ye za st tr".split()


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words with a long tail, as English has (the commonest far ahead of the rest)."""
    words = ["".join(rng.choices(SYLLABLES, k=rng.randint(1, 4))) for _ in range(6000)]
    return words, [1 / (rank + 1) for rank in range(len(words))]


def body(words: int, rng: random.Random) -> str:
    vocab, weights = vocabulary(rng)
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            n = rng.randint(8, 24)
            count += n
            text = " ".join(rng.choices(vocab, weights, k=n)).capitalize()
            sentences.append(rng.choice([f"{text}.", f"“{text},” she said.", f"{text}?"]))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def edited(text: str, edits: int, rng: random.Random) -> str:
    """200 scattered edits a copy desk makes."""
    pieces = tokens(text)
    for _ in range(edits):
        at = rng.randrange(len(pieces))
        kind = rng.random()
        if pieces[at] == " " and kind < 0.2:
            pieces[at] = "\u00a0"
        elif pieces[at] in "“”" and kind < 0.4:
            pieces[at] = '"'
        elif kind < 0.6:
            pieces[at] = "copyedit"
        elif kind < 0.8:
            pieces.insert(at, "inserted ")
        else:
            del pieces[at]
    return "".join(pieces)


def difflib_diff(before: str, after: str) -> object:
    old, new = tokens(before), tokens(after)
    return difflib.SequenceMatcher(None, old, new).get_opcodes()


def dmp_diff(before: str, after: str) -> object:
    old, new = tokens(before), tokens(after)
    code: dict[str, str] = {}
    for token in old + new:
        code.setdefault(token, chr(0x4E00 + len(code)))
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main("".join(map(code.get, old)), "".join(map(code.get, new)), False)
    dmp.diff_cleanupSemantic(diffs)
    return diffs


def shown(browsers: list[QTextBrowser], before: str, after: str, side_by_side: bool) -> None:
    """As the window does it: the two columns in two panes, or the inline page."""
    runs = diff_text(before, after, "body")
    pages = side_columns(runs) if side_by_side else (inline_html(runs),)
    for browser, page in zip(browsers[1:] if side_by_side else browsers, pages, strict=False):
        browser.setHtml(page)
        browser.document().size()  # laid out
        browser.viewport().repaint()


def measure_diffs(words: int, rng: random.Random, browsers: list[QTextBrowser]) -> None:
    before = body(words, rng)
    after = edited(before, 200, rng)
    runs: dict[str, list[float]] = {"ours": [], "difflib": [], "dmp": [], "in": [], "side": []}
    for _ in range(REPEAT):  # interleaved, so drift hits all alike
        runs["ours"] += timings(lambda: diff_text(before, after), 1)
        runs["difflib"] += timings(lambda: difflib_diff(before, after), 1)
        runs["dmp"] += timings(lambda: dmp_diff(before, after), 1)
        runs["in"] += timings(lambda: shown(browsers, before, after, False), 1)
        runs["side"] += timings(lambda: shown(browsers, before, after, True), 1)
    report(f"diff, {words:,} words vs difflib", runs["ours"], runs["difflib"])
    report(f"diff, {words:,} words vs dmp alone", runs["ours"], runs["dmp"])
    report(f"shown inline, {words:,} words", runs["in"], runs["difflib"], "100 ms")
    report(f"shown side by side, {words:,} words", runs["side"], runs["difflib"], "100 ms")


def measure_history(count: int) -> None:
    """Count and first page of a 5,000-revision history, against a raw sqlite3 page."""
    from deskeditor.domain.article import Article
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.revisions import RevisionService
    from deskeditor.storage.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="deskeditor-bench-"))
    path = folder / "history.sqlite"
    database = open_database(path)
    article = ArticleService(database.unit_of_work).create(Article(headline="Ferry"))
    base = datetime.now(UTC)
    text = body(800, random.Random(3))
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO revisions (article_id, created_at, reason, author, snapshot, note,"
            " words_added, words_removed, changed_fields, uid) VALUES (?, ?, 'autosave', 'Ann',"
            " ?, '', 1, 1, 'body', lower(hex(randomblob(16))))",
            [
                (article.id, (base + timedelta(seconds=i)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                 json.dumps({"headline": "Ferry", "body": f"{text} {i}"}))
                for i in range(count)
            ],
        )  # fmt: skip
    raw.close()
    service = RevisionService(database.unit_of_work)
    assert article.id is not None
    article_id = article.id

    def ours() -> None:
        service.count(article_id)
        service.page(article_id, 0, 200)

    def floor() -> None:
        with sqlite3.connect(path) as conn:
            conn.execute("SELECT count(*) FROM revisions WHERE article_id = ?", (article_id,))
            conn.execute(
                "SELECT id, created_at, reason, author, note FROM revisions WHERE article_id = ?"
                " ORDER BY created_at DESC, id DESC LIMIT 200",
                (article_id,),
            ).fetchall()
        conn.close()

    mine, raw_times = [], []
    for _ in range(REPEAT):
        mine += timings(ours, 1)
        raw_times += timings(floor, 1)
    report(f"history: count + page, {count:,} revs", mine, raw_times)
    database.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    browsers = [QTextBrowser(), QTextBrowser(), QTextBrowser()]  # inline; old and new columns
    for browser, width in zip(browsers, (700, 350, 350), strict=True):
        browser.resize(width, 800)
        browser.show()
    rng = random.Random(13)
    started = time.perf_counter()
    for words in (2000, 8000):
        measure_diffs(words, rng, browsers)
    measure_history(5000)
    print(f"({time.perf_counter() - started:.0f} s; medians of {REPEAT} interleaved runs)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
