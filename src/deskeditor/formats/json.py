"""Deskeditor's own JSON both ways: every editable field, the pull quotes and the
published notices, under ``{"schema": "deskeditor.article", "version": 1}``.
The keys and their order follow the article's field declaration."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from deskeditor.domain.article import STAMP_FIELDS, TEXT_FIELDS, Article, PullQuote
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
from deskeditor.formats.base import (
    FileFormat,
    ImportedArticle,
    UnreadableFileError,
    decode,
    parse_status,
    plain_text,
)

NAME = "json"
JSON_SCHEMA = "deskeditor.article"
JSON_VERSION = 1


def write_json(article: Article, notices: Sequence[CorrectionNotice]) -> str:
    item: dict[str, object] = article.snapshot()  # the editable fields, then the pull quotes
    item["notices"] = [
        {
            "kind": n.kind.value,
            "text": n.text,
            "position": n.position.value,
            "published_at": _iso(n.published_at),
        }
        for n in notices
    ]
    item.update({name: _iso(getattr(article, name)) for name in STAMP_FIELDS})
    data = {"schema": JSON_SCHEMA, "version": JSON_VERSION, "article": item}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_json(raw: bytes) -> ImportedArticle:
    try:
        data = json.loads(decode(raw))
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
    if not isinstance(item, dict) or not plain_text(item.get("headline")):
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
    fields = {name: plain_text(item.get(name)) for name in TEXT_FIELDS}
    article = Article(status=parse_status(item.get("status"), warnings), pull_quotes=quotes)
    return ImportedArticle(article.replace(**fields), NAME, warnings, notices=notices)


def looks_like_json(head: bytes) -> bool:
    return head.lstrip().startswith(b"{")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _parse_time(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


FORMAT = FileFormat(NAME, "Deskeditor JSON", (".json",), read_json, looks_like_json)
