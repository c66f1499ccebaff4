"""An article's history: the revisions kept of it, what each changed, comparing any
two of them (or one with the text as it is now), the text as filed, and what a
published correction changed.

Restoring a revision is the article service's (it is a save); keeping a revision
with what it changed is `keep_revision`, which every save goes through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskeditor.domain.article import Article, ChangeCount, RevisionInfo, RevisionReason
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.diff import Run, count_changes, diff_articles
from deskeditor.services.errors import ArticleNotFoundError, RevisionNotFoundError
from deskeditor.storage.mapping import article_from_row, count_to_row, revision_from_row
from deskeditor.storage.models import RevisionRow
from deskeditor.storage.unit_of_work import UnitOfWork

# Autosaves within this window of the last autosave revision replace it, so the
# history holds a state every few minutes, not one per pause in typing.
AUTOSAVE_COALESCE = timedelta(minutes=5)
# A correction's fix is kept in the same transaction as its notice, a moment later.
_WITH_NOTICE = timedelta(minutes=1)
# A move out of draft is when a story was filed to the desk.
_MOVES = (RevisionReason.STATUS_CHANGE, RevisionReason.PUBLISH_OVERRIDE)


def keep_revision(
    uow: UnitOfWork,
    article: Article,
    reason: RevisionReason,
    author: str,
    now: datetime,
    note: str = "",
    coalesce: bool = True,
) -> None:
    """Keep ``article``'s text as a revision with what changed since the one before;
    an autosave a few minutes after the last autosave by the same person is folded
    into it (unless ``coalesce`` is False: text set aside in a conflict)."""
    assert article.id is not None
    latest = uow.revisions.latest(article.id)
    if (
        coalesce
        and reason is RevisionReason.AUTOSAVE
        and latest is not None
        and latest.reason is RevisionReason.AUTOSAVE
        and latest.author == author
        and now - latest.created_at < AUTOSAVE_COALESCE
    ):
        latest.snapshot = article.snapshot()
        latest.coalesced_until = now
        count_to_row(latest, changes_since(uow.revisions.before(latest), article))
        return
    row = uow.revisions.add(article, reason, author, now, note)
    count_to_row(row, changes_since(latest, article))


def changes_since(previous: RevisionRow | None, article: Article) -> ChangeCount:
    before = _snapshot_article(previous) if previous is not None else Article()
    return count_changes(diff_articles(before, article))


def _snapshot_article(row: RevisionRow) -> Article:
    return Article(id=row.article_id).with_snapshot(row.snapshot)


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a kept revision, or the text as it is now."""

    article: Article
    revision: RevisionInfo | None = None  # None: the current text

    @property
    def label(self) -> str:
        r = self.revision
        if r is None:
            return "the current text"
        return (
            f"revision {r.id} ({r.created_at.astimezone():%Y-%m-%d %H:%M}, {r.author or 'unknown'})"
        )


@dataclass(frozen=True)
class Comparison:
    before: Side
    after: Side
    runs: list[Run]
    changes: ChangeCount
    authors: tuple[str, ...] = ()  # who made the revisions between the two sides


@dataclass(frozen=True)
class CorrectionContext:
    """What a published notice's fix changed, and the text readers first saw."""

    notice: CorrectionNotice
    fix: Comparison | None  # None: the notice was published without a change of text
    published: Article | None = None  # the text at first publication
    published_at: datetime | None = None


