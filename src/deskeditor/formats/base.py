"""What every article format shares: the imported article, the error that says why
a file cannot be one, text decoding, and the registry that finds a file's format
by its extension or, failing that, by its first bytes."""

from __future__ import annotations

import errno
import logging
import math
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deskeditor.domain.article import (
    COPY_FIELDS,
    MAX_LENGTHS,
    MAX_PULL_QUOTE_LENGTH,
    Article,
    ArticleStatus,
)
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.source import SourceDocument
from deskeditor.domain.wire_copy import parse_wire_copy
from deskeditor.formats.decoding import decode_text

log = logging.getLogger(__name__)
MAX_BYTES = 20_000_000
SNIFF_BYTES = 4096
# A Markdown block whose line breaks mean something: lists, quotes, tables, code, headings.
_LAYOUT = " \t\n\r\f"  # whitespace that lays text out; every other space is copy
_LAYOUT_RUN = re.compile(r"[ \t\n\r\f]+")
_NBSP_MARKUP = re.compile(r"&nbsp;|&#160;|&#[xX][aA]0;|\u00a0")
_KEPT_NBSP = "\ue000"
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
        return self.read(path, self.read_bytes(path))

    def read_bytes(self, path: Path) -> bytes:
        """The bytes of a file that may hold an article (not a folder, not empty, not
        huge, a regular file: a named pipe would block the read)."""
        if path.is_dir():
            raise UnreadableFileError(f"{path.name} is a folder")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError("not a regular file (a named pipe or a device?)")
        if info.st_size == 0:
            raise UnreadableFileError("the file is empty")
        if info.st_size > MAX_BYTES:
            raise UnreadableFileError(
                f"the file is {info.st_size // 1_000_000} MB; "
                f"articles over {MAX_BYTES // 1_000_000} MB are refused"
            )
        return path.read_bytes()

    def kind(self, path: Path, raw: bytes) -> FileFormat:
        return self.choose(path, raw[:SNIFF_BYTES])

    def read(self, path: Path, raw: bytes) -> ImportedArticle:
        """The article in ``raw``, the bytes of ``path``. Whatever goes wrong inside a
        reader becomes an UnreadableFileError in words: one file never stops a batch."""
        kind = self.kind(path, raw)
        try:
            imported = kind.read(raw)
        except UnreadableFileError:
            raise
        except RecursionError:
            raise UnreadableFileError("the file is nested too deeply to be an article") from None
        except Exception as error:  # a reader's own failure must not stop a batch
            log.warning("reading %s as %s failed", path, kind.name, exc_info=True)
            raise UnreadableFileError(
                f"this {kind.label} file could not be read; it may be damaged"
            ) from error
        check_lengths(imported.article)
        return imported

    def file_filter(self, label: str = "Articles") -> str:
        """A file-dialog filter: every importable extension, then all files."""
        patterns = " ".join(f"*{ext}" for ext in self.extensions)
        return f"{label} ({patterns});;All files (*)"

    def extensions_text(self) -> str:
        """The usual extension of each format, for help texts: ".txt, .md, …"."""
        return ", ".join(dict.fromkeys(f.extensions[0] for f in self.formats))


