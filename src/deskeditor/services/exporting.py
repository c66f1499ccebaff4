"""Writing an article to a file: the one list of export formats and the one
dispatch, for the command line, the File menu and the preview alike.

Every export is written beside its target and moved into place in one step, so
a failed export leaves the earlier file as it was (``files.replace_atomically``);
it never writes over the files it is told to keep (the open database and its
-wal and -shm files), nor over any other database.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, assert_never

from deskeditor.domain.article import Article
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.queries import Query
from deskeditor.domain.source import SourceDocument
from deskeditor.files import replace_atomically
from deskeditor.services.errors import ServiceError

if TYPE_CHECKING:  # the renderer loads Markdown and nh3; the CLI lists formats without them
    from deskeditor.services.rendering import ArticleRenderer


@dataclass(frozen=True)
class ProofHeader:
    """The line heading every page of a desk proof: which article, in what state,
    printed when, and which page of how many."""

    slug: str
    status: str
    section: str
    printed: str  # "29 Nov 2026 14:05"

    def line(self, page: int, pages: int) -> str:
        parts = [self.slug or "untitled", self.status, self.section, self.printed]
        return " · ".join([p for p in parts if p] + [f"page {page} of {pages}"])


@dataclass(frozen=True)
class PdfDetails:
    """What a PDF says about itself (its document properties), and the proof header
    when it is a desk proof."""

    title: str
    author: str
    subject: str
    proof: ProofHeader | None = None

    @classmethod
    def of(cls, article: Article, proof: bool = False, now: datetime | None = None) -> PdfDetails:
        header = None
        if proof:
            moment = now or datetime.now()
            printed = f"{moment.day} {moment:%b %Y %H:%M}"
            header = ProofHeader(article.slug, article.status.label, article.section, printed)
        author = article.byline.strip()
        if author[:3].lower() == "by ":
            author = author[3:].strip()
        return cls(article.headline.strip() or "Untitled", author, article.dek.strip(), header)


# Lays an HTML document out as PDF pages at a path, with its details. Qt does it
# (ui/printing.py), so the caller passes it in: services know nothing of Qt.
PdfWriter = Callable[[str, Path, PdfDetails], None]
# The wire document an article came from, by the article's id (ArticleService.source).
SourceLookup = Callable[[int], SourceDocument | None]
NINJS_VERSIONS = ("2.2", "3.1")  # formats/ninjs.py's VERSIONS, without loading it
DEFAULT_NINJS_VERSION = "3.1"


class ExportFormat(enum.StrEnum):
    """The export formats. The values are `deskeditor export --format`'s choices."""

    HTML = "html"
    PDF = "pdf"
    MD = "md"
    DOCX = "docx"
    JSON = "json"
    TXT = "txt"
    NINJS = "ninjs"

    @property
    def suffix(self) -> str:
        return ".json" if self is ExportFormat.NINJS else f".{self.value}"

    @property
    def label(self) -> str:
        """What the format is, for people: "Word document"."""
        return _TEXTS[self][0]

    @property
    def menu_text(self) -> str:
        """The File menu's entry, with its mnemonic: "Export as &Word…"."""
        return _TEXTS[self][1]

    @property
    def description(self) -> str:
        """A status-bar tip for the menu entry."""
        return _TEXTS[self][2]

    @property
    def file_filter(self) -> str:
        """The save dialog's filter: "Word document (*.docx)"."""
        return f"{self.label} (*{self.suffix})"

    def file_name(self, slug: str) -> str:
        """The name a save dialog suggests for an article with ``slug``."""
        return f"{slug or 'article'}{self.suffix}"


_TEXTS: dict[ExportFormat, tuple[str, str, str]] = {
    ExportFormat.HTML: ("Web page", "Export as &HTML…", "Save the rendered article as a web page"),
    ExportFormat.PDF: ("PDF", "Export as &PDF…", "Save the rendered article as a PDF"),
    ExportFormat.MD: ("Markdown", "Export as &Markdown…", "Markdown with front matter"),
    ExportFormat.DOCX: ("Word document", "Export as &Word…", "A Word document"),
    ExportFormat.JSON: ("Deskeditor JSON", "Export as &JSON…", "Deskeditor's article schema"),
    ExportFormat.TXT: ("Plain text", "Export as plain &text…", "News copy as text"),
    ExportFormat.NINJS: (
        "IPTC ninjs",
        "E&xport as ninjs…",
        f"IPTC ninjs {DEFAULT_NINJS_VERSION} JSON, for wire and publishing systems",
    ),
}


class ExportError(ServiceError):
    """An export refused before anything was written; the message says why."""


