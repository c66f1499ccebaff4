"""Deskeditor's own JSON both ways: every editable field, the pull quotes and the
published notices, under ``{"schema": "deskeditor.article", "version": 1}``.
The keys and their order follow the article's field declaration."""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from deskeditor.domain.article import STAMP_FIELDS, TEXT_FIELDS, Article
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
from deskeditor.formats.base import (
    FileFormat,
    ImportedArticle,
    UnreadableFileError,
    decode,
    parse_status,
)
from deskeditor.formats.values import field_sets, pull_quotes_from, text_value

NAME = "json"
JSON_SCHEMA = "deskeditor.article"
JSON_VERSION = 1
MAX_NOTICE_LENGTH = 10_000
MAX_NOTICES = 100
E = TypeVar("E", bound=enum.Enum)


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
    """An article in Deskeditor's JSON. Every field must hold its own kind of value:
    a list where text belongs, or NaN, is refused with the field named."""
    warnings: list[str] = []
    try:
        data = json.loads(decode(raw, warnings))
    except json.JSONDecodeError as error:
        raise UnreadableFileError(f"not valid JSON (line {error.lineno}: {error.msg})") from None
    except RecursionError:
        raise UnreadableFileError("the JSON is nested too deeply to be an article") from None
    if not isinstance(data, dict) or data.get("schema") != JSON_SCHEMA:
        raise UnreadableFileError(f'not a Deskeditor article (expected "schema": "{JSON_SCHEMA}")')
    if data.get("version") != JSON_VERSION:
        raise UnreadableFileError(
            f"article schema version {data.get('version')!r:.20} is not supported "
            f"(this is {JSON_VERSION})"
        )
    item = data.get("article")
    if not isinstance(item, dict):
        raise UnreadableFileError("“article” must be a set of fields")
    fields = {name: text_value(item.get(name), name) for name in TEXT_FIELDS}
    if not fields["headline"].strip():
        raise UnreadableFileError("the article has no headline")
    article = Article(
        status=parse_status(item.get("status"), warnings),
        pull_quotes=pull_quotes_from(item.get("pull_quotes")),
    )
    notices = _notices(item.get("notices"))
    return ImportedArticle(article.replace(**fields), NAME, warnings, notices=notices)


def _notices(items: object) -> list[CorrectionNotice]:
    notices = []
    for name, item in field_sets(items, "notices", "notice", MAX_NOTICES):
        text = text_value(item.get("text"), f"{name}: text")
        if not text.strip() or len(text) > MAX_NOTICE_LENGTH:
            raise UnreadableFileError(f"{name} has no text, or more than a notice holds")
        kind = _choice(NoticeKind, item.get("kind"), f"{name}: kind")
        position = _choice(NoticePosition, item.get("position") or "bottom", f"{name}: position")
        published = _parse_time(text_value(item.get("published_at"), f"{name}: published_at"))
        notices.append(CorrectionNotice(0, kind, text, position, published))
    return notices


def looks_like_json(head: bytes) -> bool:
    return head.lstrip().startswith(b"{")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _choice(kind: type[E], value: object, name: str) -> E:
    text = text_value(value, name)
    try:
        return kind(text)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise UnreadableFileError(f"“{name}” must be one of {allowed}, not “{text:.40}”") from None


def _parse_time(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


FORMAT = FileFormat(NAME, "Deskeditor JSON", (".json",), read_json, looks_like_json)
