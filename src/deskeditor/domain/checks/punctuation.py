"""Dashes: a hyphen typed where the house style's dash belongs ("the claim- which",
"word - word", "word -- word"). Not in ranges (10-12, Monday-Friday), compounds
(well-known), suspended hyphens ("pre- and post-war"), list markers or minus signs."""

from __future__ import annotations

import re

from deskeditor.domain.checks.findings import LISTED_PER_PARAGRAPH, Finding, Severity

# House styles' dash rules: AP's spaced em dash, Chicago's closed em dash, the
# spaced en dash of British and European desks.
DASH_STYLES = {"spaced em": " — ", "closed em": "—", "spaced en": " – "}
DEFAULT_DASH = "spaced em"
_LETTER = r"[^\W\d_]"
# word - word | word- word | word -word | word--word | word -- word
_HYPHEN_DASH = re.compile(rf"(?<={_LETTER})(?: -{{1,2}} | ?--(?!-) ?|- | -(?! ))(?={_LETTER})")
# "pre- and post-war", "first- or second-hand", "two- to three-year terms"
_SUSPENDED = re.compile(r"(?:and|or|to|nor|und|oder|bis|et|ou)\b", re.IGNORECASE)
_RANGE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _word_after(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def hyphen_as_dash(text: str, field: str, dash: str = DEFAULT_DASH) -> list[Finding]:
    """The hyphens typed for dashes in one paragraph (or short field)."""
    mark = DASH_STYLES.get(dash, DASH_STYLES[DEFAULT_DASH])
    sets = f"house style sets “{mark.strip()}”"
    spacing = "spaced" if mark.startswith(" ") else "closed up"
    spans = [
        m.span()
        for m in _HYPHEN_DASH.finditer(text)
        if not (m.group() == "- " and _SUSPENDED.match(text, m.end()))  # "pre- and post-war"
        and not _a_range(text, m.start(), m.end())
    ]
    if len(spans) > LISTED_PER_PARAGRAPH:
        message = f"{len(spans):,} hyphens used as dashes in this paragraph: {sets} ({spacing})."
        first, last = spans[0][0], spans[-1][1]
        return [
            Finding("punctuation.hyphen-as-dash", Severity.WARNING, message, field, first, last)
        ]
    message = f"Hyphen used as a dash: {sets} here ({spacing})."
    return [
        Finding("punctuation.hyphen-as-dash", Severity.WARNING, message, field, start, end, mark)
        for start, end in spans
    ]


def _a_range(text: str, start: int, end: int) -> bool:
    """Monday-Friday, Jan - March: a range of days or months, not a dash."""
    before = _word_before(text, start).lower()
    return before in _RANGE_WORDS and _word_after(text, end).lower() in _RANGE_WORDS