class RevisionService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self._uow = unit_of_work

    # -- the history list ----------------------------------------------------------------
    def count(self, article_id: int) -> int:
        with self._uow() as uow:
            return uow.revisions.count(article_id)

    def page(self, article_id: int, offset: int, limit: int) -> list[RevisionInfo]:
        """One page of the history, newest first, without snapshots."""
        with self._uow() as uow:
            rows = uow.revisions.page(article_id, offset, limit)
            return [revision_from_row(r, with_snapshot=False) for r in rows]

    def all(self, article_id: int) -> list[RevisionInfo]:
        """Every revision with its snapshot, oldest first (ids grow with time)."""
        self.count_missing(article_id)
        with self._uow() as uow:
            rows = uow.revisions.for_article(article_id)
            return [revision_from_row(r) for r in reversed(rows)]

    def count_missing(
        self, article_id: int, ids: Sequence[int] | None = None
    ) -> dict[int, ChangeCount]:
        """Count what the revisions kept by an older version changed (all of the
        article's, or those of ``ids``) and store the counts; returns them by id."""
        counted: dict[int, ChangeCount] = {}
        with self._uow() as uow:
            wanted = ids if ids is not None else uow.revisions.uncounted(article_id)
            for revision_id in wanted:
                row = uow.revisions.get(revision_id)
                if row is None or row.article_id != article_id or row.words_added is not None:
                    continue
                changes = changes_since(uow.revisions.before(row), _snapshot_article(row))
                count_to_row(row, changes)
                counted[row.id] = changes
        return counted

    # -- single revisions -------------------------------------------------------------------
    def revision(self, revision_id: int, article_id: int | None = None) -> RevisionInfo:
        with self._uow() as uow:
            row = uow.revisions.get(revision_id)
            if row is None or (article_id is not None and row.article_id != article_id):
                raise RevisionNotFoundError(revision_id, article_id)
            return revision_from_row(row)

    def filed(self, article_id: int) -> RevisionInfo:
        """The article as filed: its import, else its first move out of draft (when the
        reporter handed it to the desk), else the first revision that holds any text."""
        with self._uow() as uow:
            first = uow.revisions.oldest(article_id, 50)
            if not first:
                if uow.articles.get(article_id) is None:
                    raise ArticleNotFoundError(article_id)
                raise RevisionNotFoundError(0, article_id)
            chosen = first[0]
            if chosen.reason is not RevisionReason.IMPORT:
                moved = uow.revisions.first_of(article_id, _MOVES)
                with_text = next((r for r in first if _has_text(r)), None)
                chosen = moved or with_text or chosen
            return revision_from_row(chosen)

    # -- comparing ------------------------------------------------------------------------
    def compare(
        self,
        article_id: int,
        before: int | None = None,
        after: int | None = None,
        current: Article | None = None,
    ) -> Comparison:
        """Revision ``before`` (None: as filed) against revision ``after`` (None: the
        current text: ``current`` as typed, else as stored)."""
        old = self.revision(before, article_id) if before is not None else self.filed(article_id)
        if after is not None:
            new = Side(self.revision(after, article_id).article(), self.revision(after))
        else:
            new = Side(current if current is not None else self._stored(article_id))
        return self.compare_sides(Side(old.article(), old), new)

    def compare_sides(self, before: Side, after: Side) -> Comparison:
        runs = diff_articles(before.article, after.article)
        return Comparison(before, after, runs, count_changes(runs), self._authors(before, after))

    def correction_context(self, notice: CorrectionNotice) -> CorrectionContext:
        """The fix a notice published (the correction revision kept with it against the
        revision before) and the article's text when it was first published."""
        with self._uow() as uow:
            article = uow.articles.get(notice.article_id)
            if article is None:
                raise ArticleNotFoundError(notice.article_id)
            fix = None
            if notice.published_at is not None:  # the fix is kept as the notice goes out
                fix = uow.revisions.next_of(
                    notice.article_id, notice.published_at, RevisionReason.CORRECTION
                )
            pair = None
            if (
                fix is not None
                and notice.published_at is not None
                and fix.created_at - notice.published_at < _WITH_NOTICE
            ):
                previous = uow.revisions.before(fix)
                if previous is not None:
                    pair = (revision_from_row(previous), revision_from_row(fix))
        comparison = None
        if pair is not None:
            old, new = pair
            comparison = self.compare_sides(Side(old.article(), old), Side(new.article(), new))
        first = self.as_published(notice.article_id)
        published, published_at = first if first is not None else (None, None)
        return CorrectionContext(notice, comparison, published, published_at)

    def as_published(self, article_id: int) -> tuple[Article, datetime] | None:
        """The article as readers first saw it, and when (None: never published)."""
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            if row.published_at is None:
                return None
            kept = uow.revisions.at(article_id, row.published_at, None)
            if kept is None:
                return None
            return revision_from_row(kept).article(), row.published_at

    # -- helpers -----------------------------------------------------------------------------
    def _stored(self, article_id: int) -> Article:
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            return article_from_row(row)

    def _authors(self, before: Side, after: Side) -> tuple[str, ...]:
        """Who kept the revisions after ``before`` up to ``after`` (the current text:
        up to the latest), in the order they first appear."""
        start = before.revision
        if start is None:
            return ()
        end = after.revision
        with self._uow() as uow:
            names = uow.revisions.authors_between(
                start.article_id,
                (start.created_at, start.id),
                (end.created_at, end.id) if end is not None else None,
            )
        return tuple(dict.fromkeys(n for n in names if n))


def _has_text(row: RevisionRow) -> bool:
    return any(str(row.snapshot.get(name) or "").strip() for name in ("headline", "body"))
