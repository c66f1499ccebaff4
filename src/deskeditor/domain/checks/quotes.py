"""Quotation marks: balance per paragraph (with the paragraph-spanning convention),
marks facing the wrong way or foreign to the article's language, straight and curly
mixed (apostrophes included), backticks and primes as apostrophes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from deskeditor.domain import smart_quotes
from deskeditor.domain.checks.findings import LISTED_PER_PARAGRAPH, Finding, Severity
from deskeditor.domain.language import DEFAULT_LANGUAGE, known_quote_style, quote_style

DOUBLE = {'"', "“", "”", "„", "«", "»"}
_OPENING_BEFORE = set(" \t\n([{—–-/") | {"\u00a0", "\u202f", ""}
_GUILLEMETS = "«»"
_LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                   "it": "Italian", "ar": "Arabic", "he": "Hebrew"}  # fmt: skip
_BACKTICK = re.compile(r"(?<=[A-Za-z])[`′](?=[A-Za-z])|(?<=[A-Za-z])[`′](?=s\b)")


def _role(text: str, i: int) -> str:
    """ "open" or "close": what a double quote at ``i`` must be, from its neighbours
    (a guillemet's no-break space, « like this », is looked past)."""
    mark = text[i]
    if mark == "„":
        return "open"
    before_at, after_at = i - 1, i + 1
    if mark in _GUILLEMETS:
        before_at -= before_at >= 0 and text[before_at] in smart_quotes.NO_BREAK
        after_at += after_at < len(text) and text[after_at] in smart_quotes.NO_BREAK
    before = text[before_at] if before_at >= 0 else ""
    after = text[after_at] if after_at < len(text) else ""
    if before in _OPENING_BEFORE and after not in {"", " ", "\n", "\t"}:
        return "open"
    if before not in _OPENING_BEFORE:
        return "close"
    return "open" if after and not after.isspace() else "close"


_DOUBLE = re.compile(f"[{''.join(sorted(DOUBLE))}]")


def quote_marks(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, mark, role by context) for each double quotation mark."""
    for match in _DOUBLE.finditer(text):
        i = match.start()
        yield i, match.group(), _role(text, i)


def wrong_way(text: str, field: str, language: str = DEFAULT_LANGUAGE) -> list[Finding]:
    """Curly marks facing the wrong way (”…“ in English, “…„ in German) and marks of
    another language's style („…“ in an English article). Steps aside for languages
    whose conventions it does not know."""
    if not known_quote_style(language):
        return []
    style = quote_style(language)
    name = _LANGUAGE_NAMES.get(language.split("-")[0], language)
    findings = []
    for i, mark, role in quote_marks(text):
        if mark == '"':
            continue
        expected = style.open if role == "open" else style.close
        if mark == expected:
            continue
        if mark in (style.open, style.close):
            which = "Closing" if role == "open" else "Opening"
            where = "an opening" if role == "open" else "a closing"
            rule, message = "quotes.wrong-way", f"{which} quotation mark where {where} one belongs."
        else:
            rule, message = "quotes.language", f"“{mark}” is not a quotation mark of {name} copy."
        findings.append(Finding(rule, Severity.ERROR, message, field, i, i + 1, expected))
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
        inside, open_at = balance(paragraph, field)
        findings += [f.shifted(offset) for f in inside]
        following = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
        findings += never_closed(open_at, following, field, offset)
    return findings


def balance(paragraph: str, field: str) -> tuple[list[Finding], int | None]:
    """One paragraph's unbalanced quotes (offsets within it), and where a quotation
    it leaves open at its end opens (None: none is left open). What the paragraph
    after it says decides whether that one is a finding (never_closed)."""
    strays: list[tuple[int, int]] = []  # (mark, where its quotation began; -1: an opening)
    open_at: int | None = None
    closed_at = 0  # where the text after the last closed quotation begins
    for match in _DOUBLE.finditer(paragraph):  # quote_marks, without what is not needed here
        i = match.start()
        if _role(paragraph, i) == "open":
            if open_at is not None:
                strays.append((open_at, -1))  # never closed before this one opens
            open_at = i
        elif open_at is None:
            strays.append((i, closed_at))  # a closing mark with no opening one
            closed_at = i + 1
        else:
            open_at = None
            closed_at = i + 1
    if len(strays) > LISTED_PER_PARAGRAPH:
        return [_counted(strays, field)], open_at
    lead = _MARKUP.match(paragraph)
    first = lead.end() if lead else 0  # after "> " or "- ": where the words begin
    findings = [
        _missing_opening(paragraph, after, at, field, first) if after >= 0 else
        Finding("quotes.unbalanced", Severity.ERROR,
                "This quotation is never closed before the next one opens.", field, at, at + 1)
        for at, after in strays
    ]  # fmt: skip
    return findings, open_at


def _counted(strays: list[tuple[int, int]], field: str) -> Finding:
    """One finding for a paragraph's many unbalanced marks: how many of each kind,
    over the stretch from the first to the last (underlined whole); no fix, since
    where each quotation should open or close is for the copy editor to see."""
    closing = sum(1 for _, after in strays if after >= 0)
    opening = len(strays) - closing
    if not opening:
        message = f"{closing:,} closing quotation marks without an opening one in this paragraph."
    elif not closing:
        message = (
            f"{opening:,} quotations in this paragraph are never closed before the next one opens."
        )
    else:
        message = (
            f"{len(strays):,} quotation marks in this paragraph do not pair up: {closing:,} "
            f"closing without an opening one, {opening:,} never closed before the next one opens."
        )
    first, last = strays[0][0], strays[-1][0]
    return Finding("quotes.unbalanced", Severity.ERROR, message, field, first, last + 1)


def never_closed(open_at: int | None, following: str, field: str, offset: int) -> list[Finding]:
    """A quotation left open at a paragraph's end, unless the next paragraph reopens it."""
    if open_at is None or _opens_with_quote(following):
        return []
    return [
        Finding(
            "quotes.unbalanced",
            Severity.ERROR,
            "This quotation is never closed; the next paragraph does not reopen it.",
            field,
            offset + open_at,
            offset + open_at + 1,
        )
    ]


_MARKUP = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+")


def _missing_opening(paragraph: str, after: int, close: int, field: str, first: int) -> Finding:
    """A closing mark with no opening one: the quotation most likely opens at the
    paragraph's start (``first``, where its words begin) or the sentence after the
    last quotation. The finding covers the quoted span, and its fix puts the
    opening mark in front of it."""
    end = after
    for end_of_sentence in _SENTENCE_END.finditer(paragraph, after, close):
        end = end_of_sentence.end()
    start = max(first, end)
    quoted = paragraph[start:close]
    start += len(quoted) - len(quoted.lstrip())
    where = "at paragraph start" if start == first else "at sentence start"
    mark = '"' if paragraph[close] == '"' else "“"
    span = paragraph[start : close + 1]
    return Finding(
        "quotes.unbalanced",
        Severity.ERROR,
        "Closing quotation mark without an opening one.",
        field,
        start,
        close + 1,
        mark + span,
        f"{mark} → insert {where}",
    )


@dataclass(frozen=True)
class Marks:
    """The straight and the curly quotation marks and apostrophes of a stretch of a
    field (a short field whole, or one paragraph of the body), outside code and links."""

    field: str
    offset: int  # where the stretch begins in the field
    text: str
    straight: tuple[int, ...]
    curly: tuple[int, ...]


def marks_in(field: str, text: str, offset: int = 0) -> Marks:
    spans = smart_quotes.protected_spans(text)
    straight = tuple(smart_quotes.straight_marks(text, spans))
    return Marks(field, offset, text, straight, tuple(smart_quotes.curly_marks(text, spans)))


# How the straight marks of a stretch would be curled, from the state the stretch
# before it left (smart_quotes.curl_edits_from; the checker passes a cached one).
CurlEdits = Callable[
    [str, str, tuple[int, ...], smart_quotes.CurlState],
    tuple[list[smart_quotes.MarkEdit], smart_quotes.CurlState],
]


def mixed(fields: dict[str, str], language: str = DEFAULT_LANGUAGE) -> list[Finding]:
    """Straight and curly quotation marks and apostrophes in one article: flag the
    minority style, each mark with the one the majority would use."""
    return mixed_marks([marks_in(f, t) for f, t in fields.items()], language)


def mixed_marks(
    stretches: list[Marks],
    language: str = DEFAULT_LANGUAGE,
    curl: CurlEdits = smart_quotes.curl_edits_from,
) -> list[Finding]:
    """quotes.mixed over the article's stretches, in order (a field's paragraphs in
    a row): the counts are the article's, each finding lies in its field."""
    straight_count = sum(len(m.straight) for m in stretches)
    curly_count = sum(len(m.curly) for m in stretches)
    if not straight_count or not curly_count:
        return []
    findings = []
    if straight_count <= curly_count:
        message = (
            f"Straight mark in an article that curls its quotation marks and apostrophes "
            f"({curly_count} curly, {straight_count} straight)."
        )
        state, field = smart_quotes.CurlState(), ""
        for m in stretches:
            if m.field != field:
                state, field = smart_quotes.CurlState(), m.field
            if not m.straight:
                continue
            edits, state = curl(m.text, language, m.straight, state)
            for edit in edits:
                mark_at = m.text.index(edit.mark, edit.start)
                fix = edit.replacement
                if edit.end - edit.start > 1:  # a French space goes with the mark
                    fix = fix.replace(smart_quotes.NO_BREAK[0], "").strip()
                at = m.offset + mark_at
                findings.append(
                    Finding("quotes.mixed", Severity.WARNING, message, m.field, at, at + 1, fix)
                )
        return findings
    message = (
        f"Curly mark in an article that types its quotation marks and apostrophes "
        f"straight ({straight_count} straight, {curly_count} curly)."
    )
    for m in stretches:
        findings += [
            Finding("quotes.mixed", Severity.WARNING, message, m.field, m.offset + i,
                    m.offset + i + 1, smart_quotes.straightened(m.text[i]))
            for i in m.curly
        ]  # fmt: skip
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
