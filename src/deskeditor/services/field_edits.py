"""Edits to an article's fields given as text ("headline=Ferry returns"), as scripts
give them: each field named once, each value checked before anything is stored.
The fields are the article's declared text fields; the status moves only through
the workflow (services/workflow.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from deskeditor.domain.article import ONE_LINE_FIELDS, TEXT_FIELDS, Article
from deskeditor.domain.language import LanguageTagError, normalize_tag
from deskeditor.domain.text import slug_problem
from deskeditor.services.errors import ServiceError
from deskeditor.storage.models import ArticleRow

SETTABLE_FIELDS = TEXT_FIELDS


class FieldValueError(ServiceError):
    """A field the article does not have, or a value it cannot take; nothing changed."""


def parse_assignments(pairs: Sequence[str]) -> dict[str, str]:
    """``["headline=Ferry returns", "section=Local"]`` as a dict, each checked."""
    changes: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        name = name.strip()
        if not equals:
            raise FieldValueError(f"“{pair}” is not FIELD=VALUE")
        if name not in SETTABLE_FIELDS:
            hint = " (status moves with `deskeditor article status`)" if name == "status" else ""
            raise FieldValueError(
                f"unknown field “{name}”{hint}; fields: {', '.join(SETTABLE_FIELDS)}"
            )
        if name in changes:
            raise FieldValueError(f"{name} is given twice")
        changes[name] = value
    for name, value in changes.items():
        check_value(name, value)
    return changes


def check_value(name: str, value: str) -> None:
    """Refuse a value the field cannot hold, saying why."""
    if name in ONE_LINE_FIELDS and ("\n" in value or "\r" in value):
        raise FieldValueError(f"{name} is one line: the value has a line break")
    if name == "language" and value:
        try:
            normalize_tag(value)
        except LanguageTagError as error:
            raise FieldValueError(f"language: {error}") from None
    if name == "slug" and (problem := slug_problem(value)):
        raise FieldValueError(f"slug “{value}”: {problem}")
    limit = getattr(ArticleRow.__table__.c[name].type, "length", None)
    if limit is not None and len(value) > limit:
        raise FieldValueError(f"{name} holds at most {limit} characters (got {len(value)})")
    if "\x00" in value:
        raise FieldValueError(f"{name} contains a NUL character")


def apply(article: Article, changes: Mapping[str, str]) -> Article:
    """``article`` with ``changes`` (checked by parse_assignments or check_value); a
    language tag in its usual spelling ("en_gb" → "en-GB"; empty: the desk's)."""
    changes = dict(changes)
    if changes.get("language"):
        changes["language"] = normalize_tag(changes["language"])
    return article.replace(**changes)
