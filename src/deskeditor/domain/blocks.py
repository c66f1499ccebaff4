"""The body's blocks: paragraphs, subheads, lists, quotes and tables, as Markdown
separates them with blank lines (a fenced code block is one block, blank lines
and all). Pull quotes are placed after a block; the preview renders block by block."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BLANK = re.compile(r"^\s*$")


@dataclass(frozen=True)
class SourceBlock:
    start: int  # offset of the block's first character in the body
    end: int  # offset just past its last non-blank line
    text: str


def split_blocks(body: str) -> list[SourceBlock]:
    blocks: list[SourceBlock] = []
    start: int | None = None
    end = 0
    fence: str | None = None
    offset = 0
    for line in body.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if fence is None and _BLANK.match(stripped):
            if start is not None:
                blocks.append(SourceBlock(start, end, body[start:end]))
                start = None
        else:
            if start is None:
                start = offset
            if match := _FENCE.match(stripped):
                marker = match.group(1)
                fence = None if fence == marker else (fence or marker)
            end = offset + len(stripped)
        offset += len(line)
    if start is not None:
        blocks.append(SourceBlock(start, end, body[start:end]))
    return blocks


def block_at(blocks: list[SourceBlock], offset: int) -> int:
    """Index of the block holding (or, between blocks, preceding) ``offset``; -1 before all."""
    index = -1
    for i, block in enumerate(blocks):
        if block.start > offset:
            break
        index = i
    return index
