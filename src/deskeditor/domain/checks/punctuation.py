"""Dashes: a hyphen typed where the house style's dash belongs ("the claim- which",
"word - word", "word -- word"). Not in ranges (10-12, Monday-Friday), compounds
(well-known), suspended hyphens ("pre- and post-war"), list markers or minus signs."""

from __future__ import annotations

import re

from deskeditor.domain.checks.findings import Finding, Severity

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
    mark = DASH_STYLES.get(dash, DASH_STYLES[DEFAULT_DASH])
    message = (
        f"Hyphen used as a dash: house style sets “{mark.strip()}” here "
        f"({'spaced' if mark.startswith(' ') else 'closed up'})."
    )
    findings = []
    for m in _HYPHEN_DASH.finditer(text):
        typed = m.group()
        if typed == "- " and _SUSPENDED.match(text, m.end()):
            continue  # a suspended hyphen: "pre- and post-war"
        before = _word_before(text, m.start()).lower()
        after = _word_after(text, m.end()).lower()
        if before in _RANGE_WORDS and after in _RANGE_WORDS:
            continue  # a range of days or months
        findings.append(
            Finding(
                "punctuation.hyphen-as-dash",
                Severity.WARNING,
                message,
                field,
                m.start(),
                m.end(),
                mark,
            )
        )
    return findings
