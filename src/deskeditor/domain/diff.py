"""What changed between two texts, word by word, and between two states of an article.

A diff is a list of runs (equal, insert, delete) that rebuild both sides exactly:
the "before" text is every equal and deleted run in order, the "after" text every
equal and inserted run. Words, numbers, each punctuation mark and each space are
tokens of their own, so a no-break space replaced by a space or a straight quote
replaced by a curly one is a change of its own.

The alignment is rapidfuzz's (an LCS in C++, first over paragraphs, then over the
words of the paragraphs that changed); diff-match-patch's semantic clean-up then
folds the small equalities between edits into them, so a rewritten phrase reads
as one deletion and one insertion, as copy editors know it from track changes.
bench/revisions.py measured this against difflib and diff-match-patch alone.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from deskeditor.domain.article import EDITABLE_FIELDS, Article, ChangeCount

if TYPE_CHECKING:  # both load on the first diff: the editor's widgets import this module
    from rapidfuzz.distance import Opcode
from deskeditor.domain.text import count_words

# Numbers with their separators, words with their apostrophes, then any one character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’][^\W_]+)*|.", re.S)
# Tokens are diffed as one character each. These code points are all letters (so the
# clean-up's word-boundary scoring treats every token alike) and all in the Basic
# Multilingual Plane: CJK ideographs, Hangul syllables, CJK extension A.
_CODE_RANGES = ((0x4E00, 0xA000), (0xAC00, 0xD7A4), (0x3400, 0x4DC0))
_CODE_COUNT = sum(b - a for a, b in _CODE_RANGES)


@cache
def _codes() -> list[str]:
    return [chr(c) for a, b in _CODE_RANGES for c in range(a, b)]


_EQUAL, _INSERT, _DELETE = 0, 1, -1
# The pull quotes are compared as text, one quote a line.
PULL_QUOTES = "pull_quotes"
DIFF_FIELDS = (*EDITABLE_FIELDS, PULL_QUOTES)


class Op(enum.StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


_OPS = {_EQUAL: Op.EQUAL, _INSERT: Op.INSERT, _DELETE: Op.DELETE}


@dataclass(frozen=True)
class Run:
    """A stretch of text in one field that is in both texts, only the new one or only
    the old one."""

    field: str
    op: Op
    text: str


def tokens(text: str) -> list[str]:
    """The units a diff compares: numbers, words, and every other character alone."""
    return _TOKEN.findall(text)


def diff_text(before: str, after: str, field: str = "") -> list[Run]:
    """The runs that turn ``before`` into ``after``, word by word."""
    if before == after:
        return [Run(field, Op.EQUAL, before)] if before else []
    from rapidfuzz.distance import Indel

    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    pieces: list[tuple[int, str]] = []
    for equal, i1, i2, j1, j2 in _blocks(Indel.opcodes(old, new)):
        if equal:
            pieces.append((_EQUAL, "".join(old[i1:i2])))
        else:
            pieces += _word_diff("".join(old[i1:i2]), "".join(new[j1:j2]))
    return [Run(field, _OPS[op], text) for op, text in _merged(pieces)]


def diff_fields(before: Mapping[str, str], after: Mapping[str, str]) -> list[Run]:
    """Runs for every field of either side, field by field in DIFF_FIELDS order (any
    other field after them)."""
    names = [n for n in DIFF_FIELDS if n in before or n in after]
    names += sorted((set(before) | set(after)) - set(names))
    runs: list[Run] = []
    for name in names:
        runs += diff_text(before.get(name, ""), after.get(name, ""), name)
    return runs


def diff_articles(before: Article, after: Article) -> list[Run]:
    return diff_fields(field_texts(before), field_texts(after))


def field_texts(article: Article) -> dict[str, str]:
    """Every editable field as text, and the pull quotes as lines of text."""
    texts = {name: str(getattr(article, name)) for name in EDITABLE_FIELDS}
    texts[PULL_QUOTES] = "\n".join(pull_quote_line(q) for q in article.pull_quotes)
    return texts


def pull_quote_line(quote: object) -> str:
    text, attribution, after = (
        getattr(quote, n) for n in ("text", "attribution", "after_paragraph")
    )
    credit = f" — {attribution}" if attribution else ""
    return f"{text}{credit} (after paragraph {after})"


def side(runs: Iterable[Run], new: bool, field: str | None = None) -> str:
    """One side rebuilt from the runs (of one field, when ``field`` is given)."""
    dropped = Op.DELETE if new else Op.INSERT
    return "".join(
        r.text for r in runs if r.op is not dropped and (field is None or r.field == field)
    )


def count_changes(runs: Sequence[Run]) -> ChangeCount:
    added = sum(count_words(r.text) for r in runs if r.op is Op.INSERT)
    removed = sum(count_words(r.text) for r in runs if r.op is Op.DELETE)
    fields = tuple(dict.fromkeys(r.field for r in runs if r.op is not Op.EQUAL))
    return ChangeCount(added, removed, fields)


def by_field(runs: Iterable[Run]) -> Iterator[tuple[str, list[Run]]]:
    """The runs grouped by field, in order."""
    current: list[Run] = []
    for run in runs:
        if current and run.field != current[0].field:
            yield current[0].field, current
            current = []
        current.append(run)
    if current:
        yield current[0].field, current


def runs_json(runs: Iterable[Run]) -> list[dict[str, str]]:
    return [{"field": r.field, "op": r.op.value, "text": r.text} for r in runs]


# -- the alignment -------------------------------------------------------------------------
def _blocks(opcodes: Iterable[Opcode]) -> Iterator[tuple[bool, int, int, int, int]]:
    """Equal blocks, and each stretch of deletions and insertions between them as one."""
    pending: tuple[int, int, int, int] | None = None
    for op in opcodes:
        if op.tag == "equal":
            if pending is not None:
                yield False, *pending
                pending = None
            yield True, op.src_start, op.src_end, op.dest_start, op.dest_end
        elif pending is None:
            pending = (op.src_start, op.src_end, op.dest_start, op.dest_end)
        else:
            pending = (pending[0], op.src_end, pending[2], op.dest_end)
    if pending is not None:
        yield False, *pending


def _word_diff(before: str, after: str) -> list[tuple[int, str]]:
    """Token-level runs for one changed stretch, cleaned up semantically."""
    old, new = tokens(before), tokens(after)
    vocabulary = dict.fromkeys(old)
    vocabulary.update(dict.fromkeys(new))
    if len(vocabulary) > _CODE_COUNT:  # a pasted megabyte of noise: compare characters
        return _cleaned(before, after, {})
    code = dict(zip(vocabulary, _codes(), strict=False))
    word = {c: token for token, c in code.items()}
    encoded_old = "".join(map(code.__getitem__, old))
    encoded_new = "".join(map(code.__getitem__, new))
    return _cleaned(encoded_old, encoded_new, word)


def _cleaned(old: str, new: str, word: dict[str, str]) -> list[tuple[int, str]]:
    from diff_match_patch import diff_match_patch
    from rapidfuzz.distance import Indel

    diffs: list[tuple[int, str]] = []
    for equal, i1, i2, j1, j2 in _blocks(Indel.opcodes(old, new)):
        if equal:
            diffs.append((_EQUAL, old[i1:i2]))
            continue
        if i2 > i1:
            diffs.append((_DELETE, old[i1:i2]))
        if j2 > j1:
            diffs.append((_INSERT, new[j1:j2]))
    diff_match_patch().diff_cleanupSemantic(diffs)
    if not word:
        return diffs
    return [(op, "".join(map(word.__getitem__, text))) for op, text in diffs]


def _merged(pieces: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Adjacent runs of one kind joined, empty ones dropped; a deletion before its
    insertion."""
    merged: list[tuple[int, str]] = []
    for op, text in pieces:
        if not text:
            continue
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        elif (
            op == _DELETE and merged and merged[-1][0] == _INSERT
        ):  # keep "old, then new" between two equal runs
            inserted = merged.pop()
            if merged and merged[-1][0] == _DELETE:
                merged[-1] = (_DELETE, merged[-1][1] + text)
            else:
                merged.append((_DELETE, text))
            merged.append(inserted)
        else:
            merged.append((op, text))
    return merged
