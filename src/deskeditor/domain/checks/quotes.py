"""Quotation marks: balance per paragraph (with the paragraph-spanning convention),
wrong-way curly marks, straight and curly mixed, backticks and primes as apostrophes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from deskeditor.domain.checks.findings import Finding, Severity

DOUBLE = {'"', "“", "”"}
_OPENING_BEFORE = set(" \t\n([{—–-/") | {"\u00a0", ""}
_BACKTICK = re.compile(r"(?<=[A-Za-z])[`′](?=[A-Za-z])|(?<=[A-Za-z])[`′](?=s\b)")


def _role(text: str, i: int) -> str:
    """ "open" or "close": what a double quote at ``i`` must be, from its neighbours."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before in _OPENING_BEFORE and after not in {"", " ", "\n", "\t"}:
        return "open"
    if before not in _OPENING_BEFORE:
        return "close"
    return "open" if after and not after.isspace() else "close"


def quote_marks(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, mark, role by context) for each double quotation mark."""
    for i, char in enumerate(text):
        if char in DOUBLE:
            yield i, char, _role(text, i)


def wrong_way(text: str, field: str) -> list[Finding]:
    findings = []
    for i, mark, role in quote_marks(text):
        if mark == "”" and role == "open":
            findings.append(
                Finding(
                    "quotes.wrong-way",
                    Severity.ERROR,
                    "Closing quotation mark where an opening one belongs.",
                    field,
                    i,
                    i + 1,
                    "“",
                )
            )
        elif mark == "“" and role == "close":
            findings.append(
                Finding(
                    "quotes.wrong-way",
                    Severity.ERROR,
                    "Opening quotation mark where a closing one belongs.",
                    field,
                    i,
                    i + 1,
                    "”",
                )
            )
    return findings


def _opens_with_quote(paragraph: str) -> bool:
    stripped = paragraph.lstrip(" >*_-")
    return bool(stripped) and stripped[0] in {'"', "“"}


def unbalanced(paragraphs: list[tuple[int, str]], field: str) -> list[Finding]:
    """Unbalanced double quotes, paragraph by paragraph.

    A paragraph may leave a quotation open when the next paragraph reopens it:
    the convention for a quote running over several paragraphs.
    """
    findings = []
    for index, (offset, paragraph) in enumerate(paragraphs):
        open_at: int | None = None
        closed_at = 0  # where the text after the last closed quotation begins
        for i, _mark, role in quote_marks(paragraph):
            if role == "open":
                if open_at is not None:
                    findings.append(
                        Finding(
                            "quotes.unbalanced",
                            Severity.ERROR,
                            "This quotation is never closed before the next one opens.",
                            field,
                            offset + open_at,
                            offset + open_at + 1,
                        )
                    )
                open_at = i
            elif open_at is None:
                findings.append(_missing_opening(paragraph, offset, closed_at, i, field))
                closed_at = i + 1
            else:
                open_at = None
                closed_at = i + 1
        if open_at is not None:
            following = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
            if not _opens_with_quote(following):
                findings.append(
                    Finding(
                        "quotes.unbalanced",
                        Severity.ERROR,
                        "This quotation is never closed; the next paragraph does not reopen it.",
                        field,
                        offset + open_at,
                        offset + open_at + 1,
                    )
                )
    return findings


_MARKUP = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+")


def _missing_opening(paragraph: str, offset: int, after: int, close: int, field: str) -> Finding:
    """A closing mark with no opening one: the quotation most likely opens at the
    paragraph's start (or the sentence after the last quotation). The finding
    covers the quoted span, and its fix puts the opening mark in front of it."""
    lead = _MARKUP.match(paragraph)
    first = lead.end() if lead else 0  # after "> " or "- ": where the words begin
    sentences = list(_SENTENCE_END.finditer(paragraph, after, close))
    start = max(first, sentences[-1].end() if sentences else after)
    start += len(paragraph[start:close]) - len(paragraph[start:close].lstrip())
    where = "at paragraph start" if start == first else "at sentence start"
    mark = '"' if paragraph[close] == '"' else "“"
    span = paragraph[start : close + 1]
    return Finding(
        "quotes.unbalanced",
        Severity.ERROR,
        "Closing quotation mark without an opening one.",
        field,
        offset + start,
        offset + close + 1,
        mark + span,
        f"{mark} → insert {where}",
    )


def mixed(fields: dict[str, str]) -> list[Finding]:
    """Straight and curly double quotes in one article: flag the minority style."""
    straight = [(f, i) for f, t in fields.items() for i, c in enumerate(t) if c == '"']
    curly = [(f, i) for f, t in fields.items() for i, c in enumerate(t) if c in "“”"]
    if not straight or not curly:
        return []
    odd, usual = (straight, "curly") if len(straight) <= len(curly) else (curly, "straight")
    findings = []
    for field, i in odd:
        text = fields[field]
        fix = ("“" if _role(text, i) == "open" else "”") if usual == "curly" else '"'
        findings.append(
            Finding(
                "quotes.mixed",
                Severity.WARNING,
                f"The article uses {usual} quotation marks elsewhere.",
                field,
                i,
                i + 1,
                fix,
            )
        )
    return findings


def backticks(text: str, field: str) -> list[Finding]:
    """Apostrophes typed as backticks or primes ("don`t", "it′s"); 5′10″ is fine."""
    return [
        Finding(
            "quotes.backtick",
            Severity.WARNING,
            "Apostrophe typed as a backtick or prime.",
            field,
            m.start(),
            m.end(),
            "’",
        )
        for m in _BACKTICK.finditer(text)
    ]
