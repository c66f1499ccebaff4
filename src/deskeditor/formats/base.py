"""What every article format shares: the imported article, the error that says why
a file cannot be one, text decoding, and the registry that finds a file's format
by its extension or, failing that, by its first bytes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deskeditor.domain.article import COPY_FIELDS, Article, ArticleStatus
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.source import SourceDocument
from deskeditor.domain.wire_copy import parse_wire_copy

MAX_BYTES = 20_000_000
SNIFF_BYTES = 4096
WESTERN = ("cp1252", "latin_1", "iso8859_15")
# A Markdown block whose line breaks mean something: lists, quotes, tables, code, headings.
_STRUCTURED = re.compile(r"(?m)^(?:\s*(?:[-*+>|#]|\d+[.)])|\s{4}|```)")


class UnreadableFileError(Exception):
    """This file cannot become an article; the message says why in one line."""


@dataclass
class ImportedArticle:
    article: Article
    format: str
    warnings: list[str] = field(default_factory=list)
    pull_quote_candidates: list[str] = field(default_factory=list)
    corrections_email: str | None = None
    notices: list[CorrectionNotice] = field(default_factory=list)
    source: SourceDocument | None = None  # the original, for formats richer than an article

    @property
    def paragraphs(self) -> int:
        return len(split_blocks(self.article.body))


@dataclass(frozen=True)
class FileFormat:
    """One article format as the registry knows it."""

    name: str  # as `deskeditor import --json` reports it
    label: str  # for people: file dialogs, help texts
    extensions: tuple[str, ...]  # lower case, with the dot; the first is the usual one
    read: Callable[[bytes], ImportedArticle]  # raises UnreadableFileError
    sniff: Callable[[bytes], bool]  # does a file start like this (no extension, or a shared one)?


class FormatRegistry:
    """The article formats, found by extension or by content; ``fallback`` reads
    whatever nothing else claims. Formats earlier in the list are sniffed first, so a
    specific one (ninjs) goes before a general one with the same extension (JSON)."""

    def __init__(self, formats: Sequence[FileFormat], fallback: FileFormat) -> None:
        self.formats = tuple(formats)
        self.fallback = fallback
        self._by_extension: dict[str, list[FileFormat]] = {}
        for kind in self.formats:
            for ext in kind.extensions:
                self._by_extension.setdefault(ext, []).append(kind)

    @property
    def extensions(self) -> tuple[str, ...]:
        return tuple(self._by_extension)

    def knows(self, path: Path) -> bool:
        """Does some format read files with this extension?"""
        return path.suffix.lower() in self._by_extension

    def by_extension(self, path: Path) -> FileFormat | None:
        """The format an extension names, when only one format uses it."""
        known = self._by_extension.get(path.suffix.lower(), [])
        return known[0] if len(known) == 1 else None

    def sniff(self, head: bytes) -> FileFormat:
        """The format whose files start like ``head``, else the fallback."""
        return next((f for f in self.formats if f.sniff(head)), self.fallback)

    def choose(self, path: Path, head: bytes) -> FileFormat:
        """The format of a file named ``path`` that starts with ``head``: its extension
        decides; where formats share one (.json), its content does among them."""
        known = self._by_extension.get(path.suffix.lower(), [])
        if not known:
            return self.sniff(head)
        return next((f for f in known if f.sniff(head)), known[-1])

    def format_of(self, path: Path) -> FileFormat:
        """The format of ``path`` from its extension, or from its first bytes."""
        known = self.by_extension(path)
        if known is not None:
            return known
        with path.open("rb") as file:
            return self.choose(path, file.read(SNIFF_BYTES))

    def read_file(self, path: Path) -> ImportedArticle:
        """The article in ``path``; raises UnreadableFileError with the reason when there
        is none (OSError when the file cannot be read at all)."""
        if path.is_dir():
            raise UnreadableFileError(f"{path.name} is a folder")
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFileError("the file is empty")
        if size > MAX_BYTES:
            raise UnreadableFileError(
                f"the file is {size // 1_000_000} MB; "
                f"articles over {MAX_BYTES // 1_000_000} MB are refused"
            )
        raw = path.read_bytes()
        return self.choose(path, raw[:SNIFF_BYTES]).read(raw)

    def file_filter(self, label: str = "Articles") -> str:
        """A file-dialog filter: every importable extension, then all files."""
        patterns = " ".join(f"*{ext}" for ext in self.extensions)
        return f"{label} ({patterns});;All files (*)"

    def extensions_text(self) -> str:
        """The usual extension of each format, for help texts: ".txt, .md, …"."""
        return ", ".join(dict.fromkeys(f.extensions[0] for f in self.formats))


# -- shared by the formats ----------------------------------------------------------------
def decode(raw: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM) first, else the detected encoding."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFileError("this is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        raise UnreadableFileError("the text encoding cannot be recognised")
    # Single-byte code pages often fit equally well; Western newsroom copy is far
    # more often Windows-1252 than Central European 1250, so it wins a tie.
    for match in matches:
        if match.encoding in WESTERN and match.percent_chaos <= best.percent_chaos:
            return str(match)
    return str(best)


def copy_article(text: str, format_name: str) -> ImportedArticle:
    """Text shaped like news copy (see domain/wire_copy.py) as an article."""
    parsed = parse_wire_copy(text)
    if not parsed.headline:
        raise UnreadableFileError("no text found")
    if not parsed.blocks:
        raise UnreadableFileError("only a headline: there is no body text")
    article = Article(**{name: getattr(parsed, name) for name in COPY_FIELDS})
    return ImportedArticle(
        article,
        format_name,
        parsed.warnings,
        parsed.pull_quote_candidates,
        parsed.corrections_email,
    )


def plain_text(value: object) -> str:
    """A field's text from whatever a file held there (YAML reads dates as dates)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).strip()


