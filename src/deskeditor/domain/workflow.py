"""An article's way to readers as a state machine: which status moves are allowed,
and which of them the checks guard.

Forward moves may skip steps (a small desk publishes a draft directly); the
moves back are listed. Entering *ready* with errors standing asks first;
entering a status readers see (*published*) with errors standing needs an
override with a reason, which the article's history keeps. Open queries (the
desk's questions to the reporter, unresolved) make entering *ready* or
*published* ask too. Moving back never asks. *Corrected* is a published article
that carries a correction: it is reached from *published* only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from deskeditor.domain.article import ArticleStatus

S = ArticleStatus
DESK_ORDER: tuple[ArticleStatus, ...] = tuple(ArticleStatus)
# Statuses readers see.
PUBLIC = frozenset({S.PUBLISHED, S.CORRECTED})
# Where an article may go back to from each status (pulled back for more work).
_BACK: dict[ArticleStatus, tuple[ArticleStatus, ...]] = {
    S.DRAFT: (),
    S.EDITING: (S.DRAFT,),
    S.COPY_DESK: (S.EDITING, S.DRAFT),
    S.READY: (S.COPY_DESK, S.EDITING, S.DRAFT),
    S.PUBLISHED: (S.READY, S.COPY_DESK, S.EDITING, S.DRAFT),
    S.CORRECTED: (S.READY, S.COPY_DESK, S.EDITING, S.DRAFT),
}


class Gate(enum.Enum):
    """What a move needs from the user while the checks report errors."""

    NONE = "none"  # move freely
    CONFIRM = "confirm"  # say yes (ready over errors)
    OVERRIDE = "override"  # say why (published over errors): the reason is kept


class MoveNotAllowedError(ValueError):
    """The state machine has no such move; the message says where it can go."""


def forward_targets(current: ArticleStatus) -> tuple[ArticleStatus, ...]:
    later = DESK_ORDER[DESK_ORDER.index(current) + 1 :]
    return tuple(s for s in later if s is not S.CORRECTED or current is S.PUBLISHED)


def allowed_targets(current: ArticleStatus) -> tuple[ArticleStatus, ...]:
    """Every status ``current`` may move to, in desk order (``current`` itself excluded)."""
    allowed = set(forward_targets(current)) | set(_BACK[current])
    return tuple(s for s in DESK_ORDER if s in allowed)


def is_forward(current: ArticleStatus, target: ArticleStatus) -> bool:
    return DESK_ORDER.index(target) > DESK_ORDER.index(current)


@dataclass(frozen=True)
class Move:
    """One allowed status change and what it needs while ``errors`` errors stand and
    ``queries`` queries are open."""

    current: ArticleStatus
    target: ArticleStatus
    errors: int = 0
    queries: int = 0

    @property
    def gate(self) -> Gate:
        if not is_forward(self.current, self.target):
            return Gate.NONE
        going_public = self.target in PUBLIC and self.current not in PUBLIC
        if self.errors and going_public:
            return Gate.OVERRIDE
        if (self.errors or self.queries) and (self.target is S.READY or going_public):
            return Gate.CONFIRM
        return Gate.NONE

    @property
    def label(self) -> str:
        """E.g. "draft → published"."""
        return f"{self.current.value} → {self.target.value}"


def plan_move(
    current: ArticleStatus, target: ArticleStatus, errors: int = 0, queries: int = 0
) -> Move:
    """The move from ``current`` to ``target``; MoveNotAllowedError when there is none."""
    if target is not current and target not in allowed_targets(current):
        where = ", ".join(s.value for s in allowed_targets(current)) or "nowhere"
        raise MoveNotAllowedError(
            f"an article cannot go from {current.value} to {target.value}; "
            f"from {current.value} it can go to {where}"
        )
    return Move(current, target, errors, queries)
