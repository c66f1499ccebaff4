"""Moving an article along the desk's workflow (domain/workflow.py) with the checks
as its gate. The window's status control and `deskeditor article status` both
come here, so both refuse the same moves for the same reasons.

Open queries on the article make entering *ready* or *published* ask as well (a
yes, or the override's reason, answers them).

Every move is kept in the article's history: a "status change" revision whose
note says from what to what (and over how many errors, when the user said yes),
or a "publish override" revision whose note is the reason the user gave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from deskeditor.domain.checks.findings import Finding, Severity
from deskeditor.domain.queries import Query
from deskeditor.domain.text import counted
from deskeditor.domain.workflow import Gate, Move, MoveNotAllowedError, is_forward, plan_move
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleInTrashError, ServiceError

Check = Callable[[Article], list[Finding]]


@dataclass(frozen=True)
class Assessment:
    """A move, the errors that stand against it (checked as at the new status) and the
    queries still open on the article."""

    move: Move
    errors: list[Finding]
    queries: list[Query] = field(default_factory=list)

    @property
    def gate(self) -> Gate:
        return self.move.gate


class MoveRefusedError(ServiceError):
    """The state machine has no such move."""


class GateClosedError(ServiceError):
    """Errors stand: the move needs a yes (ready) or an override with a reason (published)."""

    def __init__(self, article: Article, assessment: Assessment) -> None:
        count = len(assessment.errors)
        title = article.headline or "Untitled"
        standing = [counted(count, "error", "errors")] if count else []
        if assessment.queries:
            standing.append(open_queries(len(assessment.queries)))
        what = " and ".join(standing)
        if assessment.gate is Gate.OVERRIDE:
            text = f"“{title}” has {what}; publishing over them needs an override with a reason"
        else:
            text = (
                f"“{title}” has {what}; marking it {assessment.move.target.value} "
                "over them needs a yes (or an override with a reason)"
            )
        super().__init__(text)
        self.assessment = assessment


class WorkflowService:
    def __init__(self, articles: ArticleService, check: Check) -> None:
        self.articles = articles
        self._check = check

    def assess(self, article: Article, target: ArticleStatus) -> Assessment:
        """What moving ``article`` to ``target`` needs. Moving back is never checked."""
        try:
            plan_move(article.status, target)
        except MoveNotAllowedError as error:
            raise MoveRefusedError(str(error)) from None
        errors: list[Finding] = []
        queries: list[Query] = []
        if is_forward(article.status, target):
            at_target = article.replace(status=target)  # e.g. a ready article needs a byline
            errors = [f for f in self._check(at_target) if f.severity is Severity.ERROR]
            if article.id is not None:
                queries = self.articles.queries(article.id, open_only=True)
        move = plan_move(article.status, target, len(errors), len(queries))
        return Assessment(move, errors, queries)

    def change_status(
        self,
        article: Article,
        target: ArticleStatus,
        *,
        override: str = "",
        confirmed: bool = False,
    ) -> Article:
        """Store ``article`` at ``target`` and keep the move in its history.

        ``confirmed`` is the user's yes to marking it ready over errors;
        ``override`` the reason for publishing over them (it also answers the
        ready question). Raises GateClosedError when errors stand and the answer
        the gate needs is missing, MoveRefusedError for a move there is no way to
        make; nothing is stored then.
        """
        if article.in_trash:
            assert article.id is not None
            raise ArticleInTrashError(article.id, article.headline)
        if target is article.status:
            return article
        assessment = self.assess(article, target)
        move, reason_given = assessment.move, " ".join(override.split())
        if (assessment.gate is Gate.OVERRIDE and not reason_given) or (
            assessment.gate is Gate.CONFIRM and not (confirmed or reason_given)
        ):
            raise GateClosedError(article, assessment)
        if assessment.gate is Gate.OVERRIDE:
            reason, note = RevisionReason.PUBLISH_OVERRIDE, reason_given
        else:
            reason, note = RevisionReason.STATUS_CHANGE, move.label
            if assessment.gate is Gate.CONFIRM:
                over = [counted(move.errors, "error", "errors")] if move.errors else []
                over += [open_queries(move.queries)] if move.queries else []
                note += " over " + " and ".join(over)
            if reason_given:
                note += f": {reason_given}"
        return self.articles.save(article, reason, status=target, note=note)


def open_queries(count: int) -> str:
    return counted(count, "open query", "open queries")
