"""Rules for pull quotes: where they sit and whether the body still holds them."""

from __future__ import annotations

import re
from functools import lru_cache

from deskeditor.domain.article import PullQuote
from deskeditor.domain.blocks import block_at, split_blocks

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "′": "'", "″": '"'})


def _normal(text: str) -> str:
    """Compare text as a reader sees it: any run of spaces is one, curly = straight."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def missing_quotes(quotes: tuple[PullQuote, ...] | list[PullQuote], body: str) -> list[int]:
    """Indexes of the pull quotes whose text the body no longer contains.

    The body is normalised line by line, each line's form remembered: a re-check
    after a keystroke costs the line that changed, not the whole body (and nothing
    at all without pull quotes).
    """
    if not quotes:
        return []
    normal_body = " ".join(n for n in map(_normal_line, body.split("\n")) if n)
    return [
        i
        for i, q in enumerate(quotes)
        if not (text := _normal(q.text).strip("\"' ")) or text not in normal_body
    ]


@lru_cache(maxsize=8192)
def _normal_line(line: str) -> str:
    return _normal(line)


def paragraph_at(body: str, offset: int) -> int:
    """The 1-based number of the block holding character ``offset`` (0 before the first)."""
    return block_at(split_blocks(body), offset) + 1
