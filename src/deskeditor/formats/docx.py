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
_INLINE = re.compile(r"(\*\*[^*\n]+\*\*|\*[^*\n]+\*|_[^_\n]+_)")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")


def read_docx(raw: bytes) -> ImportedArticle:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFileError(
            f"not a readable Word document ({error.__class__.__name__})"
        ) from None
    title = subtitle = ""
    blocks: list[str] = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        text = _markdown_runs(paragraph)
        if not text.strip():
            continue
        if style == "Title" and not title:
            title = paragraph.text.strip()
        elif style == "Subtitle" and not subtitle:
            subtitle = paragraph.text.strip()
        else:
            blocks.append(_markdown_block(style, paragraph.text, text))
    blocks = _merge_lists(blocks)
    if not title:
        return copy_article("\n\n".join(blocks), NAME)
    # Styled documents say what is what; the rest is parsed like news copy.
    lead = [title] + ([subtitle] if subtitle else [])
    parsed = copy_article("\n\n".join(lead + blocks), NAME)
    if subtitle:
        parsed.article = parsed.article.replace(headline=title, dek=subtitle)
    return parsed


def _markdown_block(style: str, plain: str, text: str) -> str:
    """A paragraph as a Markdown block, by its Word style."""
    if style.startswith("Heading"):
        return f"## {plain.strip()}"
    if "Quote" in style:
        return f"> {text.strip()}"
    if style.startswith("List Number"):
        return f"1. {text.strip()}"
    if style.startswith("List"):
        return f"- {text.strip()}"
    return text.strip()


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


def _markdown_runs(paragraph: Any) -> str:
    parts = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        if run.font.small_caps:  # small capitals read as capitals: a dateline, "MOSCOW"
            text = text.upper()
        elif run.bold and text.strip():
            text = f"**{text}**"
        elif run.italic and text.strip():
            text = f"*{text}*"
        parts.append(text)
    return "".join(parts).replace("****", "")


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
