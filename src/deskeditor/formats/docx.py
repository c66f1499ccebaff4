"""Word documents both ways (python-docx): headline and dek from the Title and
Subtitle styles (or the first paragraphs), body with emphasis, block quotes,
lists and subheads as Markdown.

python-docx is imported where it is used: it costs ~0.1 s, and listing the
formats (the command line's help, the import dialog) should not pay for it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from deskeditor.domain.article import Article
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.text import DATELINE_DASH, dateline_place, small_caps_source
from deskeditor.formats.base import FileFormat, ImportedArticle, UnreadableFileError, copy_article

NAME = "docx"
MAX_INFLATED = 200_000_000  # bytes a package may unpack to
MAX_RATIO = 100  # how many times its packed size a big part may unpack to
MAX_PARTS = 10_000
# Every run of a paragraph in document order (in links, tracked insertions, content
# controls), but not deleted text nor text boxes' own paragraphs.
_RUNS = (
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]"
)
_RUN_TEXT = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab"
_INLINE = re.compile(r"(\*\*[^*\n]+\*\*|\*[^*\n]+\*|_[^_\n]+_)")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")


def read_docx(raw: bytes) -> ImportedArticle:
    """A Word document's article. Every piece of text is kept (runs inside links and
    tracked insertions, tables, text after an entity); a package that would inflate
    far beyond its size, or XML that will not parse safely, is refused in words."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from lxml.etree import XMLSyntaxError

    check_package(raw)
    try:
        document = Document(io.BytesIO(raw))
    except XMLSyntaxError as error:
        if "amplification" in str(error) or "entity" in str(error).lower():
            raise UnreadableFileError(
                "the document's XML defines entities that expand without limit; not read"
            ) from None
        raise UnreadableFileError("the document's text is damaged (its XML is broken)") from None
    except (PackageNotFoundError, zipfile.BadZipFile):
        raise UnreadableFileError("not a Word document (.docx): it is not a Word package") from None
    except KeyError:
        raise UnreadableFileError("the Word document is incomplete: a part is missing") from None
    title = subtitle = ""
    blocks: list[str] = []
    reading = _Reading()
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.append(_table(item, reading))
            continue
        style = (item.style.name if item.style is not None else "") or ""
        plain, text = reading.paragraph(item)
        if not text.strip():
            continue
        if style == "Title" and not title:
            title = plain
        elif style == "Subtitle" and not subtitle:
            subtitle = plain
        else:
            blocks.append(_markdown_block(style, plain, text))
    blocks = _merge_lists(blocks)
    warnings = reading.warnings()
    if not title:
        return copy_article("\n\n".join(blocks), NAME, warnings)
    # Styled documents say what is what; the rest is parsed like news copy.
    lead = [title] + ([subtitle] if subtitle else [])
    parsed = copy_article("\n\n".join(lead + blocks), NAME, warnings)
    if subtitle:
        parsed.article = parsed.article.replace(headline=title, dek=subtitle)
    return parsed


def check_package(raw: bytes) -> None:
    """Refuse a package that would inflate to far more than any article needs (a "zip
    bomb": 1.8 MB that unpacked to gigabytes). zipfile never inflates a part beyond
    the size its directory declares, so the declared sizes bound what is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise UnreadableFileError("not a Word document (.docx): it is not a Word package") from None
    if len(parts) > MAX_PARTS:
        raise UnreadableFileError(f"the Word package holds {len(parts):,} parts; too many to read")
    inflated = sum(part.file_size for part in parts)
    if inflated > MAX_INFLATED:
        raise UnreadableFileError(
            f"the Word document would unpack to {inflated / 1e6:,.0f} MB; "
            f"over {MAX_INFLATED // 1_000_000} MB is refused"
        )
    for part in parts:
        if part.file_size > 1_000_000 and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise UnreadableFileError(
                f"a part of the Word document unpacks to {ratio:,} times its packed size; "
                "it was not read"
            )


class _Reading:
    """Text of paragraphs as written, with what was noticed on the way."""

    def __init__(self) -> None:
        from lxml.etree import Entity

        self._entity = Entity
        self.entities: set[str] = set()
        self.indented = False

    def paragraph(self, paragraph: Any) -> tuple[str, str]:
        """(plain text, text with emphasis as Markdown) of a paragraph's every run."""
        from docx.text.run import Run

        plain, marked = [], []
        for element in paragraph._p.xpath(_RUNS):
            text = self._run_text(element)
            if not text:
                continue
            plain.append(text)
            run = Run(element, paragraph)
            if run.font.small_caps:  # small capitals read as capitals: a dateline, "MOSCOW"
                text = text.upper()
            elif run.bold and text.strip():
                text = f"**{text}**"
            elif run.italic and text.strip():
                text = f"*{text}*"
            marked.append(text)
        joined = "".join(plain)
        if joined[:1] in (" ", "\t") and joined.strip():
            self.indented = True
        return joined.lstrip(" \t"), "".join(marked).replace("****", "").lstrip(" \t")

    def _run_text(self, run: Any) -> str:
        pieces = []
        for element in run.xpath(_RUN_TEXT):
            pieces.append(str(element))
            for child in element:  # an entity python-docx leaves out, and the text after it
                if child.tag is self._entity:
                    self.entities.add(child.name)
                    pieces.append(f"&{child.name};{child.tail or ''}")
        return "".join(pieces)

    def warnings(self) -> list[str]:
        notes = []
        if self.entities:
            names = ", ".join(f"&{name};" for name in sorted(self.entities))
            notes.append(f"XML entities left as written, nothing fetched: {names}")
        if self.indented:
            notes.append("paragraph indentation removed")
        return notes


