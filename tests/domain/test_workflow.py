"""The workflow as a state machine: which moves exist and which of them ask."""

from __future__ import annotations

import pytest

from deskeditor.domain.article import ArticleStatus as S
from deskeditor.domain.workflow import (
    Gate,
    MoveNotAllowedError,
    allowed_targets,
    plan_move,
)


def test_forward_moves_may_skip_steps_and_back_moves_are_listed() -> None:
    assert allowed_targets(S.DRAFT) == (S.EDITING, S.COPY_DESK, S.READY, S.PUBLISHED)
    assert allowed_targets(S.COPY_DESK) == (S.DRAFT, S.EDITING, S.READY, S.PUBLISHED)
    assert allowed_targets(S.PUBLISHED) == (S.DRAFT, S.EDITING, S.COPY_DESK, S.READY, S.CORRECTED)
    assert allowed_targets(S.CORRECTED) == (S.DRAFT, S.EDITING, S.COPY_DESK, S.READY)


def test_corrected_comes_only_after_publication() -> None:
    with pytest.raises(MoveNotAllowedError, match="cannot go from draft to corrected"):
        plan_move(S.DRAFT, S.CORRECTED)
    with pytest.raises(MoveNotAllowedError, match="from corrected it can go to draft"):
        plan_move(S.CORRECTED, S.PUBLISHED)


@pytest.mark.parametrize(
    ("current", "target", "gate"),
    [
        (S.DRAFT, S.PUBLISHED, Gate.OVERRIDE),  # a small desk publishes a draft: over errors, why?
        (S.READY, S.PUBLISHED, Gate.OVERRIDE),
        (S.EDITING, S.READY, Gate.CONFIRM),
        (S.DRAFT, S.COPY_DESK, Gate.NONE),
        (S.PUBLISHED, S.READY, Gate.NONE),  # going back never asks
        (S.PUBLISHED, S.DRAFT, Gate.NONE),
        (S.PUBLISHED, S.CORRECTED, Gate.NONE),  # already in readers' hands
    ],
)
def test_errors_gate_entering_ready_and_published_only(current: S, target: S, gate: Gate) -> None:
    assert plan_move(current, target, errors=2).gate is gate
    assert plan_move(current, target, errors=0).gate is Gate.NONE
