"""Plain-text news copy both ways: read as wire copy travels (section line,
headline, dek, byline, dateline, body, footer), written in the same shape so the
reader takes it back."""

from __future__ import annotations

import re

from deskeditor.domain.article import Article
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.text import dateline_lead
from deskeditor.formats.base import FileFormat, ImportedArticle, copy_article, decode

NAME = "text"


def read_text(raw: bytes) -> ImportedArticle:
    warnings: list[str] = []
    text = decode(raw, warnings)
    return copy_article(text, NAME, warnings)


def write_text(article: Article) -> str:
    """News copy as it travels: the shape the plain-text importer reads back."""
    parts = []
    if article.section:
        parts.append(
            f"{article.section} / {article.kicker}".rstrip(" /")
            + (" /" if not article.kicker else "")
        )
    parts.append(article.headline)
    if article.dek:
        parts.append(article.dek)
    if article.byline:
        parts.append(article.byline)
    blocks = [re.sub(r"^#{1,6}\s+", "", b.text) for b in split_blocks(article.body)]
    if (lead := dateline_lead(article.dateline)) and blocks:
        blocks[0] = f"{lead}{blocks[0]}"  # "MOSCOW — Chinese President…", the dash kept
    return "\n\n".join(parts + blocks) + "\n"


def _never(head: bytes) -> bool:
    """Plain text is what is left when no other format claims a file."""
    return False


FORMAT = FileFormat(NAME, "Plain text", (".txt", ".text"), read_text, _never)
