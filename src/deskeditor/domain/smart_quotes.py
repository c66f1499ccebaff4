"""Straight quotation marks and apostrophes, and what they become in a language's
typography: “…” ‘…’ in English, „…“ ‚…‘ in German, « … » with no-break spaces in
French. Used by Edit → Smart quotes and the quotes.mixed check.

One pass over the text, left to right; code, link targets, addresses and HTML
tags are left exactly as typed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from deskeditor.domain.language import QuoteStyle, quote_style

CURLY = set("“”„‟«»‹›‘’‚")
STRAIGHT = {'"', "'"}
NO_BREAK = "\u00a0\u202f"
_STRAIGHT = re.compile("[\"']")
_CURLY = re.compile(f"[{''.join(sorted(CURLY))}]")
# Left as typed: code spans and blocks, Markdown link targets, URLs, addresses, HTML.
_PROTECTED = re.compile(
    r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)|`[^`\n]*`|\]\([^)\]\n]*\)|https?://\S+|www\.\S+"
    r"|<[^<>\n]*>",
    re.DOTALL,
)
# Words that start with an apostrophe, not an opening quotation mark.
_ELISIONS = re.compile(r"(?:em|tis|twas|til|cause|n\b|bout|round)\b", re.IGNORECASE)
_OPENERS = set(" \t\n([{—–-/") | set(NO_BREAK) | {""}


@dataclass(frozen=True)
class MarkEdit:
    """Replace ``text[start:end]`` (a straight mark, with a French space beside it)."""

    start: int
    end: int
    replacement: str
    mark: str  # the straight mark being replaced


_ADDRESS_REACH = 100  # characters an e-mail address reaches either side of its @


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Where code, links, addresses and tags are, sorted by start. E-mail addresses
    are found from their @ outwards (a pattern that tries every word start for an
    @ costs more than everything else here put together)."""
    spans = [m.span() for m in _PROTECTED.finditer(text)]
    at = text.find("@")
    while at != -1:
        start = at
        while start > max(0, at - _ADDRESS_REACH) and not text[start - 1].isspace():
            start -= 1
        end = at + 1
        while end < min(len(text), at + _ADDRESS_REACH) and not text[end].isspace():
            end += 1
        if start < at and "." in text[at:end]:
            spans.append((start, end))
        at = text.find("@", end)
    return sorted(spans)


def straight_marks(text: str, protected: list[tuple[int, int]] | None = None) -> Iterator[int]:
    """Offsets of straight marks that are quotation marks or apostrophes, outside code
    and links (``protected``, when the caller has them); inch and foot marks (5'10",
    6") and gershayim (צה"ל) are not."""
    spans = iter(protected_spans(text) if protected is None else protected)
    span = next(spans, None)
    for match in _STRAIGHT.finditer(text):
        i, char = match.start(), match.group()
        while span is not None and span[1] <= i:
            span = next(spans, None)
        if span is not None and span[0] <= i:
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and not after.isalpha():
            continue  # a prime: 5'10", a 6" pipe
        if char == '"' and before.isalpha() and after.isalpha():
            continue  # between letters: a Hebrew gershayim, never a quotation mark
        yield i


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before in _OPENERS:
        return bool(after) and not after.isspace()
    return False


def curl_edits(text: str, language: str, marks: list[int] | None = None) -> list[MarkEdit]:
    """The edits that make every straight mark in ``text`` (at ``marks``, when the
    caller has found them) the language's own."""
    found = straight_marks(text) if marks is None else marks
    return curl_edits_from(text, language, found, CurlState())[0]


@dataclass(frozen=True)
class CurlState:
    """Where curling stands after a stretch of text: a double or a single quotation
    opened and not yet closed (it carries over from one paragraph to the next)."""

    quoting: bool = False
    inner_open: bool = False


def curl_edits_from(
    text: str, language: str, marks: Iterable[int], state: CurlState
) -> tuple[list[MarkEdit], CurlState]:
    """curl_edits for one stretch of a longer text (a paragraph of the body), starting
    in ``state``; the edits and the state it leaves."""
    style = quote_style(language)
    edits = []
    quoting, inner_open = state.quoting, state.inner_open
    for i in marks:
        if text[i] == '"':
            edit, quoting = _double(text, i, style, quoting)
        else:
            edit, inner_open = _single(text, i, style, inner_open)
        edits.append(edit)
    return edits, CurlState(quoting, inner_open)


def _double(text: str, i: int, style: QuoteStyle, quoting: bool) -> tuple[MarkEdit, bool]:
    """A double mark opens after a space or an opening bracket; spaced on both sides
    (French typing: ``" bonjour "``) it opens unless a quotation is already open."""
    space = style.inner_space
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    spaced = before in _OPENERS and after == " "
    if _opens(text, i) or (spaced and not quoting):
        if space and after == " ":
            return MarkEdit(i, i + 2, style.open + space, '"'), True
        return MarkEdit(i, i + 1, style.open + space, '"'), True
    if space and before == " ":
        return MarkEdit(i - 1, i + 1, space + style.close, '"'), False
    if space and before in NO_BREAK:
        return MarkEdit(i, i + 1, style.close, '"'), False
    return MarkEdit(i, i + 1, space + style.close, '"'), False


def _single(text: str, i: int, style: QuoteStyle, inner_open: bool) -> tuple[MarkEdit, bool]:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isalnum() and after.isalpha():
        return MarkEdit(i, i + 1, style.apostrophe, "'"), inner_open  # don't, l'homme
    if _opens(text, i):
        if after.isdigit() or _ELISIONS.match(text, i + 1):
            return MarkEdit(i, i + 1, style.apostrophe, "'"), inner_open  # '90s, 'em
        return MarkEdit(i, i + 1, style.inner_open, "'"), True
    if inner_open:
        return MarkEdit(i, i + 1, style.inner_close, "'"), False
    return MarkEdit(i, i + 1, style.apostrophe, "'"), False  # the Joneses' house


def curled(text: str, language: str) -> str:
    """``text`` with every straight mark made the language's own."""
    parts = []
    last = 0
    for edit in curl_edits(text, language):
        parts.append(text[last : edit.start])
        parts.append(edit.replacement)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


def curly_marks(text: str, protected: list[tuple[int, int]] | None = None) -> Iterator[int]:
    """Offsets of typographic quotation marks and apostrophes outside code and links."""
    spans = iter(protected_spans(text) if protected is None else protected)
    span = next(spans, None)
    for match in _CURLY.finditer(text):
        i = match.start()
        while span is not None and span[1] <= i:
            span = next(spans, None)
        if span is None or span[0] > i:
            yield i


def straightened(mark: str) -> str:
    return "'" if mark in "‘’‚‹›" else '"'
