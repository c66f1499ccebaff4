"""Articles in files, both ways: plain-text news copy, Markdown with YAML front
matter, Word (.docx) and Deskeditor's JSON schema. Errors say what is wrong with
the file in one sentence; nothing here touches the database."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from charset_normalizer import from_bytes

from deskeditor.domain.article import EDITABLE_FIELDS, Article, ArticleStatus, PullQuote
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
from deskeditor.domain.wire_copy import normalise, parse_wire_copy, pull_quote_candidates
from deskeditor.services.errors import ServiceError

MAX_BYTES = 20_000_000
JSON_SCHEMA = "deskeditor.article"
JSON_VERSION = 1
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".json": "json",
}
WESTERN = ("cp1252", "latin_1", "iso8859_15")
TEXT_FIELDS = tuple(name for name in EDITABLE_FIELDS if name != "status")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n?", re.DOTALL)


class UnreadableFileError(ServiceError):
    """This file cannot become an article; the message says why."""


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


def file_format(path: Path) -> str:
    """The format of ``path`` from its extension, or from its first bytes."""
    known = FORMATS.get(path.suffix.lower())
    if known:
        return known
    head = path.read_bytes()[:512]
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.lstrip().startswith(b"{"):
        return "json"
    if head.startswith(b"---\n") or head.startswith(b"---\r\n") or head.startswith(b"# "):
        return "markdown"
    return "text"


def read_file(path: Path) -> ImportedArticle:
    """The article in ``path``; raises UnreadableFileError with the reason when there is none."""
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
    kind = file_format(path)
    if kind == "docx":
        from deskeditor.services.docx_files import read_docx

        return read_docx(path)
    text = decode(path.read_bytes())
    if kind == "json":
        return read_json(text)
    if kind == "markdown":
        return read_markdown(text)
    return read_text(text)


def decode(raw: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM) first, else the detected encoding."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFileError("this is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
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


def read_text(text: str) -> ImportedArticle:
    parsed = parse_wire_copy(text)
    if not parsed.headline:
        raise UnreadableFileError("no text found")
    if not parsed.blocks:
        raise UnreadableFileError("only a headline: there is no body text")
    article = Article(
        section=parsed.section,
        kicker=parsed.kicker,
        headline=parsed.headline,
        dek=parsed.dek,
        byline=parsed.byline,
        dateline=parsed.dateline,
        body=parsed.body,
    )
    return ImportedArticle(
        article, "text", parsed.warnings, parsed.pull_quote_candidates, parsed.corrections_email
    )


# -- Markdown with YAML front matter ------------------------------------------------------
def read_markdown(text: str) -> ImportedArticle:
    text = normalise(text)
    meta: dict[str, Any] = {}
    warnings = []
    if match := _FRONT_MATTER.match(text):
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as error:
            raise UnreadableFileError(
                f"the front matter is not valid YAML ({error.__class__.__name__})"
            ) from None
        if not isinstance(loaded, dict):
            raise UnreadableFileError("the front matter is not a set of fields")
        meta = loaded
        text = text[match.end() :]
        warnings.append("front matter read")
    body = text.strip("\n")
    headline = _text(meta.get("title"))
    if not headline and (first := re.match(r"\A#\s+(.+)\n*", body)):
        headline = first.group(1).strip()
        body = body[first.end() :]
    if not headline:
        raise UnreadableFileError("no title in the front matter and no # headline")
    if not body.strip():
        raise UnreadableFileError("only a headline: there is no body text")
    categories = meta.get("categories")
    section = _text(meta.get("section")) or (
        _text(categories[0]) if isinstance(categories, list) and categories else _text(categories)
    )
    author = meta.get("author")
    byline = ", ".join(map(str, author)) if isinstance(author, list) else _text(author)
    if byline and not byline.lower().startswith("by "):
        byline = f"By {byline}"
    quotes = tuple(
        PullQuote(
            _text(q.get("text")), _text(q.get("attribution")), int(q.get("after_paragraph", 0) or 0)
        )
        for q in meta.get("pull_quotes", []) or []
        if isinstance(q, dict) and q.get("text")
    )
    article = Article(
        headline=headline,
        dek=_text(meta.get("subtitle")) or _text(meta.get("description")),
        section=section,
        kicker=_text(meta.get("kicker")),
        byline=byline,
        dateline=_text(meta.get("dateline")),
        slug=_text(meta.get("slug")),
        status=_status(meta.get("status"), warnings),
        editorial_note=_text(meta.get("note")),
        body=body,
        pull_quotes=quotes,
    )
    blocks = [b.text for b in split_blocks(body)]
    return ImportedArticle(article, "markdown", warnings, pull_quote_candidates(blocks))


def write_markdown(article: Article) -> str:
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
        meta["pull_quotes"] = [vars_of(q) for q in article.pull_quotes]
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{article.body}\n"


# -- JSON ----------------------------------------------------------------------------------
def write_json(article: Article, notices: list[CorrectionNotice]) -> str:
    data = {
        "schema": JSON_SCHEMA,
        "version": JSON_VERSION,
        "article": {
            "slug": article.slug,
            "section": article.section,
            "kicker": article.kicker,
            "headline": article.headline,
            "dek": article.dek,
            "byline": article.byline,
            "dateline": article.dateline,
            "body": article.body,
            "status": article.status.value,
            "editorial_note": article.editorial_note,
            "pull_quotes": [vars_of(q) for q in article.pull_quotes],
            "notices": [
                {
                    "kind": n.kind.value,
                    "text": n.text,
                    "position": n.position.value,
                    "published_at": _iso(n.published_at),
                }
                for n in notices
            ],
            "created_at": _iso(article.created_at),
            "updated_at": _iso(article.updated_at),
            "published_at": _iso(article.published_at),
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_json(text: str) -> ImportedArticle:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableFileError(f"not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(data, dict) or data.get("schema") != JSON_SCHEMA:
        raise UnreadableFileError(f'not a Deskeditor article (expected "schema": "{JSON_SCHEMA}")')
    if data.get("version") != JSON_VERSION:
        raise UnreadableFileError(
            f"article schema version {data.get('version')} is not supported "
            f"(this is {JSON_VERSION})"
        )
    item = data.get("article")
    if not isinstance(item, dict) or not _text(item.get("headline")):
        raise UnreadableFileError("the article has no headline")
    warnings: list[str] = []
    try:
        quotes = tuple(
            PullQuote(
                str(q["text"]), str(q.get("attribution", "")), int(q.get("after_paragraph", 0))
            )
            for q in item.get("pull_quotes", [])
        )
        notices = [
            CorrectionNotice(
                0,
                NoticeKind(n["kind"]),
                str(n["text"]),
                NoticePosition(n.get("position", "bottom")),
                _parse_time(n.get("published_at")),
            )
            for n in item.get("notices", [])
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise UnreadableFileError(f"a pull quote or notice is malformed ({error})") from None
    fields = {name: _text(item.get(name)) for name in TEXT_FIELDS}
    article = Article(status=_status(item.get("status"), warnings), pull_quotes=quotes)
    article = article.replace(**fields)
    return ImportedArticle(article, "json", warnings, notices=notices)


# -- plain text out ------------------------------------------------------------------------
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
    if article.dateline and blocks:
        blocks[0] = f"{article.dateline} {blocks[0]}"
    return "\n\n".join(parts + blocks) + "\n"


# -- helpers ----------------------------------------------------------------------------------
def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).strip()


def _status(value: object, warnings: list[str]) -> ArticleStatus:
    if not value:
        return ArticleStatus.DRAFT
    try:
        return ArticleStatus(str(value).strip().lower())
    except ValueError:
        warnings.append(f"unknown status “{value}”: imported as draft")
        return ArticleStatus.DRAFT


def vars_of(quote: PullQuote) -> dict[str, object]:
    return {
        "text": quote.text,
        "attribution": quote.attribution,
        "after_paragraph": quote.after_paragraph,
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _parse_time(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