class ArticleExporter:
    """Writes articles to files in any ExportFormat.

    ``renderer`` makes the HTML document that HTML and PDF exports hold;
    ``write_pdf`` lays it out on pages (None: PDF export is refused);
    ``never_overwrite`` lists files no export may replace, such as the open
    database and its companions (``storage.engine.sqlite_files``); ``sources``
    finds the wire document a stored article came from, whose URI and language a
    ninjs export carries on.
    """

    def __init__(
        self,
        renderer: ArticleRenderer,
        write_pdf: PdfWriter | None = None,
        never_overwrite: Iterable[Path] = (),
        sources: SourceLookup | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._clock = clock  # the proof header's date
        self._renderer = renderer
        self._write_pdf = write_pdf
        self._kept = tuple(Path(p) for p in never_overwrite)
        self._sources = sources

    def export(
        self,
        article: Article,
        notices: Sequence[CorrectionNotice],
        fmt: ExportFormat,
        target: Path,
        ninjs_version: str = DEFAULT_NINJS_VERSION,
        proof: bool = False,
        queries: Sequence[Query] = (),
    ) -> Path:
        """Write ``article`` (with its published ``notices``) to ``target``; return the
        path written. ``proof``: a PDF desk proof, every page headed with slug, status,
        section, date and page. Raises ExportError for a target or option it refuses,
        OSError when the write fails; either way an existing file at ``target`` is left
        as it was. HTML and PDF mark and list ``queries`` (only when asked: none by
        default)."""
        if proof and fmt is not ExportFormat.PDF:
            raise ExportError("a proof is a PDF: use the pdf format")
        target = target.expanduser().resolve()
        self._refuse_kept(target)
        if ninjs_version not in NINJS_VERSIONS:
            raise ExportError(f"ninjs {ninjs_version} is not written; choose 2.2 or 3.1")
        write = self._writer(article, list(notices), fmt, ninjs_version, proof, queries)
        replace_atomically(target, write)
        return target

    def export_page(self, page: str, fmt: ExportFormat, target: Path, details: PdfDetails) -> Path:
        """Write a finished HTML page (a change report) as HTML or PDF (with
        ``details`` in its properties), as atomically as an article's export; the path
        written."""
        target = target.expanduser().resolve()
        self._refuse_kept(target)
        if fmt is ExportFormat.HTML:
            write = _text_file(page)
        elif fmt is ExportFormat.PDF and self._write_pdf is not None:
            write_pdf = self._write_pdf
            write = lambda path: write_pdf(page, path, details)  # noqa: E731
        else:
            raise ExportError(f"a report is written as HTML or PDF, not as {fmt.label}")
        replace_atomically(target, write)
        return target

    def document(
        self,
        article: Article,
        notices: Sequence[CorrectionNotice],
        queries: Sequence[Query] = (),
    ) -> str:
        """The standalone HTML document that HTML and PDF exports hold (and print shows)."""
        return self._renderer.document(article, list(notices), queries)

    def _writer(
        self,
        article: Article,
        notices: list[CorrectionNotice],
        fmt: ExportFormat,
        ninjs_version: str,
        proof: bool,
        queries: Sequence[Query],
    ) -> Callable[[Path], None]:
        """What writes ``fmt`` to a path; the content is made before any file is."""
        # The writers load python-docx and YAML: imported when exporting, not when
        # the File menu lists the formats at start-up.
        from deskeditor.formats.docx import write_docx
        from deskeditor.formats.json import write_json
        from deskeditor.formats.markdown import write_markdown
        from deskeditor.formats.ninjs import write_ninjs
        from deskeditor.formats.text import write_text

        match fmt:
            case ExportFormat.HTML:
                return _text_file(self.document(article, notices, queries))
            case ExportFormat.PDF:
                write_pdf = self._write_pdf
                if write_pdf is None:
                    raise ExportError("PDF export is not available here")
                html = self.document(article, notices, queries)
                details = PdfDetails.of(article, proof, self._clock())
                return lambda path: write_pdf(html, path, details)
            case ExportFormat.MD:
                return _text_file(write_markdown(article))
            case ExportFormat.DOCX:
                return lambda path: write_docx(article, path)
            case ExportFormat.JSON:
                return _text_file(write_json(article, notices))
            case ExportFormat.TXT:
                return _text_file(write_text(article))
            case ExportFormat.NINJS:
                source = self._source(article)
                return _text_file(write_ninjs(article, source, ninjs_version))
            case _:
                assert_never(fmt)

    def _source(self, article: Article) -> SourceDocument | None:
        if self._sources is None or article.id is None:
            return None
        return self._sources(article.id)

    def _refuse_kept(self, target: Path) -> None:
        for kept in self._kept:
            if _same_file(target, kept):
                raise ExportError(f"{target} belongs to the open database; export to another file")


def _text_file(text: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return write


def _same_file(a: Path, b: Path) -> bool:
    """The same file, by path or (for hard links and case-insensitive disks) by inode."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False