def _table(table: Any, reading: _Reading) -> str:
    """A Word table as a Markdown table, every cell's text kept."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(reading.paragraph(p)[1] for p in cell.paragraphs)
            cells.append(text.replace("|", "\\|").replace("\n", " ").strip(" \t"))
        rows.append("| " + " | ".join(cells) + " |")
    if rows:
        width = rows[0].count(" | ") + 1
        rows.insert(1, "|" + " --- |" * width)
    return "\n".join(rows)


def _markdown_block(style: str, plain: str, text: str) -> str:
    """A paragraph as a Markdown block, by its Word style."""
    if style.startswith("Heading"):
        return f"## {plain}"
    if "Quote" in style:
        return f"> {text}"
    if style.startswith("List Number"):
        return f"1. {text}"
    if style.startswith("List"):
        return f"- {text}"
    return text


def write_docx(article: Article, target: Path) -> None:
    from docx import Document

    document = Document()
    document.core_properties.title = article.headline
    document.core_properties.author = article.byline.removeprefix("By ")
    document.add_paragraph(article.headline, style="Title")
    if article.dek:
        document.add_paragraph(article.dek, style="Subtitle")
    if article.byline:
        document.add_paragraph(article.byline)
    blocks = [b.text for b in split_blocks(article.body)]
    place = dateline_place(article.dateline)
    for number, block in enumerate(blocks):
        plain = not block.startswith(("#", ">")) and not _LIST_ITEM.match(block)
        if number == 0 and place:  # the dateline opens the first paragraph, in small caps
            opening = document.add_paragraph()
            run = opening.add_run(small_caps_source(place))
            run.font.small_caps = run.bold = True
            opening.add_run(DATELINE_DASH.rstrip() if not plain else DATELINE_DASH)
            if plain:
                _add_runs(opening, block.replace("\n", " "))
                continue
        if block.startswith("#"):
            document.add_paragraph(block.lstrip("#").strip(), style="Heading 2")
        elif block.startswith(">"):
            _add_runs(document.add_paragraph(style="Quote"), block.lstrip("> ").strip())
        elif all(_LIST_ITEM.match(line) for line in block.split("\n")):
            style = "List Number" if block[0].isdigit() else "List Bullet"
            for line in block.split("\n"):
                _add_runs(document.add_paragraph(style=style), _LIST_ITEM.sub("", line, count=1))
        else:
            _add_runs(document.add_paragraph(), block.replace("\n", " "))
    document.save(str(target))


def _add_runs(paragraph: Any, text: str) -> None:
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            paragraph.add_run(piece[2:-2]).bold = True
        elif piece[0] in "*_" and piece[-1] == piece[0] and len(piece) > 2:
            paragraph.add_run(piece[1:-1]).italic = True
        else:
            paragraph.add_run(piece)


def _merge_lists(blocks: list[str]) -> list[str]:
    """Consecutive list items form one list block, as in Markdown."""
    merged: list[str] = []
    for block in blocks:
        if merged and _LIST_ITEM.match(block) and _LIST_ITEM.match(merged[-1].split("\n")[-1]):
            merged[-1] += "\n" + block
        else:
            merged.append(block)
    return merged


def looks_like_docx(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")  # a zip archive, as every .docx is


FORMAT = FileFormat(NAME, "Word document", (".docx",), read_docx, looks_like_docx)
