"""Plain-text news copy into article fields.

Wire and scraped copy arrives as text shaped like an article: an optional
"Section /" line, the headline, maybe a dek, maybe a byline, body paragraphs
(the first perhaps opening with a dateline) and maybe a footer about
corrections or copyright. The parser decides conservatively (a wrong dek is
worse than none) and reports each decision. It keeps every character of the
copy, trailing spaces and no-break spaces included (the checks flag them); it
changes only what the format imposes, and says so: line ends, hard-wrapped lines
joined, and paragraph indentation removed (in Markdown it would make code).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SECTION = re.compile(r"^(?P<section>[^/\n]{1,40}?)\s*/\s*(?P<sub>[^/\n]{0,40}?)\s*$")
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][^\n]{1,150}$")
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,20})?(?:\s*\([A-Za-z. ]{1,30}\))?"
    r"\s*(?:—|–|--|-))\s+(?=\S)"
)
_FOOTER = re.compile(
    r"(?i)(?:for corrections|to report (?:an error|a correction)|corrections@|©|copyright\b|"
    r"all rights reserved|\(c\)\s*\d{4})"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What a web page's address obfuscation leaves in copied text instead of the address.
_HIDDEN_EMAIL = re.compile(r"\[\s*email[\s\u00a0]*protected\s*\]", re.IGNORECASE)
_LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CLOSING = tuple('.!?…:;"”’)')
_QUOTED = re.compile(r"[“\"]([A-Z][^“”\"]{20,300}?[.!?,])[”\"]")
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|asked|added|according to|wrote)\b")


@dataclass
class ParsedCopy:
    section: str = ""
    kicker: str = ""
    headline: str = ""
    dek: str = ""
    byline: str = ""
    dateline: str = ""
    blocks: list[str] = field(default_factory=list)  # body blocks, as Markdown
    corrections_email: str | None = None
    pull_quote_candidates: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.blocks)


LAYOUT_SPACE = " \t"  # spaces and tabs that lay text out; every other space is copy


def normalise(text: str) -> str:
    """LF line ends and no BOM; nothing else changes."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def raw_blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks, each a list of its lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def join_block(lines: list[str]) -> tuple[str, bool]:
    """A block's text: list lines stay lines, hard-wrapped prose is joined (with the
    layout spaces around each break). The block's indentation goes; the spaces that
    end it stay. Returns (text, whether wrapped lines were joined)."""
    if all(_LIST_LINE.match(line) or line.lstrip().startswith("|") for line in lines):
        return "\n".join(lines), False  # a list or a table: its lines are its rows
    if len(lines) == 1:
        return lines[0].lstrip(LAYOUT_SPACE), False
    inner = [line.strip(LAYOUT_SPACE) for line in lines[:-1]]
    return " ".join([*inner, lines[-1].lstrip(LAYOUT_SPACE)]), True


def parse_wire_copy(text: str) -> ParsedCopy:
    result = ParsedCopy()
    raw = raw_blocks(normalise(text))
    blocks = [join_block(b) for b in raw]
    if any(joined for _, joined in blocks):
        result.warnings.append("hard-wrapped lines joined")
    if any(b[0][:1] in LAYOUT_SPACE and not _LIST_LINE.match(b[0]) for b in raw if b[0]):
        result.warnings.append("paragraph indentation removed")
    texts = [t for t, _ in blocks]
    _take_footer(texts, result)
    if texts and (match := _SECTION.match(texts[0])) and "\n" not in texts[0]:
        result.section = match.group("section").strip()
        result.kicker = match.group("sub").strip()
        texts.pop(0)
        result.warnings.append(f"section: {result.section}")
    if not texts:
        result.warnings.append("no headline found")
        return result
    result.headline = texts.pop(0).removeprefix("# ").lstrip(LAYOUT_SPACE)
    if len(result.headline) > 150:
        result.warnings.append("the headline is unusually long; check it is not body text")
    _take_byline(texts, result)
    _take_dek(texts, result)
    _take_byline(texts, result)
    if not result.byline:
        result.warnings.append("no byline found")
    _take_dateline(texts, result)
    result.blocks = _mark_subheads(texts, result)
    if not result.blocks:
        result.warnings.append("no body text")
    result.pull_quote_candidates = pull_quote_candidates(result.blocks)
    return result


