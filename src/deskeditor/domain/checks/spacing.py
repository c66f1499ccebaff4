"""Spacing, repeated words and paragraph shape."""

from __future__ import annotations

import re

from deskeditor.domain.checks.findings import Finding, Severity

_DOUBLE_SPACE = re.compile(r"(?<=\S)( {2,})(?=\S)")
_BEFORE_PUNCT = re.compile(r"(?<=\w)( +)(?=[,;:!?)](?:\s|$)|\.(?:\s|$)(?!\.))")
_TRAILING = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MISSING_AFTER = re.compile(r"(?<=[a-z])[.!?](?=[A-Z][a-z])")
_TOKEN = re.compile(r"\S+")
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|io|co|uk)\b)", re.IGNORECASE)
_REPEATED = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE)
# Repeats that are grammatical ("he had had enough", "that that", "what it is is").
LEGIT_REPEATS = {"had", "that", "is", "bye", "so", "no", "very", "long", "far", "knock"}
_EMPTY_PARAGRAPHS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_CLOSING = (*'.!?…:;"”’)]*_', "—”", "--")
_NOT_PROSE = re.compile(r"^\s{0,3}(?:#|>|[-*+] |\d+[.)] |\||```|~~~|!\[|<!--|\[\^)")


def double_spaces(text: str, field: str) -> list[Finding]:
    return [
        Finding(
            "spacing.double",
            Severity.WARNING,
            "Two or more spaces in a row.",
            field,
            m.start(1),
            m.end(1),
            " ",
        )
        for m in _DOUBLE_SPACE.finditer(text)
        if not text[: m.start(1)].endswith("\n")
    ]


def space_before_punctuation(text: str, field: str) -> list[Finding]:
    findings = []
    for m in _BEFORE_PUNCT.finditer(text):
        after = text[m.end(1) : m.end(1) + 3]
        if after.startswith(". .") or after.startswith("..."):
            continue  # a spaced ellipsis
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
        findings.append(
            Finding(
                "spacing.trailing",
                Severity.SUGGESTION,
                "Spaces at the end of the line.",
                field,
                m.start(),
                m.end(),
                "",
            )
        )
    return findings


def missing_space_after_sentence(text: str, field: str) -> list[Finding]:
    """ "office.Each" — but not in URLs, e-mail addresses or "U.S.Army"-like abbreviations."""
    findings = []
    for m in _MISSING_AFTER.finditer(text):
        token = _token_at(text, m.start())
        if _URLISH.search(token):
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
    """Prose paragraphs should end with closing punctuation. Headings, lists, quotes,
    tables and short subhead-like lines (no more than eight words) are left alone."""
    findings = []
    for offset, paragraph in paragraphs:
        text = paragraph.rstrip()
        if not text or _NOT_PROSE.match(text) or len(text.split()) <= 8:
            continue
        if text.endswith(_CLOSING):
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


def _token_at(text: str, offset: int) -> str:
    for m in _TOKEN.finditer(text):
        if m.start() <= offset < m.end():
            return m.group()
    return ""
