"""Article use cases: create, read, list, search, save with a version check, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from deskeditor.domain.article import (
    Article,
    ArticleQuery,
    ArticleStatus,
    ArticleSummary,
    DeletionInfo,
    RevisionInfo,
    RevisionReason,
    SortKey,
)
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.text import slugify
from deskeditor.services.errors import ArticleNotFoundError, ConflictError
from deskeditor.storage.base import utcnow
from deskeditor.storage.errors import WriteConflictError
from deskeditor.storage.mapping import (
    article_from_row,
    notice_from_row,
    revision_from_row,
)
from deskeditor.storage.unit_of_work import UnitOfWork

# Autosaves within this window of the last autosave revision replace it, so the
# history holds a state every few minutes, not one per pause in typing.
AUTOSAVE_COALESCE = timedelta(minutes=5)


class ArticleService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        author: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._uow = unit_of_work
        self.author = author
        self._clock = clock

    # -- reading -------------------------------------------------------------
    def get(self, article_id: int) -> Article:
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            return article_from_row(row)

    def find(self, reference: str) -> Article:
        """An article by id ("42") or slug ("ferry-returns")."""
        reference = reference.strip()
        if reference.isdigit():
            return self.get(int(reference))
        with self._uow() as uow:
            row = uow.articles.by_slug(reference)
            if row is None:
                raise ArticleNotFoundError(reference)
            return article_from_row(row)

    def list_page(
        self, query: ArticleQuery, offset: int = 0, limit: int = 100
    ) -> list[ArticleSummary]:
        with self._uow() as uow:
            return uow.articles.page(query, offset, limit)

    def search_results(self, query: ArticleQuery) -> list[ArticleSummary]:
        """Every hit of a text query (at most SEARCH_LIMIT), filtered and sorted, in one go."""
        with self._uow() as uow:
            return uow.articles.all_hits(query)

    def count(self, query: ArticleQuery) -> int:
        with self._uow() as uow:
            return uow.articles.count(query)

    def search(self, text: str, limit: int = 50) -> list[ArticleSummary]:
        """Best matches for ``text`` among live articles, best first."""
        return self.list_page(ArticleQuery(text=text, sort=SortKey.RELEVANCE), 0, limit)

    def sections(self) -> list[str]:
        with self._uow() as uow:
            return uow.articles.sections()

    # -- writing -------------------------------------------------------------
    def create(
        self,
        article: Article,
        reason: RevisionReason = RevisionReason.SAVE,
        notices: Sequence[CorrectionNotice] = (),
    ) -> Article:
        """Store a new article (with any notices it carries) in one transaction."""
        now = self._clock()
        with self._uow() as uow:
            row = uow.articles.add(self._with_free_slug(uow, article, None, None), now)
            saved = article_from_row(row)
            for notice in notices:
                uow.corrections.add_notice(replace(notice, article_id=row.id), now)
            self._keep_revision(uow, saved, reason, now)
            return saved

    def save(
        self,
        article: Article,
        reason: RevisionReason = RevisionReason.SAVE,
        also: Callable[[UnitOfWork, Article], None] | None = None,
    ) -> Article:
        """Store ``article`` if nobody saved it since it was loaded.

        Raises ConflictError carrying both texts when the stored version moved on;
        nothing is overwritten then. ``also`` runs in the same transaction with the
        stored article (a correction notice is published with its fix, or neither).
        """
        if article.id is None:
            return self.create(article, reason)
        now = self._clock()
        with self._uow() as uow:
            row = uow.articles.get(article.id)
            if row is None or row.deleted_at is not None:
                raise ArticleNotFoundError(article.id)
            current = article_from_row(row)
            if row.version != article.version:
                raise ConflictError(article, current)
            if current.same_content(article) and reason is RevisionReason.AUTOSAVE:
                return current
            uow.articles.write(row, self._with_free_slug(uow, article, row.id, row.slug), now)
            try:
                uow.flush()
            except WriteConflictError:
                raise ConflictError(article, current) from None
            saved = article_from_row(row)
            self._keep_revision(uow, saved, reason, now)
            if also is not None:
                also(uow, saved)
            return saved

    def duplicate(self, article_id: int) -> Article:
        """A new draft with the article's text, under a free slug."""
        original = self.get(article_id)
        copy = original.replace(
            id=None,
            version=None,
            slug=f"{original.slug}-copy",
            status=ArticleStatus.DRAFT,
            created_at=None,
            updated_at=None,
            published_at=None,
        )
        return self.create(copy)

    def keep_snapshot(self, article: Article, reason: RevisionReason) -> None:
        """Keep ``article``'s text as a revision without changing the stored article:
        how a conflicting edit the user set aside stays recoverable."""
        assert article.id is not None
        with self._uow() as uow:
            if uow.articles.get(article.id) is None:
                raise ArticleNotFoundError(article.id)
            uow.revisions.add(article, reason, self.author, self._clock())

    def deletion_info(self, article_id: int) -> DeletionInfo:
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            notices, requests = uow.corrections.counts_for_article(article_id)
            return DeletionInfo(
                article_id=row.id,
                headline=row.headline,
                status=row.status,
                revisions=uow.revisions.count(article_id),
                notices=notices,
                correction_requests=requests,
            )

    def delete(self, article_id: int) -> None:
        """Move the article to the trash; ``restore`` brings it back."""
        self._set_deleted(article_id, self._clock())

    def restore(self, article_id: int) -> None:
        self._set_deleted(article_id, None)

    def purge(self, article_id: int) -> None:
        """Delete for good, with its pull quotes, revisions and notices."""
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            uow.articles.delete(row)

    def notices(self, article_id: int) -> list[CorrectionNotice]:
        """The article's published correction notices, oldest first."""
        with self._uow() as uow:
            return [notice_from_row(r) for r in uow.corrections.notices_for(article_id)]

    # -- revisions -----------------------------------------------------------
    def revisions(self, article_id: int) -> list[RevisionInfo]:
        with self._uow() as uow:
            return [revision_from_row(r) for r in uow.revisions.for_article(article_id)]

    def restore_revision(self, article: Article, revision_id: int) -> Article:
        """Bring back a kept state as a new save of ``article`` (itself kept as a revision)."""
        with self._uow() as uow:
            row = uow.revisions.get(revision_id)
            if row is None or row.article_id != article.id:
                raise ArticleNotFoundError(f"revision {revision_id}")
            snapshot = dict(row.snapshot)
        restored = article.with_snapshot(snapshot)
        return self.save(restored, RevisionReason.RESTORE)

    # -- helpers -------------------------------------------------------------
    def _set_deleted(self, article_id: int, when: datetime | None) -> None:
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            row.deleted_at = when

    def _with_free_slug(
        self, uow: UnitOfWork, article: Article, own_id: int | None, own_slug: str | None
    ) -> Article:
        """``article`` under its slug (or one made from its headline), numbered if another
        article has it; an article keeps the slug it is stored under."""
        wanted = article.slug.strip() or slugify(article.headline) or "untitled"
        slug = wanted if wanted == own_slug else self._free_slug(uow, wanted, own_id)
        return article.replace(slug=slug)

    @staticmethod
    def _free_slug(uow: UnitOfWork, wanted: str, own_id: int | None) -> str:
        taken = uow.articles.slugs_like(wanted, own_id)
        if wanted not in taken:
            return wanted
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"

    def _keep_revision(
        self, uow: UnitOfWork, article: Article, reason: RevisionReason, now: datetime
    ) -> None:
        assert article.id is not None
        latest = uow.revisions.latest(article.id)
        if (
            reason is RevisionReason.AUTOSAVE
            and latest is not None
            and latest.reason is RevisionReason.AUTOSAVE
            and latest.author == self.author
            and now - latest.created_at < AUTOSAVE_COALESCE
        ):
            latest.snapshot = article.snapshot()
            return
        uow.revisions.add(article, reason, self.author, now)
