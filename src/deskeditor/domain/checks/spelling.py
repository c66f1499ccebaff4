"""Spelling: words the dictionary does not know, sparing names and what is not prose."""

from __future__ import annotations

import re
from collections.abc import Callable

from deskeditor.domain.checks.findings import Finding, Severity

# Words in any alphabet ("Chávez" is one word, not "Ch" and "vez"), with their
# apostrophes and hyphens: a compound is looked at whole.
_LETTERS = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTERS}(?:[’'-]?{_LETTERS})*")
# Prefixes that stand before a hyphen in good copy ("pre-organized", "co-morbidities").
PREFIXES = {
    "anti", "bi", "bio", "co", "counter", "cyber", "eco", "ex", "extra", "geo", "hyper",
    "immuno", "inter", "intra", "macro", "mega", "meta", "micro", "mid", "mini", "multi",
    "neo", "non", "over", "post", "pre", "pro", "pseudo", "re", "self", "semi", "socio",
    "sub", "super", "trans", "tri", "ultra", "un", "under",
}  # fmt: skip
# Masked before spelling: URLs, e-mail addresses, Markdown link targets and code.
# Each alternative stops at the next place another try could start ("<" for a tag,
# "]" for a link target) or is tried once per run: linear on hostile text.
_NOT_WORDS = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)[^\s@]++@[^\s@]+\.\w+|\]\([^)\]]*\)|`[^`\n]*`|<[^<>\n]*>"
    r"|(?<![\w-])[\w-]++\.(?:pdf|docx?|xlsx?|csv|txt|jpe?g|png|gif|html?|zip|mp[34])\b",
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
    (precision first: a desk's copy is full of them), as are all-caps acronyms, words
    with capitals inside ("mRNA") and the article's own names (``names``: byline,
    quoted speakers). A hyphenated compound is flagged by the part the dictionary
    does not know, unless the whole compound is known or the part is a prefix."""
    masked = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
    findings = []
    for m in _WORD.finditer(masked):
        compound = m.group()
        if "-" not in compound and (len(compound) <= 2 or not compound.islower()):
            continue  # as _misspelling would decide, without the call (a short word, a name)
        if "-" in compound and not unknown(compound):
            continue
        offset = m.start()
        for part in compound.split("-"):
            start, offset = offset, offset + len(part) + 1
            if part.lower() in PREFIXES and masked[start + len(part) : offset] == "-":
                continue  # "pre-organized", and "pre- and post-war" too
            finding = _misspelling(part, start, field, unknown, suggest, names)
            if finding is not None:
                findings.append(finding)
    return findings


def bare_word(word: str) -> str:
    """The word as the dictionary is asked: straight apostrophe, no possessive 's."""
    bare = word.replace("’", "'")
    return bare[:-2] if bare.endswith("'s") else bare


def is_name(word: str, names: set[str]) -> bool:
    """The flagged ``word`` is one of the article's own names (byline, speakers)."""
    return bare_word(word).lower() in names


def _misspelling(
    word: str,
    start: int,
    field: str,
    unknown: Callable[[str], bool],
    suggest: Callable[[str], str | None],
    names: set[str],
) -> Finding | None:
    if len(word) <= 2 or not word.islower():
        return None  # a name, an acronym, or capitals inside ("mRNA")
    bare = bare_word(word)
    if bare.lower() in names or not unknown(bare):
        return None
    fix = suggest(bare)
    message = f"“{word}” is not in the dictionary." + (f" Did you mean “{fix}”?" if fix else "")
    return Finding("spelling", Severity.WARNING, message, field, start, start + len(word), fix)
