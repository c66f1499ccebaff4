"""Keystroke to updated preview, for 2,000- and 8,000-word articles.

Ours: re-render the edited article (one paragraph changed; the rest cached) and
update the framed preview document, laid out and painted. Baseline, in the same
run: a full ``markdown.markdown()`` (extra + smarty) and ``QTextBrowser.setHtml``
of the result, laid out and painted.

    .venv/bin/python bench/preview.py
"""

from __future__ import annotations

import os
import random

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import markdown
from PySide6.QtWidgets import QApplication, QTextBrowser

from _common import report, timings
from deskeditor.domain.article import Article, PullQuote
from deskeditor.resources import resource_path
from deskeditor.services.rendering import ArticleRenderer
from deskeditor.ui.widgets.preview_pane import PreviewPane

WORDS = (
    "the council said on Tuesday that it would review the plan for the river crossing and "
    "the ferry “which runs every twenty minutes” -- a service residents called vital"
).split()


def article_body(words: int, rng: random.Random) -> str:
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(" ".join(rng.choices(WORDS, k=rng.randint(40, 80))).capitalize() + ".")
    return "\n\n".join(paragraphs)


def measure(words: int, css: str, rng: random.Random) -> None:
    body = article_body(words, rng)
    base = Article(
        id=1,
        headline="Council to review ferry plan",
        dek="Residents call it vital",
        byline="By A Reporter",
        body=body,
        pull_quotes=(PullQuote("a service residents", "", 3),),
    )
    renderer = ArticleRenderer(resource_path("preview"))
    pane = PreviewPane(css)
    pane.resize(460, 900)
    pane.show()
    pane.show_article(renderer.render(base, []))
    browser = QTextBrowser()
    browser.resize(460, 900)
    browser.show()
    middle = body.index("\n\n", len(body) // 2)
    state = {"body": body}

    def type_a_letter(letter: str) -> str:
        text = state["body"]
        state["body"] = text[:middle] + letter + text[middle:]
        return state["body"]

    def keystroke() -> None:
        pane.show_article(renderer.render(base.replace(body=type_a_letter("x")), []))
        pane.document().size()
        pane.viewport().repaint()

    def full() -> None:
        browser.setHtml(markdown.markdown(type_a_letter("y"), extensions=["extra", "smarty"]))
        browser.document().size()
        browser.viewport().repaint()

    timings(keystroke, 5)
    timings(full, 3)
    target = "<= 16 ms" if words == 2000 else "<= 50 ms"
    report(f"{words:,} words", timings(keystroke, 40), timings(full, 40), target)
    pane.close()
    browser.close()


def main() -> None:
    app = QApplication([])  # noqa: F841
    css = resource_path("preview", "article.css").read_text(encoding="utf-8")
    print("Keystroke to updated preview (render + update + layout + paint), medians of 40:")
    for words in (2000, 8000):
        measure(words, css, random.Random(7))


if __name__ == "__main__":
    main()