def parse_status(value: object, warnings: list[str]) -> ArticleStatus:
    """The status a file gives, or draft (with a warning when it named an unknown one)."""
    if not value:
        return ArticleStatus.DRAFT
    try:
        return ArticleStatus(str(value).strip().lower())
    except ValueError:
        warnings.append(f"unknown status “{value}”: imported as draft")
        return ArticleStatus.DRAFT


# -- markup, for the wire formats that carry HTML bodies -------------------------------------
def html_to_markdown(markup: str) -> str:
    """An HTML (or XHTML) body as the Markdown the editor holds: paragraphs, subheads,
    emphasis, links, lists and quotes kept; scripts, styles and images dropped; text
    that Markdown would read as markup escaped."""
    from markdownify import markdownify  # loaded when a wire file is read

    text = markdownify(
        markup,
        heading_style="ATX",
        bullets="-",
        strong_em_symbol="*",
        escape_underscores=False,
        strip=["img", "script", "style", "head", "title"],
    )
    blocks = re.split(r"\n{2,}", normalise_blocks(text))
    return "\n\n".join(b if _STRUCTURED.search(b) else " ".join(b.split()) for b in blocks)


def plain_to_markdown(text: str) -> str:
    """A text/plain body as Markdown: its blank-line paragraphs, nothing read as markup."""
    import html

    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return html_to_markdown("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))


def normalise_blocks(text: str) -> str:
    """Markdown with its blocks one blank line apart and no trailing spaces."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def markdown_to_html(body: str) -> str:
    """The body as HTML for a wire format: raw HTML in the copy stays text, as the
    preview shows it; no typographic changes (what was typed is what goes out)."""
    import markdown

    converter = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter.convert(body)


def html_paragraphs(markup: str) -> list[str]:
    """The text of each block of an HTML body (a list item a line), for a text/plain
    rendition."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, Tag

    blocks = []
    for element in BeautifulSoup(markup, "html.parser").children:
        if isinstance(element, NavigableString):
            blocks.append(" ".join(element.split()))
        elif isinstance(element, Tag):
            parts = element.find_all("li") if element.name in ("ul", "ol") else [element]
            lines = (" ".join(part.get_text().split()) for part in parts)
            blocks.append("\n".join(line for line in lines if line))
    return [b for b in blocks if b]
