"""Spelling: words the dictionary does not know, sparing names and what is not prose."""

from __future__ import annotations

import re
from collections.abc import Callable

from deskeditor.domain.checks.findings import Finding, Severity

_WORD = re.compile(r"[A-Za-z][A-Za-z’']*[A-Za-z]|[A-Za-z]")
# Masked before spelling: URLs, e-mail addresses, Markdown link targets and code.
_NOT_WORDS = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\]\([^)]*\)|`[^`\n]*`|<[^>\n]*>"
    r"|\b[\w-]+\.(?:pdf|docx?|xlsx?|csv|txt|jpe?g|png|gif|html?|zip|mp[34])\b",
    re.IGNORECASE,
)


def misspellings(
    text: str,
    field: str,
    unknown: Callable[[str], bool],
    suggest: Callable[[str], str | None],
    names: set[str],
) -> list[Finding]:
    """Lower-case words ``unknown`` reports. Capitalised words are taken as names
    (precision first: a desk's copy is full of them), as are all-caps acronyms and
    the article's own names (``names``: byline, quoted speakers)."""
    masked = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
    findings = []
    for m in _WORD.finditer(masked):
        word = m.group()
        if len(word) <= 2 or not word[0].islower():
            continue
        bare = word.replace("’", "'")
        if bare.endswith("'s"):
            bare = bare[:-2]
        if bare.lower() in names or not unknown(bare):
            continue
        fix = suggest(bare)
        message = f"“{word}” is not in the dictionary." + (f" Did you mean “{fix}”?" if fix else "")
        findings.append(
            Finding("spelling", Severity.WARNING, message, field, m.start(), m.end(), fix)
        )
    return findings