def _take_footer(texts: list[str], result: ParsedCopy) -> None:
    removed = 0
    hidden = False
    while texts and len(texts[-1]) < 400 and _FOOTER.search(texts[-1]):
        footer = texts.pop()
        removed += 1
        if email := _EMAIL.search(footer):
            result.corrections_email = result.corrections_email or email.group()
        hidden = hidden or bool(_HIDDEN_EMAIL.search(footer))
    if removed:
        result.warnings.append("footer removed")
    if result.corrections_email:
        result.warnings.append(f"corrections address: {result.corrections_email}")
    elif hidden:
        result.warnings.append("corrections address hidden in the source")


def _take_byline(texts: list[str], result: ParsedCopy) -> None:
    if result.byline:
        return
    for index in range(min(2, len(texts))):
        if _BYLINE.match(texts[index]) and len(texts[index]) <= 150:
            result.byline = texts.pop(index)
            result.warnings.append("byline found")
            return


def _take_dek(texts: list[str], result: ParsedCopy) -> None:
    """A dek is one short line right after the headline that does not read as the
    first paragraph. Conservative: when in doubt, it stays in the body."""
    if len(texts) < 2:
        result.warnings.append("no dek found")
        return
    candidate, following = texts[0], texts[1]
    words = len(candidate.split())
    looks_like_dek = (
        "\n" not in candidate
        and 3 <= words <= 30
        and not _DATELINE.match(candidate)
        and not _BYLINE.match(candidate)
        and candidate[0] not in "“\"‘'-*"
        and (
            not candidate.rstrip().endswith((".", "!"))
            or bool(_DATELINE.match(following))
            or len(following.split()) >= 2 * words
        )
        and not _LIST_LINE.match(candidate)
    )
    if looks_like_dek:
        result.dek = texts.pop(0)
        result.warnings.append("dek found")
    else:
        result.warnings.append("no dek found")


def _take_dateline(texts: list[str], result: ParsedCopy) -> None:
    if texts and (match := _DATELINE.match(texts[0])):
        result.dateline = match.group("dateline").strip()
        texts[0] = texts[0][match.end() :]
        result.warnings.append(f"dateline: {result.dateline}")


def _mark_subheads(texts: list[str], result: ParsedCopy) -> list[str]:
    """Short lines without closing punctuation between paragraphs become ## subheads."""
    marked = []
    count = 0
    for index, text in enumerate(texts):
        is_subhead = (
            0 < index < len(texts) - 1
            and "\n" not in text
            and len(text.split()) <= 8
            and not text.endswith(_CLOSING)
            and not _LIST_LINE.match(text)
            and not text.startswith("#")
        )
        if is_subhead:
            marked.append(f"## {text}")
            count += 1
        else:
            marked.append(text)
    if count:
        result.warnings.append(f"{count} subhead(s) marked")
    return marked


def pull_quote_candidates(blocks: list[str], limit: int = 5) -> list[str]:
    """Strong, self-contained, attributed quotations from the body, best first:
    whole sentences of 8 to 30 words score best."""
    scored = []
    for block in blocks:
        if not _ATTRIBUTED.search(block):
            continue
        for match in _QUOTED.finditer(block):
            quote = match.group(1)
            if quote.endswith(","):  # “…,” he said: the sentence ends there
                quote = quote[:-1] + "."
            words = len(quote.split())
            if words < 6:
                continue
            score = -abs(words - 16) - (4 if not quote.endswith((".", "!", "?")) else 0)
            scored.append((score, quote))
    seen: list[str] = []
    for _, quote in sorted(scored, key=lambda pair: pair[0], reverse=True):
        if quote not in seen:
            seen.append(quote)
    return seen[:limit]
