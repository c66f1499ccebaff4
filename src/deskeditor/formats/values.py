"""Values read from a file's fields, checked: text where text belongs (a list, a number
or NaN is refused with the field named, not turned into text), whole numbers in
range (never 1e400 or "abc"), pull quotes, and every field within its bound."""

from __future__ import annotations

import math
from datetime import date, datetime

from deskeditor.domain.article import MAX_PARAGRAPHS, MAX_PULL_QUOTES, PullQuote
from deskeditor.formats.base import UnreadableFileError, kind_of


def text_value(value: object, name: str) -> str:
    """A field's text exactly as the file holds it ("" when it holds none); a value of
    another kind (a list, a number, NaN) is refused, not turned into text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    raise UnreadableFileError(f"“{name}” must be text, not {kind_of(value)}")


def scalar_text(value: object, name: str) -> str:
    """Text written plainly in YAML front matter, which reads ``2024`` as a number and
    ``2026-11-29`` as a date: those are text too. Lists and fields are refused."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(value)
    return text_value(value, name)


def whole_number(value: object, name: str, low: int, high: int) -> int:
    """A count from a file, checked: ``low``..``high``, never True, 1e400 or "abc"."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif (isinstance(value, float) and value.is_integer()) or (
        isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10
    ):
        number = int(value)
    if number is None or not low <= number <= high:
        shown = value if isinstance(value, str) else kind_of(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            shown = "infinity" if isinstance(value, float) and math.isinf(value) else f"{value:.6g}"
        raise UnreadableFileError(
            f"“{name}” must be a whole number from {low} to {high:,}, not {shown}"
        )
    return number


def field_sets(
    items: object, key: str, one: str, limit: int
) -> list[tuple[str, dict[str, object]]]:
    """The entries of a list of field sets (pull quotes, notices), each with the name
    errors call it by ("pull quote 2"); anything else is refused in words."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise UnreadableFileError(f"“{key}” must be a list, not {kind_of(items)}")
    if len(items) > limit:
        raise UnreadableFileError(f"{len(items):,} {key}; an article holds at most {limit}")
    entries = []
    for number, item in enumerate(items, start=1):
        name = f"{one} {number}"
        if not isinstance(item, dict):
            raise UnreadableFileError(f"{name} must be a set of fields, not {kind_of(item)}")
        entries.append((name, item))
    return entries


def pull_quotes_from(items: object) -> tuple[PullQuote, ...]:
    """Pull quotes as a file lists them ({text, attribution, after_paragraph} each)."""
    quotes = []
    for name, item in field_sets(items, "pull_quotes", "pull quote", MAX_PULL_QUOTES):
        text = text_value(item.get("text"), f"{name}: text")
        if not text.strip():
            raise UnreadableFileError(f"{name} has no text")
        attribution = text_value(item.get("attribution"), f"{name}: attribution")
        after = whole_number(
            item.get("after_paragraph", 0), f"{name}: after_paragraph", 0, MAX_PARAGRAPHS
        )
        quotes.append(PullQuote(text, attribution, after))
    return tuple(quotes)
