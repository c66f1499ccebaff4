"""The renderer: template fields, pull quotes, notices, and hostile input made harmless."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

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
    base = dict(
        headline='Ferry "returns"', kicker="Transport", dek="It's back", byline="By Clara Hemming",
        dateline="MILLBROOK —", body=BODY,
    )  # fmt: skip
    return Article(**{**base, **fields})  # type: ignore[arg-type]


def test_document_fills_the_template_with_every_field(renderer: ArticleRenderer) -> None:
    html = renderer.document(article(), [])
    assert "<title>Ferry &quot;returns&quot;</title>" in html
    assert '<p class="kicker">Transport</p>' in html
    assert "Ferry “returns”" in html  # typographic quotes in the headline
    assert "It’s back" in html
    assert '<span class="byline">By Clara Hemming</span>' in html
    assert "MILLBROOK —" in html
    assert "<h2>A subhead</h2>" in html
    assert renderer.css.splitlines()[2] in html  # CSS inlined for a standalone file


def test_kicker_falls_back_to_the_section(renderer: ArticleRenderer) -> None:
    rendered = renderer.render(article(kicker="", section="Politics"), [])
    assert '<p class="kicker">Politics</p>' in rendered.header


def test_pull_quotes_are_placed_after_their_paragraph(renderer: ArticleRenderer) -> None:
    quotes = (PullQuote("Second paragraph", "Ann", 2), PullQuote("Up top", "", 0))
    blocks = renderer.render(article(pull_quotes=quotes), []).blocks
    assert [b.html.count("pullquote") for b in blocks] == [1, 1, 0, 0]
    assert blocks[0].html.startswith('<div class="pullquote"><p class="quote">“Up top”')
    assert blocks[1].html.endswith('<p class="attribution">— Ann</p></div>')


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
    assert (
        'Correction:</span> It cost $2.3 million. <span class="date">(3 November 2026)'
        in rendered.bottom
    )
    assert "Editor’s note:" in rendered.top
    assert "&lt;b&gt;quotes&lt;/b&gt;" in rendered.top


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
    body = html.split('<div class="body">', 1)[1]
    tags = re.findall(r"<[a-zA-Z][^>]*>", body)  # real tags; escaped text is &lt;…
    names = {re.match(r"<([a-zA-Z0-9]+)", tag).group(1).lower() for tag in tags}  # type: ignore[union-attr]
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


def test_a_10_mb_single_line_renders_quickly_as_text(renderer: ArticleRenderer) -> None:
    line = "<b>" + "word " * 2_000_000
    started = time.perf_counter()
    rendered = renderer.render(article(body=line), [])
    elapsed = time.perf_counter() - started
    assert rendered.blocks[0].html.startswith("<p>&lt;b&gt;word")
    assert elapsed < 5  # a runaway regex would take minutes; typical is well under a second
