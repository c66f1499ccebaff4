"""The article as readers will see it: Markdown to sanitized HTML, block by block.

Each body block is rendered on its own and cached by its text, so typing in one
paragraph re-renders that paragraph only. Raw HTML in a body is shown as text,
never interpreted; the result is sanitized with nh3 all the same, links keep
only http, https and mailto, and images become placeholders naming their
address (a preview must never fetch anything).
"""

from __future__ import annotations

import html
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from string import Template
from xml.etree import ElementTree

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from deskeditor.domain.article import TEXT_FIELDS, Article, PullQuote
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.corrections import CorrectionNotice, NoticePosition
from deskeditor.domain.language import DEFAULT_LANGUAGE, QuoteStyle, is_rtl, quote_style
from deskeditor.domain.queries import Query
from deskeditor.domain.text import DATELINE_DASH, dateline_place, small_caps_source
from deskeditor.services.query_marks import (
    marks_by_offset,
    numbered,
    place_marks,
    query_list,
    with_marks,
)

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "b", "i", "a", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "ul", "ol", "li", "code", "pre", "table", "thead", "tbody", "tr", "th",
    "td", "hr", "sup", "sub", "span", "div", "abbr", "del", "ins",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "span": {"class"},
    "div": {"class"},
    "p": {"class"},
    "sup": {"id"},
    "li": {"id"},
    "th": {"align"},
    "td": {"align"},
    "abbr": {"title"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Longer blocks are shown as plain text: Markdown's inline patterns are too slow
# on a pasted 10 MB line, and no real paragraph is this long.
MAX_MARKDOWN_BLOCK = 50_000
CACHE_SIZE = 4096
_REFERENCES = re.compile(r"^\s{0,3}\[[^\]\n]+\]:", re.MULTILINE)
_SHOWN_URL = 120
_LOWER_RUN = re.compile(r"[a-z’']+")  # the letters small capitals set smaller


@dataclass(frozen=True)
class RenderedBlock:
    start: int  # where the block's source begins and ends in the body
    end: int
    html: str


@dataclass(frozen=True)
class RenderedArticle:
    header: str
    top: str  # notices shown above the body
    blocks: tuple[RenderedBlock, ...]
    bottom: str  # notices shown below it


class _ImagePlaceholders(Treeprocessor):
    def run(self, root: ElementTree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag != "img":
                    continue
                source = child.get("src", "")
                shown = source if len(source) <= _SHOWN_URL else source[:_SHOWN_URL] + "…"
                alt = child.get("alt", "")
                placeholder = ElementTree.Element("span", {"class": "remote-image"})
                placeholder.text = f"[image{': ' + alt if alt else ''} — {shown}]"
                placeholder.tail = child.tail
                parent.remove(child)
                parent.insert(index, placeholder)


class _SafeMarkdown(Extension):
    """Raw HTML is text, images are placeholders."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_ImagePlaceholders(md), "image_placeholders", 0)


def sanitize(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


class ArticleRenderer:
    def __init__(self, template_dir: Path) -> None:
        self._template = Template((template_dir / "article.html").read_text(encoding="utf-8"))
        self.css = (template_dir / "article.css").read_text(encoding="utf-8")
        # The language of articles that set none (the desk's, from the settings).
        self.language = DEFAULT_LANGUAGE
        # One Markdown per quotation style: smarty curls quotes into the marks of
        # the article's language („…“ in German, « … » in French).
        self._markdowns: dict[QuoteStyle, markdown.Markdown] = {}
        self._style = quote_style(DEFAULT_LANGUAGE)
        self._cache: OrderedDict[tuple[QuoteStyle, str], str] = OrderedDict()
        # The preview renders on a worker while an export or print may render on the
        # GUI thread: the Markdown instance and the cache are used by one at a time.
        self._lock = threading.RLock()

    # -- pieces -------------------------------------------------------------------
    def markdown_html(self, source: str) -> str:
        """Sanitized HTML of one Markdown block (cached)."""
        with self._lock:
            return self._markdown_html(source)

    def _markdown_html(self, source: str) -> str:
        key = (self._style, source)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if len(source) > MAX_MARKDOWN_BLOCK:
            rendered = f"<p>{html.escape(source)}</p>"
        else:
            md = self._markdown(self._style)
            md.reset()
            rendered = sanitize(md.convert(source))
        self._cache[key] = rendered
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return rendered

    def _markdown(self, style: QuoteStyle) -> markdown.Markdown:
        md = self._markdowns.get(style)
        if md is None:
            space = "&nbsp;" if style.inner_space else ""
            smarty = {
                "substitutions": {
                    "left-double-quote": style.open + space,
                    "right-double-quote": space + style.close,
                    "left-single-quote": style.inner_open,
                    # Smarty cannot tell an apostrophe from a closing inner quotation
                    # mark: apostrophes are far more common.
                    "right-single-quote": style.apostrophe,
                }
            }
            md = markdown.Markdown(
                extensions=["smarty", "tables", "footnotes", "sane_lists", _SafeMarkdown()],
                extension_configs={"smarty": smarty},
                output_format="html",
            )
            self._markdowns[style] = md
        return md

    def language_of(self, article: Article) -> str:
        return article.language or self.language

    def render(
        self,
        article: Article,
        notices: list[CorrectionNotice],
        queries: Sequence[Query] = (),
    ) -> RenderedArticle:
        """The article as readers see it; with ``queries``, the open ones marked where
        they are and listed after it (the preview; exports only when asked)."""
        with self._lock:
            self._style = quote_style(self.language_of(article))
            return self._render(article, notices, numbered(queries))

    def _render(
        self,
        article: Article,
        notices: list[CorrectionNotice],
        queries: list[tuple[int, Query]],
    ) -> RenderedArticle:
        body = article.body
        marks = marks_by_offset(queries, "body")
        if _REFERENCES.search(body):
            # Footnotes and reference links tie blocks together: render whole.
            whole = self._marked_html(body, 0, marks)
            blocks = [RenderedBlock(0, len(body), whole)] if body.strip() else []
            quotes_after = {len(blocks): list(article.pull_quotes)}
        else:
            blocks = [
                RenderedBlock(b.start, b.end, self._marked_html(b.text, b.start, marks))
                for b in split_blocks(body)
            ]
            quotes_after = {}
            for quote in article.pull_quotes:
                place = min(max(quote.after_paragraph, 0), len(blocks))
                quotes_after.setdefault(place, []).append(quote)
        placed = []
        for number, block in enumerate(blocks, start=1):
            before = self._pull_quotes(quotes_after.get(0, [])) if number == 1 else ""
            after = self._pull_quotes(quotes_after.get(number, []))
            shown = _with_dateline(block.html, article.dateline) if number == 1 else block.html
            placed.append(RenderedBlock(block.start, block.end, before + shown + after))
        texts = {name: str(getattr(article, name, "")) for name in TEXT_FIELDS}
        return RenderedArticle(
            header=self._header(article, queries),
            top=self._notices(notices, NoticePosition.TOP),
            blocks=tuple(placed),
            bottom=self._notices(notices, NoticePosition.BOTTOM) + query_list(queries, texts),
        )

    def _marked_html(self, text: str, start: int, marks: dict[int, list[int]]) -> str:
        plain = self._markdown_html(text)
        marked, numbers = with_marks(text, start, marks)
        return place_marks(self._markdown_html(marked), plain, numbers) if numbers else plain

    def document(
        self,
        article: Article,
        notices: list[CorrectionNotice],
        queries: Sequence[Query] = (),
    ) -> str:
        """A standalone HTML document from the template, CSS inlined (with the open
        ``queries`` marked and listed, when asked)."""
        rendered = self.render(article, notices, queries)
        language = self.language_of(article)
        return self._template.safe_substitute(
            lang=html.escape(language),
            dir="rtl" if is_rtl(language) else "ltr",
            title=html.escape(article.headline or "Untitled"),
            css=self.css,
            header=rendered.header,
            top=rendered.top,
            body="\n".join(block.html for block in rendered.blocks),
            bottom=rendered.bottom,
        )

    # -- fragments ------------------------------------------------------------------
    def uncached_chars(self, article: Article) -> int:
        """How much of the body would need rendering now (to decide where to render)."""
        with self._lock:
            style = quote_style(self.language_of(article))
            return sum(
                len(b.text)
                for b in split_blocks(article.body)
                if (style, b.text) not in self._cache
            )

    def _inline(self, text: str, marks: dict[int, list[int]] | None = None) -> str:
        """One line with typographic quotes and dashes (headline, dek), no paragraph."""
        rendered = self._marked_html(text.replace("\n", " "), 0, marks or {})
        return rendered.removeprefix("<p>").removesuffix("</p>")

    def _header(self, article: Article, queries: Sequence[tuple[int, Query]] = ()) -> str:
        e = html.escape
        parts = []
        kicker = article.kicker or article.section
        if kicker:
            parts.append(f'<p class="kicker">{e(kicker)}</p>')
        headline = "&nbsp;"
        if article.headline.strip():
            headline = self._inline(article.headline, marks_by_offset(queries, "headline"))
        parts.append(f'<h1 class="headline">{headline}</h1>')
        if article.dek.strip():
            dek = self._inline(article.dek, marks_by_offset(queries, "dek"))
            parts.append(f'<p class="dek">{dek}</p>')
        if article.byline:  # the dateline opens the first paragraph, as in print
            parts.append(f'<p class="credit"><span class="byline">{e(article.byline)}</span></p>')
        return "\n".join(parts)

    def _pull_quotes(self, quotes: list[PullQuote]) -> str:
        e = html.escape
        shown = []
        for quote in quotes:
            text = e(quote.text.strip().strip('"“”'))
            credit = quote.attribution
            attribution = f'<p class="attribution">— {e(credit)}</p>' if credit else ""
            quoted = f"{self._style.open}{text}{self._style.close}"
            shown.append(f'<div class="pullquote"><p class="quote">{quoted}</p>{attribution}</div>')
        return "".join(shown)

    @staticmethod
    def _notices(notices: list[CorrectionNotice], position: NoticePosition) -> str:
        e = html.escape
        shown = []
        for notice in notices:
            if notice.position is not position:
                continue
            date = _long_date(notice.published_at) if notice.published_at else ""
            dated = f' <span class="date">({date})</span>' if date else ""
            shown.append(
                f'<div class="notice"><p><span class="label">{e(notice.label)}:</span> '
                f"{e(notice.text)}{dated}</p></div>"
            )
        return "\n".join(shown)


def dateline_html(dateline: str) -> str:
    """The dateline that opens the first paragraph: the place in small capitals and
    its dash. The small capitals are capitals set smaller (``.sc``), not a font
    variant: Qt's synthesized small caps print with a gap, and a reader copying
    the text gets the capitals as typed ("MOSCOW —")."""
    place = dateline_place(dateline)
    if not place:
        return ""
    shown = _LOWER_RUN.sub(
        lambda m: f'<span class="sc">{m.group().upper()}</span>',
        html.escape(small_caps_source(place), quote=False),
    )
    return f'<span class="dateline">{shown}</span>{DATELINE_DASH}'


def _with_dateline(block_html: str, dateline: str) -> str:
    """The first block with the dateline at the start of its first paragraph (or, when
    the body opens with something else, a heading or a list, in a paragraph before it)."""
    lead = dateline_html(dateline)
    if not lead:
        return block_html
    if block_html.startswith("<p>"):
        return f"<p>{lead}{block_html[3:]}"
    return f'<p class="dateline-alone">{lead}</p>\n{block_html}'


def _long_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"
