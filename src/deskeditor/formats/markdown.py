"""Markdown with YAML front matter both ways (the fields static-site generators
and newsroom tools write: title, subtitle or description, author, categories…)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from deskeditor.domain.article import Article, PullQuote
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.wire_copy import normalise, pull_quote_candidates
from deskeditor.formats.base import (
    FileFormat,
    ImportedArticle,
    UnreadableFileError,
    decode,
    parse_status,
    plain_text,
)

NAME = "markdown"
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n?", re.DOTALL)


def read_markdown(raw: bytes) -> ImportedArticle:
    text = normalise(decode(raw))
    warnings: list[str] = []
    meta, text = _front_matter(text, warnings)
    body = text.strip("\n")
    headline = plain_text(meta.get("title"))
    if not headline and (first := re.match(r"\A#\s+(.+)\n*", body)):
        headline = first.group(1).strip()
        body = body[first.end() :]
    if not headline:
        raise UnreadableFileError("no title in the front matter and no # headline")
    if not body.strip():
        raise UnreadableFileError("only a headline: there is no body text")
    categories = meta.get("categories")
    section = plain_text(meta.get("section")) or (
        plain_text(categories[0])
        if isinstance(categories, list) and categories
        else plain_text(categories)
    )
    author = meta.get("author")
    byline = ", ".join(map(str, author)) if isinstance(author, list) else plain_text(author)
    if byline and not byline.lower().startswith("by "):
        byline = f"By {byline}"
    article = Article(
        headline=headline,
        dek=plain_text(meta.get("subtitle")) or plain_text(meta.get("description")),
        section=section,
        kicker=plain_text(meta.get("kicker")),
        byline=byline,
        dateline=plain_text(meta.get("dateline")),
        slug=plain_text(meta.get("slug")),
        status=parse_status(meta.get("status"), warnings),
        editorial_note=plain_text(meta.get("note")),
        body=body,
        pull_quotes=_pull_quotes(meta),
    )
    blocks = [b.text for b in split_blocks(body)]
    return ImportedArticle(article, NAME, warnings, pull_quote_candidates(blocks))


def _front_matter(text: str, warnings: list[str]) -> tuple[dict[str, Any], str]:
    """The front matter's fields and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # loaded when a file has front matter, not when the app starts

    try:
        loaded = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        raise UnreadableFileError(
            f"the front matter is not valid YAML ({error.__class__.__name__})"
        ) from None
    if not isinstance(loaded, dict):
        raise UnreadableFileError("the front matter is not a set of fields")
    warnings.append("front matter read")
    return loaded, text[match.end() :]


def _pull_quotes(meta: dict[str, Any]) -> tuple[PullQuote, ...]:
    return tuple(
        PullQuote(
            plain_text(q.get("text")),
            plain_text(q.get("attribution")),
            int(q.get("after_paragraph", 0) or 0),
        )
        for q in meta.get("pull_quotes", []) or []
        if isinstance(q, dict) and q.get("text")
    )


def write_markdown(article: Article) -> str:
    import yaml

    meta: dict[str, Any] = {"title": article.headline}
    for key, value in (
        ("subtitle", article.dek),
        ("kicker", article.kicker),
        ("section", article.section),
        ("author", article.byline.removeprefix("By ").removeprefix("BY ")),
        ("dateline", article.dateline),
        ("slug", article.slug),
        ("status", article.status.value),
        ("note", article.editorial_note),
    ):
        if value:
            meta[key] = value
    if article.updated_at:
        meta["date"] = article.updated_at.isoformat()
    if article.pull_quotes:
        meta["pull_quotes"] = [dataclasses.asdict(q) for q in article.pull_quotes]
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{article.body}\n"


def looks_like_markdown(head: bytes) -> bool:
    return head.startswith((b"---\n", b"---\r\n", b"# "))


FORMAT = FileFormat(NAME, "Markdown", (".md", ".markdown"), read_markdown, looks_like_markdown)
