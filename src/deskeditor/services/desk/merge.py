"""Merging one field: the laptop saw ``seen`` and wrote ``new``; the server holds
``server``. Nothing is ever discarded: when both sides changed the value
differently the server keeps its own and the caller records the laptop's in a
conflict row.

The body (any multi-paragraph text) is merged paragraph by paragraph with a
three-way merge (merge3, from the Bazaar/Breezy version-control tools) when the
two sides changed different paragraphs; overlapping changes are a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PARAGRAPH_FIELDS = frozenset({"body"})


@dataclass(frozen=True)
class FieldOutcome:
    value: Any  # what the server holds afterwards
    conflict: bool = False  # the laptop's value was not taken: record it


Merge = Callable[[str, Any, Any, Any], FieldOutcome]


def merge_field(field: str, server: Any, seen: Any, new: Any) -> FieldOutcome:
    """The desk's rule: a change applies where the server still holds what the
    laptop saw; the same change made twice is no conflict; otherwise the server's
    value stays and the laptop's goes to a conflict row."""
    if server in (seen, new):
        return FieldOutcome(new)
    if field in PARAGRAPH_FIELDS and all(isinstance(v, str) for v in (server, seen, new)):
        merged = merge_paragraphs(seen, server, new)
        if merged is not None:
            return FieldOutcome(merged)
    return FieldOutcome(server, conflict=True)


def merge_paragraphs(base: str, theirs: str, mine: str) -> str | None:
    """A clean paragraph-level three-way merge, or None when both changed the same
    paragraphs (or next to each other)."""
    from merge3 import Merge3

    split = [p + "\n\n" for p in base.split("\n\n")]
    theirs_split = [p + "\n\n" for p in theirs.split("\n\n")]
    mine_split = [p + "\n\n" for p in mine.split("\n\n")]
    merger = Merge3(split, theirs_split, mine_split)
    out: list[str] = []
    for group in merger.merge_groups():
        kind = group[0]
        if kind == "conflict":
            return None
        out.extend(group[1])
    return "".join(out)[: -len("\n\n")] if out else ""


def last_writer_wins(field: str, server: Any, seen: Any, new: Any) -> FieldOutcome:
    """A deliberately broken merge (the laptop's value overwrites, no conflict row):
    what the acceptance test must catch. Never used by the desk."""
    return FieldOutcome(new)
