"""Copy-desk checks on an 8,000-word article: a keystroke's re-check (incremental,
one paragraph changed) beside a full re-check of everything, in the same run.

    .venv/bin/python bench/checks.py
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from _common import report, timings
from deskeditor.domain.article import Article
from deskeditor.resources import resource_path
from deskeditor.services.checks import ArticleChecker, load_rulebook
from deskeditor.services.spelling import Speller

SENTENCES = [
    "The council voted 4-3 on Tuesday to close three blocks of Market Street to cars.",
    "“People do not walk six blocks carrying a lawnmower,” said Glen Paterson.",
    "Councilwoman Ines Carvalho said studies from comparable towns showed takings rising.",
    "The ferry will run every 20 minutes from 6 a.m. to 9 p.m. on weekdays.",
    "Repairs cost $2.3 million, about a third of it paid by the state’s fund.",
    "Residents can comment on the proposal at the meeting or by email before Friday.",
]


def main() -> None:
    rng = random.Random(5)
    paragraphs = [" ".join(rng.choices(SENTENCES, k=5)) for _ in range(110)]
    body = "\n\n".join(paragraphs)
    article = Article(headline="Council closes Market Street", byline="By Ann Lee", body=body)
    words = len(body.split())
    rules = load_rulebook(
        Path(tempfile.mkdtemp()) / "house-style.toml", resource_path("checks", "house-style.toml")
    )
    checker = ArticleChecker(rules, Speller(), suggest_spelling=False)  # as in the window
    cold = timings(lambda: checker.check(article), 1)[0]
    state = {"n": 0}

    def keystroke() -> None:
        state["n"] += 1
        edited = paragraphs.copy()
        typing = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=7))  # a half-typed word
        edited[55] = edited[55] + f" {typing}"
        checker.check(article.replace(body="\n\n".join(edited)))

    def full() -> None:
        checker.forget()
        checker.check(article)

    timings(keystroke, 3)
    print(f"Checks on a {words:,}-word article (first check, dictionary warm: {cold:.0f} ms):")
    report("re-check after a keystroke", timings(keystroke, 30), timings(full, 10), "<= 50 ms")
    linear(checker)


def linear(checker: ArticleChecker) -> None:
    """One hostile paragraph (every pattern the checks look for, no blank line) at
    250 KB and at 1 MB: a check that re-scans per match shows a ratio far above 4."""
    pieces = [
        "word", "  ", "\u00a0 ", "- ", " - ", "--", "'", '"', "“", "’", ".Each",
        "http://x.example/a.B", " ,", "the the", "colour", "x" * 40, "a@b.example",
    ]  # fmt: skip
    rng = random.Random(7)

    def paragraph(size: int) -> Article:
        return Article(headline="x", body=" ".join(rng.choices(pieces, k=size // 5))[:size])

    small, big = paragraph(250_000), paragraph(1_000_000)

    def check(article: Article) -> None:
        checker.forget()
        checker.check(article)

    report(
        "1 MB paragraph vs 250 KB",
        timings(lambda: check(big), 3),
        timings(lambda: check(small), 3),
        "ratio ~4 (linear)",
    )


if __name__ == "__main__":
    main()
