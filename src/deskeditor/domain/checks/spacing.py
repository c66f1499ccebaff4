"""Spacing, repeated words and paragraph shape."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from deskeditor.domain.checks.findings import Finding, Severity

# Spaces between words: the ASCII space, tab, no-break, thin, hair, en, em and other
# Unicode spaces. Two of them in a row is one too many, whichever they are.
_SPACE = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DOUBLE_SPACE = re.compile(rf"(?<=\S)([{_SPACE}]{{2,}})(?=\S)")
_CODE_OR_TABLE = re.compile(r"(?: {4}|\t|\s{0,3}(?:```|~~~|\|))")
_SPACE_NAMES = {
    " ": "space", "\t": "tab", "\u00a0": "no-break space", "\u202f": "narrow no-break space",
    "\u2009": "thin space", "\u200a": "hair space", "\u2002": "en space", "\u2003": "em space",
    "\u2007": "figure space", "\u2008": "punctuation space", "\u3000": "ideographic space",
}  # fmt: skip
_BEFORE_PUNCT = re.compile(r"(?<=\w)( +)(?=[,;:!?)](?:\s|$)|\.(?:\s|$)(?!\.))")
# Each run of spaces is tried once, from its start (trying every position inside a
# long run that does not end the line would be quadratic).
_TRAILING = re.compile(rf"(?<![{_SPACE}])[{_SPACE}]++$", re.MULTILINE)
_MISSING_AFTER = re.compile(r"(?<=[a-z])[.!?](?=[A-Z][a-z])")
_TOKEN_REACH = 80  # far enough to see "://" or "www." of the address a dot is in
_LAST_SPACE = re.compile(r"(?s).*\s")  # greedy: up to the last space of a short stretch
_NON_SPACES = re.compile(r"\S*")
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|io|co|uk)\b)", re.IGNORECASE)
_REPEATED = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE)
# Repeats that are grammatical ("he had had enough", "that that", "what it is is").
LEGIT_REPEATS = {"had", "that", "is", "bye", "so", "no", "very", "long", "far", "knock"}
_EMPTY_PARAGRAPHS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_CLOSING = (*'.!?…:;"”’)]*_»“', "—”", "--", "؟", "۔", "。")
# A block marked as a subhead: wholly bold or italic, set in capitals, or a setext
# heading (underlined with === or ---); "## " headings are not prose at all.
_SUBHEAD = re.compile(r"^(?:\*\*[^*\n]+\*\*|__[^_\n]+__|\*[^*\n]+\*|_[^_\n]+_|[^\n]+\n[=-]+)\s*$")
_NOT_PROSE = re.compile(r"^\s{0,3}(?:#|>|[-*+] |\d+[.)] |\||```|~~~|!\[|<!--|\[\^)")


def space_name(char: str) -> str:
    return _SPACE_NAMES.get(char, f"U+{ord(char):04X} space")


def _listed(chars: str) -> str:
    """The spaces by name; a long run by kind and count (its message stays short)."""
    if len(chars) <= _NAMED_ONE_BY_ONE:
        return ", ".join(space_name(c) for c in chars)
    return ", ".join(f"{n:,} × {space_name(c)}" for c, n in Counter(chars).items())


_NAMED_ONE_BY_ONE = 8


def double_spaces(text: str, field: str) -> list[Finding]:
    """Any two spaces in a row between words. The fix keeps one: a no-break space if
    the run has one (it was put there to bind), else the first; the message names
    the characters the fix removes."""
    if _CODE_OR_TABLE.match(text):
        return []  # code keeps its spacing; a table's columns are aligned with spaces
    findings = []
    for m in _DOUBLE_SPACE.finditer(text):
        run = m.group(1)
        keep = next((c for c in run if c in "\u00a0\u202f"), run[0])
        removed = run.replace(keep, "", 1)
        message = (
            f"{len(run)} spaces in a row ({_listed(run)}); the fix removes the "
            f"{_listed(removed)} and keeps the {space_name(keep)}."
        )
        if run == " " * len(run):
            message = f"{len(run)} spaces in a row; the fix keeps one."
        findings.append(
            Finding("spacing.double", Severity.WARNING, message, field, *m.span(1), keep)
        )
    return findings


def space_before_punctuation(text: str, field: str, french: bool = False) -> list[Finding]:
    """ "voted , and" — but not a spaced ellipsis, nor French copy's space before ; : ! ?."""
    findings = []
    for m in _BEFORE_PUNCT.finditer(text):
        after = text[m.end(1) : m.end(1) + 3]
        if after.startswith(". .") or after.startswith("..."):
            continue  # a spaced ellipsis
        if french and after[0] in ";:!?":
            continue  # French sets a space there (ideally a no-break one)
        findings.append(
            Finding(
                "spacing.before-punctuation",
                Severity.WARNING,
                f"Space before “{after[0]}”.",
                field,
                m.start(1),
                m.end(1),
                "",
            )
        )
    return findings


