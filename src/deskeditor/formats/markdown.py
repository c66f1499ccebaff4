"""Markdown with YAML front matter both ways (the fields static-site generators
and newsroom tools write: title, subtitle or description, author, categories…)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

from deskeditor.domain.article import Article
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.wire_copy import normalise, pull_quote_candidates
from deskeditor.formats.base import (
    FileFormat,
    ImportedArticle,
    UnreadableFileError,
    decode,
    parse_status,
)
from deskeditor.formats.values import pull_quotes_from, scalar_text

NAME = "markdown"
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n?", re.DOTALL)


def read_markdown(raw: bytes) -> ImportedArticle:
    """Markdown with optional YAML front matter. The body is kept exactly as written."""
    warnings: list[str] = []
    text = normalise(decode(raw, warnings))
    meta, text = _front_matter(text, warnings)
    body = text.strip("\n")
    headline = scalar_text(meta.get("title"), "title")
    if not headline and (first := re.match(r"\A#[ \t]+(.+)\n*", body)):
        headline = first.group(1).strip(" \t")  # spaces around a heading are its syntax
        body = body[first.end() :]
    if not headline.strip():
        raise UnreadableFileError("no title in the front matter and no # headline")
    if not body.strip():
        raise UnreadableFileError("only a headline: there is no body text")
    byline = _names(meta.get("author"), "author")
    if byline and not byline.lower().startswith("by "):
        byline = f"By {byline}"
    article = Article(
        headline=headline,
        dek=_text(meta, "subtitle") or _text(meta, "description"),
        section=_text(meta, "section") or _first(meta.get("categories"), "categories"),
        kicker=_text(meta, "kicker"),
        byline=byline,
        dateline=_text(meta, "dateline"),
        slug=_text(meta, "slug"),
        status=parse_status(meta.get("status"), warnings),
        editorial_note=_text(meta, "note"),
        body=body,
        pull_quotes=pull_quotes_from(meta.get("pull_quotes")),
    )
    blocks = [b.text for b in split_blocks(body)]
    return ImportedArticle(article, NAME, warnings, pull_quote_candidates(blocks))


def _text(meta: dict[str, Any], key: str) -> str:
    return scalar_text(meta.get(key), key)


def _first(value: object, key: str) -> str:
    """The first of a list (categories: [Local, Transport]), or the value itself."""
    if isinstance(value, list):
        return scalar_text(value[0], key) if value else ""
    return scalar_text(value, key)


def _names(value: object, key: str) -> str:
    """One name or a list of them, as a byline."""
    if isinstance(value, list):
        return ", ".join(scalar_text(item, key) for item in value)
    return scalar_text(value, key)


def _front_matter(text: str, warnings: list[str]) -> tuple[dict[str, Any], str]:
    """The front matter's fields and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # loaded when a file has front matter, not when the app starts

    try:
        loaded = yaml.load(match.group(1), Loader=_loader())
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        raise UnreadableFileError(f"the front matter is not valid YAML{line}") from None
    if not loaded:
        loaded = {}
    if not isinstance(loaded, dict):
        raise UnreadableFileError("the front matter is not a set of fields")
    warnings.append("front matter read")
    return loaded, text[match.end() :]


@cache
def _loader() -> type:
    """YAML's safe loader, refusing aliases: a few hundred bytes of nested aliases
    expand to gigabytes, and front matter has no need of them."""
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise UnreadableFileError(
                    "the front matter uses YAML aliases (*name); they are not read"
                )
            return super().compose_node(parent, index)

    return NoAliasLoader


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
