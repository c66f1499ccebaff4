"""Queries (the copy desk's "CQ"): a question anchored to a span of one field of an
article, with replies and a resolved state, and how anchors follow edits.

An anchor is a span [start, end) of a field's text. Edits move it as a reader would
expect: text inserted or deleted before it shifts it (typing at its start too);
text typed where its text is (an edit beginning inside it) joins it, so a figure
corrected digit by digit stays queried; an edit from before it that cuts into it
trims its start; and deleting (or retyping) the whole span leaves the query
*orphaned*: kept, with the text it was about, at the place where the span was,
never dropped. Everything here is pure; the open article
(ui/open_article.py) applies it as the user types, the article service when text is
changed any other way (a restore, a correction, the command line).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from deskeditor.domain.diff import Op, diff_text


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    orphaned: bool = False


@dataclass(frozen=True)
class Edit:
    """``removed`` characters at ``position`` replaced by ``added`` characters."""

    position: int
    removed: int
    added: int


def follow(anchor: Anchor, edit: Edit) -> Anchor:
    """Where ``anchor`` is after ``edit``."""
    start, end = anchor.start, anchor.end
    pos, cut_end = edit.position, edit.position + edit.removed
    delta = edit.added - edit.removed
    if anchor.orphaned or start == end:  # a point: it moves with the text before it
        if cut_end < start or (cut_end == start and edit.removed):
            return Anchor(start + delta, end + delta, anchor.orphaned)
        if pos < start:  # cut into by the edit: it sits where the edit was
            return Anchor(pos, pos, anchor.orphaned)
        return anchor
    if cut_end <= start:  # wholly before (an insertion at the start counts as before)
        return Anchor(start + delta, end + delta)
    if pos >= end:  # wholly after (an insertion at the end is outside the span)
        return anchor
    if pos <= start and cut_end >= end:  # the whole span went
        return Anchor(pos, pos, orphaned=True)
    if pos < start:  # cuts into the start from before it: what is left stays anchored
        return Anchor(pos + edit.added, end + delta)
    if cut_end > end:  # begins inside, runs past the end: what was typed joins the span
        return Anchor(start, pos + edit.added)
    return Anchor(start, end + delta)  # inside


def follow_all(anchor: Anchor, edits: Iterable[Edit]) -> Anchor:
    for edit in edits:
        anchor = follow(anchor, edit)
    return anchor


def edits_between(before: str, after: str) -> list[Edit]:
    """The edits that turn ``before`` into ``after``, in order, each at its position
    in the text as it is when it applies (so they can be followed one by one)."""
    edits: list[Edit] = []
    at = 0  # position in the text being rebuilt
    pending: Edit | None = None
    for run in diff_text(before, after):
        if run.op is Op.EQUAL:
            if pending is not None:
                edits.append(pending)
                at = pending.position + pending.added
                pending = None
            at += len(run.text)
            continue
        if pending is None:
            pending = Edit(at, 0, 0)
        if run.op is Op.DELETE:
            pending = dataclasses.replace(pending, removed=pending.removed + len(run.text))
        else:
            pending = dataclasses.replace(pending, added=pending.added + len(run.text))
    if pending is not None:
        edits.append(pending)
    return edits


def typed_edits(before: str, after: str) -> list[Edit]:
    """edits_between, each narrowed to the characters it changes: the diff works on
    whole words, and a letter typed inside a queried word is no reason to cut the
    query loose from it."""
    narrowed: list[Edit] = []
    current = before
    for edit in edits_between(before, after):
        start, stop = edit.position, edit.position + edit.removed
        # Everything up to the end of this edit's insertion is as ``after`` has it.
        inserted = after[edit.position : edit.position + edit.added]
        inner = single_edit(current[start:stop], inserted)
        if inner is not None:
            narrowed.append(Edit(edit.position + inner.position, inner.removed, inner.added))
        current = current[:start] + inserted + current[stop:]
    return narrowed


def single_edit(before: str, after: str) -> Edit | None:
    """The one edit that turns ``before`` into ``after`` (common start and end kept),
    or None when they are equal: how a one-line field's change is read."""
    if before == after:
        return None
    limit = min(len(before), len(after))
    prefix = 0
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return Edit(prefix, len(before) - prefix - suffix, len(after) - prefix - suffix)


@dataclass(frozen=True)
class QueryReply:
    uid: str
    author: str
    created_at: datetime
    text: str


@dataclass(frozen=True)
class Query:
    """One query on an article. ``quoted`` is the text it was raised on (what an
    orphaned query was about); ``field`` is an editable text field's name."""

    uid: str
    field: str
    start: int
    end: int
    quoted: str
    author: str
    created_at: datetime
    text: str
    replies: tuple[QueryReply, ...] = ()
    resolved_at: datetime | None = None
    resolved_by: str = ""
    orphaned: bool = False
    id: int | None = None

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.start, self.end, self.orphaned)

    def anchored(self, anchor: Anchor) -> Query:
        return dataclasses.replace(
            self, start=anchor.start, end=anchor.end, orphaned=anchor.orphaned
        )

    def after(self, edit: Edit) -> Query:
        """This query with its anchor moved by an edit of its field."""
        return self.anchored(follow(self.anchor, edit))

    def span_text(self, field_text: str) -> str:
        """What the query is about now (the quoted text when it is orphaned)."""
        return self.quoted if self.orphaned else field_text[self.start : self.end]

    def replied(self, author: str, text: str, at: datetime) -> Query:
        reply = QueryReply(new_uid(), author, at, text)
        return dataclasses.replace(self, replies=(*self.replies, reply))

    def resolved(self, by: str, at: datetime | None) -> Query:
        """Resolved by ``by`` at ``at``; ``at`` None reopens it."""
        return dataclasses.replace(self, resolved_at=at, resolved_by=by if at else "")


def new_query(
    field: str, start: int, end: int, field_text: str, author: str, text: str, at: datetime
) -> Query:
    return Query(
        uid=new_uid(),
        field=field,
        start=start,
        end=end,
        quoted=field_text[start:end],
        author=author,
        created_at=at,
        text=text,
    )


def new_uid() -> str:
    """Queries and replies carry a UUID beside their row id, so desks can sync them."""
    import uuid

    return str(uuid.uuid4())


@dataclass(frozen=True)
class QueryChanges:
    """What the open article changed in its queries since they were stored: written
    with the article, in the same transaction."""

    upserts: tuple[Query, ...] = ()
    deleted: tuple[str, ...] = ()  # uids

    def __bool__(self) -> bool:
        return bool(self.upserts or self.deleted)