def trailing_spaces(text: str, field: str) -> list[Finding]:
    findings = []
    for m in _TRAILING.finditer(text):
        line_end = m.end()
        inside_paragraph = text[line_end : line_end + 1] == "\n" and text[
            line_end + 1 : line_end + 2
        ] not in {"", "\n"}
        if m.group() == "  " and inside_paragraph:
            continue  # Markdown's line break
        where = "line" if inside_paragraph else "paragraph"
        findings.append(
            Finding(
                "spacing.trailing",
                Severity.SUGGESTION,
                f"Trailing {_listed(m.group())} at the end of the {where}; the fix removes it.",
                field,
                m.start(),
                m.end(),
                "",
            )
        )
    return findings


def missing_space_after_sentence(text: str, field: str) -> list[Finding]:
    """ "office.Each" — but not in URLs, e-mail addresses or "U.S.Army"-like abbreviations.

    The address marks ("://", "www.", ".com") are found in one pass; a join is an
    address when one lies within its run of non-space characters (looked at no
    further than _TOKEN_REACH each side): linear, however many joins a paragraph has.
    """
    findings = []
    marks = [(m.start(), m.end()) for m in _URLISH.finditer(text)]
    starts = [start for start, _ in marks]
    for m in _MISSING_AFTER.finditer(text):
        first, last = _token_around(text, m.start())
        i = bisect_left(starts, first)
        if i < len(marks) and marks[i][0] < last and _token_holds(marks, i, last):
            continue
        findings.append(
            Finding(
                "spacing.missing-after-sentence",
                Severity.ERROR,
                "No space after the end of a sentence.",
                field,
                m.start(),
                m.end(),
                m.group() + " ",
            )
        )
    return findings


def _token_holds(marks: list[tuple[int, int]], i: int, last: int) -> bool:
    """One of the address marks from the i-th on lies wholly before ``last``."""
    while i < len(marks) and marks[i][0] < last:
        if marks[i][1] <= last:
            return True
        i += 1
    return False


def repeated_words(text: str, field: str) -> list[Finding]:
    findings = []
    for m in _REPEATED.finditer(text):
        word = m.group(1)
        if word.lower() in LEGIT_REPEATS or word.isdigit():
            continue
        findings.append(
            Finding(
                "words.repeated",
                Severity.ERROR,
                f"“{word}” twice in a row.",
                field,
                m.start(),
                m.end(),
                word,
            )
        )
    return findings


def empty_paragraphs(text: str, field: str) -> list[Finding]:
    return [
        Finding(
            "paragraph.empty",
            Severity.SUGGESTION,
            "Empty paragraph.",
            field,
            m.start(),
            m.end(),
            "\n\n",
        )
        for m in _EMPTY_PARAGRAPHS.finditer(text)
    ]


def paragraph_without_closing_punctuation(
    paragraphs: list[tuple[int, str]], field: str
) -> list[Finding]:
    """Prose paragraphs should end with closing punctuation. Headings, subheads, lists,
    quotes, tables and short subhead-like lines (no more than eight words) are left
    alone."""
    findings = []
    for offset, paragraph in paragraphs:
        text = paragraph.rstrip()
        if not text or text.endswith(_CLOSING) or _NOT_PROSE.match(text):
            continue
        if len(text.split()) <= 8 or is_subhead(text):
            continue
        end = offset + len(text)
        findings.append(
            Finding(
                "paragraph.no-closing-punctuation",
                Severity.WARNING,
                "Paragraph ends without closing punctuation.",
                field,
                end - 1,
                end,
            )
        )
    return findings


def is_subhead(block: str) -> bool:
    """One line marked as a subhead: bold or italic throughout, all capitals, or
    underlined (setext)."""
    if _SUBHEAD.match(block):
        return True
    return "\n" not in block and block.isupper()


def _token_around(text: str, offset: int) -> tuple[int, int]:
    """Where the run of non-space characters around ``offset`` begins and ends,
    looked at no further than _TOKEN_REACH each side (a scan from the paragraph's
    start for every match would make the check quadratic)."""
    reach = max(0, offset - _TOKEN_REACH)
    before = _LAST_SPACE.match(text, reach, offset)
    right = _NON_SPACES.match(text, offset, offset + _TOKEN_REACH)
    return (before.end() if before else reach), (right.end() if right else offset)
