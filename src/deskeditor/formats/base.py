"""What every article format shares: the imported article, the error that says why
a file cannot be one, text decoding, and the registry that finds a file's format
by its extension or, failing that, by its first bytes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deskeditor.domain.article import COPY_FIELDS, Article, ArticleStatus
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.wire_copy import parse_wire_copy

MAX_BYTES = 20_000_000
SNIFF_BYTES = 512
WESTERN = ("cp1252", "latin_1", "iso8859_15")


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
    sniff: Callable[[bytes], bool]  # does a file with no known extension start like this?


class FormatRegistry:
    """The article formats, found by extension or by content; ``fallback`` reads
    whatever nothing else claims."""

    def __init__(self, formats: Sequence[FileFormat], fallback: FileFormat) -> None:
        self.formats = tuple(formats)
        self.fallback = fallback
        self._by_extension = {ext: f for f in self.formats for ext in f.extensions}

    @property
    def extensions(self) -> tuple[str, ...]:
        return tuple(self._by_extension)

    def by_extension(self, path: Path) -> FileFormat | None:
        return self._by_extension.get(path.suffix.lower())

    def sniff(self, head: bytes) -> FileFormat:
        """The format whose files start like ``head``, else the fallback."""
        return next((f for f in self.formats if f.sniff(head)), self.fallback)

    def format_of(self, path: Path) -> FileFormat:
        """The format of ``path`` from its extension, or from its first bytes."""
        known = self.by_extension(path)
        if known is not None:
            return known
        with path.open("rb") as file:
            return self.sniff(file.read(SNIFF_BYTES))

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
        kind = self.by_extension(path) or self.sniff(raw[:SNIFF_BYTES])
        return kind.read(raw)

    def file_filter(self, label: str = "Articles") -> str:
        """A file-dialog filter: every importable extension, then all files."""
        patterns = " ".join(f"*{ext}" for ext in self.extensions)
        return f"{label} ({patterns});;All files (*)"

    def extensions_text(self) -> str:
        """The usual extension of each format, for help texts: ".txt, .md, …"."""
        return ", ".join(f.extensions[0] for f in self.formats)


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
