"""The renderer: template fields, pull quotes, notices, and hostile input made harmless."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from deskeditor.domain.article import Article, PullQuote
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
from deskeditor.resources import resource_path
from deskeditor.services.rendering import ArticleRenderer

BODY = "First paragraph.\n\nSecond paragraph.\n\n## A subhead\n\nLast paragraph."


@pytest.fixture
def renderer() -> ArticleRenderer:
    return ArticleRenderer(resource_path("preview"))


def article(**fields: object) -> Article:
    base = Article(
        headline='Ferry "returns"', kicker="Transport", dek="It's back", byline="By Clara Hemming",
        dateline="MILLBROOK —", body=BODY,
    )  # fmt: skip
    return base.replace(**fields)


class _Reader(HTMLParser):
    """The text a reader sees in each element, keyed by tag and by class."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[list[str]] = []
        self.text: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        self.open.append([tag, *(f".{c}" for c in classes)])

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for keys in self.open:
            for key in keys:
                self.text.setdefault(key, []).append(data)


def seen(fragment: str) -> dict[str, str]:
    reader = _Reader()
    reader.feed(fragment)
    return {key: "".join(parts).strip() for key, parts in reader.text.items()}


def test_document_fills_the_template_with_every_field(renderer: ArticleRenderer) -> None:
    page = seen(renderer.document(article(), []))
    assert page["title"] == 'Ferry "returns"'
    assert page[".kicker"] == "Transport"
    assert page[".headline"] == "Ferry “returns”"  # typographic quotes
    assert page[".dek"] == "It’s back"
    assert page[".byline"] == "By Clara Hemming"
    assert page[".dateline"] == "MILLBROOK"  # in small capitals, in the first paragraph
    assert page["h2"] == "A subhead"
    shipped_css = resource_path("preview", "article.css").read_text(encoding="utf-8")
    assert page["style"] == shipped_css.strip()  # a standalone file: the CSS inlined


def test_kicker_falls_back_to_the_section(renderer: ArticleRenderer) -> None:
    rendered = renderer.render(article(kicker="", section="Politics"), [])
    assert seen(rendered.header)[".kicker"] == "Politics"


def test_pull_quotes_are_placed_after_their_paragraph(renderer: ArticleRenderer) -> None:
    quotes = (PullQuote("Second paragraph", "Ann", 2), PullQuote("Up top", "", 0))
    blocks = [seen(b.html) for b in renderer.render(article(pull_quotes=quotes), []).blocks]
    assert [b.get(".quote") for b in blocks] == ["“Up top”", "“Second paragraph”", None, None]
    assert blocks[1][".attribution"] == "— Ann"
    assert blocks[0]["p"].endswith("First paragraph.")  # the quote comes before it


def test_blocks_know_their_source_offsets(renderer: ArticleRenderer) -> None:
    blocks = renderer.render(article(), []).blocks
    assert [BODY[b.start : b.end] for b in blocks] == [
        "First paragraph.", "Second paragraph.", "## A subhead", "Last paragraph."
    ]  # fmt: skip


def test_notices_go_top_or_bottom_with_their_date(renderer: ArticleRenderer) -> None:
    when = datetime(2026, 11, 3, 12, tzinfo=UTC)
    notices = [
        CorrectionNotice(
            1, NoticeKind.CORRECTION, "It cost $2.3 million.", NoticePosition.BOTTOM, when
        ),
        CorrectionNotice(
            1, NoticeKind.EDITORS_NOTE, "Updated with <b>quotes</b>.", NoticePosition.TOP
        ),
    ]
    rendered = renderer.render(article(), notices)
    assert seen(rendered.bottom)[".notice"] == (
        "Correction: It cost $2.3 million. (3 November 2026)"
    )
    assert seen(rendered.top)[".notice"] == "Editor’s note: Updated with <b>quotes</b>."


def test_unchanged_blocks_come_from_the_cache(renderer: ArticleRenderer) -> None:
    renderer.render(article(), [])
    assert renderer.uncached_chars(article()) == 0
    edited = article(body=BODY.replace("Last paragraph.", "Last paragraph, edited."))
    assert renderer.uncached_chars(edited) == len("Last paragraph, edited.")


HOSTILE = {
    "script": "<script>alert('x')</script>",
    "onerror": '<img src="x" onerror="alert(1)">',
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "javascript link": "[click me](javascript:alert(1))",
    "tracking pixel": "![](https://tracker.example/p.gif)",
    "data url bomb": "![bomb](data:image/png;base64," + "A" * 200_000 + ")",
    "unclosed tags": "<div><b><i>unclosed <a href='https://x'>",
    "style": "<style>body{background:url(https://evil.example/x.png)}</style>",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_markdown_renders_harmless(renderer: ArticleRenderer, name: str) -> None:
    html = renderer.document(article(body=f"Before.\n\n{HOSTILE[name]}\n\nAfter."), [])
    body = html.split('<div class="body" dir="auto">', 1)[1]
    tags: list[str] = re.findall(r"<[a-zA-Z][^>]*>", body)  # real tags; escaped text is &lt;…
    names = {m[1].lower() for tag in tags if (m := re.match(r"<([a-zA-Z0-9]+)", tag))}
    assert not names & {"script", "iframe", "img", "style", "object", "embed", "link", "meta"}
    for tag in tags:
        assert not re.search(r"\son\w+\s*=", tag), tag
        assert not re.search(r"\s(src|style)\s*=", tag), tag
        assert not re.search(r"href\s*=\s*[\"']?\s*(javascript|data|vbscript):", tag, re.I), tag
    assert "Before." in body and "After." in body


def test_remote_images_become_placeholders_naming_their_address(renderer: ArticleRenderer) -> None:
    rendered = renderer.render(article(body="![chart](https://cdn.example/chart.png)"), [])
    assert "[image: chart — https://cdn.example/chart.png]" in rendered.blocks[0].html
    assert "<img" not in rendered.blocks[0].html


def test_a_10_mb_single_line_is_shown_as_text(renderer: ArticleRenderer) -> None:
    # Markdown's inline patterns would take minutes on it (bench/preview.py times it).
    line = "<b>" + "word " * 2_000_000
    rendered = renderer.render(article(body=line, dateline=""), [])
    assert rendered.blocks[0].html == f"<p>{html.escape(line)}</p>"


def test_the_document_carries_the_articles_language_and_direction() -> None:
    renderer = ArticleRenderer(resource_path("preview"))
    arabic = Article(headline="عودة العبارة", body='قال "العبارة عادت".', language="ar")
    document = renderer.document(arabic, [])
    assert '<html lang="ar" dir="rtl">' in document
    assert 'class="body" dir="auto"' in document
    assert "«العبارة عادت»" in document  # the language's own quotation marks
    english = renderer.document(Article(headline="Ferry", body='"Back," she said.'), [])
    assert '<html lang="en-US" dir="ltr">' in english and "“Back,” she said." in english
    renderer.language = "en-GB"  # the desk's language, for articles that set none
    assert '<html lang="en-GB" dir="ltr">' in renderer.document(Article(headline="Ferry"), [])
    german = Article(headline="Fähre", body='Sie sagte: "Sie ist zurück."', language="de-DE")
    assert "„Sie ist zurück.“" in renderer.document(german, [])