# -- shared by the formats ----------------------------------------------------------------
def decode(raw: bytes, warnings: list[str]) -> str:
    """Text from bytes: UTF-8 (with or without BOM) first, else a guess that is said in
    ``warnings``; a file no encoding reads as plausible text is refused."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFileError("this is a binary file, not text")
    decoded = decode_text(raw)
    if decoded is None:
        raise UnreadableFileError(
            "the text is not UTF-8 and no encoding reads it as plausible text"
        )
    if note := decoded.note():
        warnings.append(note)
    return decoded.text


def copy_article(text: str, format_name: str, warnings: Sequence[str] = ()) -> ImportedArticle:
    """Text shaped like news copy (see domain/wire_copy.py) as an article; ``warnings``
    are the reader's own, reported before the parser's."""
    parsed = parse_wire_copy(text)
    if not parsed.headline:
        raise UnreadableFileError("no text found")
    if not parsed.blocks:
        raise UnreadableFileError("only a headline: there is no body text")
    article = Article(**{name: getattr(parsed, name) for name in COPY_FIELDS})
    return ImportedArticle(
        article,
        format_name,
        [*warnings, *parsed.warnings],
        parsed.pull_quote_candidates,
        parsed.corrections_email,
    )


def kind_of(value: object) -> str:
    """What a value is, in words: "a list", "a number"…"""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, float) and math.isnan(value):
        return "NaN (not a number)"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    return "a value of another kind"


def check_lengths(article: Article) -> None:
    """Refuse an article with a field longer than any real copy (MAX_LENGTHS)."""
    for name, limit in MAX_LENGTHS.items():
        length = len(getattr(article, name))
        if length > limit:
            label = name.replace("_", " ")
            raise UnreadableFileError(
                f"the {label} is {length:,} characters long; at most {limit:,} are accepted"
            )
    for number, quote in enumerate(article.pull_quotes, start=1):
        longest = max(len(quote.text), len(quote.attribution))
        if longest > MAX_PULL_QUOTE_LENGTH:
            raise UnreadableFileError(
                f"pull quote {number} is {longest:,} characters long; "
                f"at most {MAX_PULL_QUOTE_LENGTH:,} are accepted"
            )


def plain_text(value: object) -> str:
    """A field's text from a value a wire format allows there (a string or a number),
    exactly as written."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def parse_status(value: object, warnings: list[str]) -> ArticleStatus:
    """The status a file gives, or draft (with a warning when it named an unknown one)."""
    if not value:
        return ArticleStatus.DRAFT
    if not isinstance(value, str):
        raise UnreadableFileError(f"“status” must be text, not {kind_of(value)}")
    text = value
    try:
        return ArticleStatus(text.strip().lower())
    except ValueError:
        warnings.append(f"unknown status “{value}”: imported as draft")
        return ArticleStatus.DRAFT


# -- markup, for the wire formats that carry HTML bodies -------------------------------------
def html_to_markdown(markup: str) -> str:
    """An HTML (or XHTML) body as the Markdown the editor holds: paragraphs, subheads,
    emphasis, links, lists and quotes kept; scripts, styles and images dropped; text
    that Markdown would read as markup escaped."""
    from markdownify import markdownify  # loaded when a wire file is read

    # markdownify trims paragraphs with str.strip, which takes no-break spaces too: they
    # are copy, so they go through it as a private-use mark and come back after.
    markup = _NBSP_MARKUP.sub(_KEPT_NBSP, markup)
    text = markdownify(
        markup,
        heading_style="ATX",
        bullets="-",
        strong_em_symbol="*",
        escape_underscores=False,
        strip=["img", "script", "style", "head", "title"],
    )
    blocks = re.split(r"\n{2,}", normalise_blocks(text))
    body = "\n\n".join(b if _STRUCTURED.search(b) else _collapse(b) for b in blocks)
    return body.replace(_KEPT_NBSP, "\u00a0")


def _collapse(block: str) -> str:
    """HTML's own whitespace rule: runs of spaces, tabs and line ends are one space. A
    no-break space is copy, not layout: it stays (the checks flag one at a line end)."""
    return _LAYOUT_RUN.sub(" ", block).strip(_LAYOUT)


def plain_to_markdown(text: str) -> str:
    """A text/plain body as Markdown: its blank-line paragraphs, nothing read as markup."""
    import html

    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return html_to_markdown("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))


def normalise_blocks(text: str) -> str:
    """Markdown with its blocks one blank line apart and no trailing layout spaces."""
    lines = [line.rstrip(_LAYOUT) for line in text.replace("\r\n", "\n").split("\n")]
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


def unreadable(error: OSError) -> str:
    """Why a file could not be read, in words a user understands."""
    if isinstance(error, PermissionError):
        return "cannot be read: permission denied"
    if isinstance(error, FileNotFoundError):
        return "no such file (or a link to a file that does not exist)"
    if error.errno == errno.ELOOP:
        return "a link that leads round in a circle"
    return error.strerror or str(error)
