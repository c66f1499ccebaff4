"""Article use cases: create, read, list, search, save with a version check, delete."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from deskeditor.domain.article import (
    Article,
    ArticleQuery,
    ArticleStatus,
    ArticleSummary,
    DeletionInfo,
    ImportedSource,
    PendingDraft,
    RevisionInfo,
    RevisionReason,
    SortKey,
)
from deskeditor.domain.corrections import CorrectionNotice, NoticePosition
from deskeditor.domain.notices import notice_problem
from deskeditor.domain.queries import Query, QueryChanges
from deskeditor.domain.source import SourceDocument
from deskeditor.domain.text import follows_headline, headline_slug
from deskeditor.services.errors import (
    ArticleInTrashError,
    ArticleNotFoundError,
    ConflictError,
    RevisionNotFoundError,
    ServiceError,
)
from deskeditor.services.queries import follow_text, rebased, write_changes
from deskeditor.services.revisions import AUTOSAVE_COALESCE, keep_revision
from deskeditor.storage.base import utcnow
from deskeditor.storage.errors import WriteConflictError
from deskeditor.storage.mapping import (
    article_from_row,
    notice_from_row,
    query_from_row,
    revision_from_row,
)
from deskeditor.storage.models import ArticleRow
from deskeditor.storage.unit_of_work import UnitOfWork

UID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


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
        """An article by id ("42"), slug ("ferry-returns") or global id (its uid, the
        same on every laptop of a shared desk)."""
        reference = reference.strip()
        if reference.isdigit():
            return self.get(int(reference))
        with self._uow() as uow:
            row = uow.articles.by_slug(reference)
            if row is None and UID_PATTERN.fullmatch(reference.lower()):
                row = uow.articles.by_uid(reference.lower())
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

    def imported_as(self, content_hash: str) -> ImportedSource | None:
        """The article a file with these bytes was imported as, if one was."""
        with self._uow() as uow:
            return uow.imports.find(content_hash)

    def sections(self) -> list[str]:
        with self._uow() as uow:
            return uow.articles.sections()

    # -- writing -------------------------------------------------------------
    def create(
        self,
        article: Article,
        reason: RevisionReason = RevisionReason.SAVE,
        notices: Sequence[CorrectionNotice] = (),
        source: SourceDocument | None = None,
        also: Callable[[UnitOfWork, Article], None] | None = None,
    ) -> Article:
        """Store a new article (with any notices it carries, and the wire document it
        came from) in one transaction; ``also`` runs in it with the stored article."""
        now = self._clock()
        with self._uow() as uow:
            wanted = article.slug.strip() or headline_slug(article.headline)
            row = uow.articles.add(article.replace(slug=self._free_slug(uow, wanted, None)), now)
            saved = article_from_row(row)
            for notice in notices:
                uow.corrections.add_notice(replace(notice, article_id=row.id), now)
            if source is not None:
                uow.sources.add(row.id, source, now)
            keep_revision(uow, saved, reason, self.author, now)
            if also is not None:
                also(uow, saved)
            return saved

    def save(
        self,
        article: Article,
        reason: RevisionReason = RevisionReason.SAVE,
        also: Callable[[UnitOfWork, Article], None] | None = None,
        *,
        status: ArticleStatus | None = None,
        note: str = "",
        queries: QueryChanges | None = None,
    ) -> Article:
        """Store ``article`` if nobody saved it since it was loaded.

        Raises ConflictError carrying both texts when the stored version moved on;
        nothing is overwritten then. ``also`` runs in the same transaction with the
        stored article (a correction notice is published with its fix, or neither).

        The status stays as stored: it moves only through the workflow
        (services/workflow.py), which passes ``status`` once the move is allowed.
        Until the article is first published its slug follows the headline (unless
        someone set one by hand); after that, a changed slug is kept as a revision
        of its own ("slug change", old → new).

        ``queries`` are the open article's changes to its queries (their anchors
        already follow what was typed), stored in the same transaction; without
        them, the stored queries' anchors follow the change of text here.
        """
        if article.id is None:
            return self.create(article, reason)
        now = self._clock()
        with self._uow() as uow:
            row = self._live_row(uow, article.id)
            current = article_from_row(row)
            if row.version != article.version:
                raise ConflictError(article, current)
            wanted = article.replace(slug=self._slug_for(uow, article, current))
            wanted = wanted.replace(status=status or current.status)
            unchanged = current.same_content(wanted)
            if unchanged and reason is RevisionReason.AUTOSAVE and not queries:
                return current
            if current.ever_published and wanted.slug != current.slug:
                reason, note = RevisionReason.SLUG_CHANGE, f"{current.slug} → {wanted.slug}"
            uow.articles.write(row, wanted, now)  # a change of queries alone moves the version
            try:
                uow.flush()
            except WriteConflictError:
                raise ConflictError(article, current) from None
            saved = article_from_row(row)
            if queries is not None:
                write_changes(uow, article.id, queries, now)
            elif not unchanged:
                follow_text(uow, current, saved, now)
            if not (unchanged and reason is RevisionReason.AUTOSAVE):
                keep_revision(uow, saved, reason, self.author, now, note)
            if also is not None:
                also(uow, saved)
            return saved

    def duplicate(self, article_id: int) -> Article:
        """A new draft with the article's text, its slug made from the headline."""
        original = self.get(article_id)
        if original.in_trash:
            raise ArticleInTrashError(article_id, original.headline)
        return self.create(original.as_new_draft())

    def keep_snapshot(self, article: Article, reason: RevisionReason, note: str = "") -> None:
        """Keep ``article``'s text as a revision without changing the stored article:
        how a conflicting edit the user set aside stays recoverable."""
        assert article.id is not None
        with self._uow() as uow:
            if uow.articles.get(article.id) is None:
                raise ArticleNotFoundError(article.id)
            keep_revision(uow, article, reason, self.author, self._clock(), note, coalesce=False)

    # -- text kept aside while the user chooses ---------------------------------
    def keep_pending(self, draft: Article, session: str) -> None:
        """Keep what ``session`` (a window) typed into an article it cannot save over
        (someone else saved first, or deleted it), until the user has chosen."""
        with self._uow() as uow:
            uow.drafts.put(draft, session, self.author, self._clock())

    def pending_drafts(self, article_id: int) -> list[PendingDraft]:
        """Text kept for the article by windows whose conflict is not settled, oldest first."""
        with self._uow() as uow:
            return uow.drafts.for_article(article_id)

    def orphaned_drafts(self) -> list[PendingDraft]:
        """Kept text whose article was deleted (to the trash or for good) meanwhile."""
        with self._uow() as uow:
            return uow.drafts.orphans()

    def settle_keep_mine(self, mine: Article, over: Article, sessions: Iterable[str]) -> Article:
        """Store ``mine`` over ``over`` (their version stays in the revisions)."""
        assert mine.id is not None
        drop = _dropper(mine.id, sessions)
        return self.save(mine.replace(version=over.version), RevisionReason.SAVE, drop)

    def settle_as_copy(self, mine: Article, sessions: Iterable[str]) -> Article:
        """``mine`` as a new article; the one it was typed into stays as it is."""
        assert mine.id is not None
        return self.create(mine.as_new_draft(), also=_dropper(mine.id, sessions))

    def set_aside(self, mine: Article, sessions: Iterable[str]) -> None:
        """Keep ``mine`` as a conflict revision of its article (the user took the other
        text, or let a deleted article go): never coalesced, never overwritten. Raises
        ArticleNotFoundError when the article is gone for good."""
        assert mine.id is not None
        with self._uow() as uow:
            if uow.articles.get(mine.id) is None:
                raise ArticleNotFoundError(mine.id)
            keep_revision(
                uow, mine, RevisionReason.CONFLICT, self.author, self._clock(), coalesce=False
            )
            uow.drafts.drop(mine.id, set(sessions))

    def recover_orphaned_drafts(self, exclude: str) -> list[Article]:
        """Kept text whose article was deleted meanwhile, each as a new draft article
        (the pending draft goes in the same transaction)."""
        recovered = []
        for kept in self.orphaned_drafts():
            if kept.session == exclude:
                continue
            assert kept.article.id is not None
            drop = _dropper(kept.article.id, {kept.session})
            recovered.append(self.create(kept.article.as_new_draft(), also=drop))
        return recovered

    def drop_pending(self, article_id: int, sessions: Iterable[str]) -> None:
        with self._uow() as uow:
            uow.drafts.drop(article_id, set(sessions))

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

    def update_notice(
        self, notice_id: int, text: str, position: NoticePosition
    ) -> CorrectionNotice:
        """Change a published notice's wording or place. The article's history keeps it
        as a revision of its own ("notice edit"), one per few minutes of editing."""
        text = text.strip()
        with self._uow() as uow:
            row = uow.corrections.notice(notice_id)
            if row is None:
                raise ServiceError(f"correction notice {notice_id} does not exist")
            if problem := notice_problem(row.kind, text):
                raise ServiceError(problem)
            if (row.text, row.position) == (text, position):
                return notice_from_row(row)
            article = article_from_row(self._live_row(uow, row.article_id))
            row.text, row.position = text, position
            notice = notice_from_row(row)
            note = f"{notice.label} (notice {notice_id}, {position.value}): {text}"
            now = self._clock()
            latest = uow.revisions.latest(row.article_id)
            if (
                latest is not None
                and latest.reason is RevisionReason.NOTICE_EDIT
                and latest.author == self.author
                and latest.note.startswith(f"{notice.label} (notice {notice_id},")
                and now - latest.created_at < AUTOSAVE_COALESCE
            ):
                latest.note, latest.created_at = note, now
            else:
                uow.revisions.add(article, RevisionReason.NOTICE_EDIT, self.author, now, note)
            return notice

    def source(self, article_id: int) -> SourceDocument | None:
        """The wire document the article was imported from, as it came (or None)."""
        with self._uow() as uow:
            return uow.sources.get(article_id)

    # -- queries ---------------------------------------------------------------
    def queries(self, article_id: int, open_only: bool = False) -> list[Query]:
        """The article's queries, oldest first (only the unresolved ones, if asked)."""
        with self._uow() as uow:
            if uow.articles.get(article_id) is None:
                raise ArticleNotFoundError(article_id)
            queries = [query_from_row(r) for r in uow.queries.for_article(article_id)]
        return [q for q in queries if q.open] if open_only else queries

    def keep_queries(self, article_id: int, changes: QueryChanges, typed: Article) -> None:
        """Store query changes made on ``typed``, text the store did not take (a
        conflict settled for the other side): their anchors move onto the stored text."""
        if not changes:
            return
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            moved = rebased(changes.upserts, typed, article_from_row(row))
            write_changes(uow, article_id, QueryChanges(moved, changes.deleted), self._clock())

    # -- revisions -----------------------------------------------------------
    def revisions(self, article_id: int) -> list[RevisionInfo]:
        with self._uow() as uow:
            return [revision_from_row(r) for r in uow.revisions.for_article(article_id)]

    def restore_revision(
        self, article: Article, revision_id: int, field: str | None = None
    ) -> Article:
        """Bring back a kept state (the whole text, or one field) as a new revision of
        ``article``; nothing is deleted. The text it replaces is kept as a revision
        first, unless the latest revision already holds it. A field the revision
        lacks (kept before the field existed) takes its default; the status stays,
        and so does a published article's address unless its slug is the field.
        """
        assert article.id is not None
        with self._uow() as uow:
            row = uow.revisions.get(revision_id)
            if row is None or row.article_id != article.id:
                raise RevisionNotFoundError(revision_id, article.id)
            snapshot = dict(row.snapshot)
            latest = uow.revisions.latest(article.id)
            kept = latest is not None and latest.snapshot == article.snapshot()
        try:
            restored = article.restored(snapshot, field)
        except ValueError as error:
            raise ServiceError(str(error)) from None
        if article.ever_published and field is None:
            restored = restored.replace(slug=article.slug)
        if not kept:  # what is replaced stays in the history
            self.keep_snapshot(article, RevisionReason.SAVE, "kept before a restore")
        note = f"revision {revision_id}" + (f", {field.replace('_', ' ')}" if field else "")
        return self.save(restored, RevisionReason.RESTORE, note=note)

    # -- helpers -------------------------------------------------------------
    @staticmethod
    def _live_row(uow: UnitOfWork, article_id: int) -> ArticleRow:
        """The stored article, refusing one that is gone or in the trash."""
        row = uow.articles.get(article_id)
        if row is None:
            raise ArticleNotFoundError(article_id)
        if row.deleted_at is not None:
            raise ArticleInTrashError(article_id, row.headline)
        return row

    def _set_deleted(self, article_id: int, when: datetime | None) -> None:
        with self._uow() as uow:
            row = uow.articles.get(article_id)
            if row is None:
                raise ArticleNotFoundError(article_id)
            row.deleted_at = when

    def _slug_for(self, uow: UnitOfWork, article: Article, stored: Article) -> str:
        """The slug ``article`` is stored under: free among the others, and made from
        the headline while it follows it (see domain.text.follows_headline)."""
        typed = article.slug.strip()
        following = typed == stored.slug and follows_headline(stored.slug, stored.headline)
        if stored.ever_published:
            wanted = typed or stored.slug
        elif following or not typed:
            wanted = headline_slug(article.headline)
        else:
            wanted = typed
        return wanted if wanted == stored.slug else self._free_slug(uow, wanted, stored.id)

    @staticmethod
    def _free_slug(uow: UnitOfWork, wanted: str, own_id: int | None) -> str:
        taken = uow.articles.slugs_like(wanted, own_id)
        if wanted not in taken:
            return wanted
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"


def _dropper(article_id: int, sessions: Iterable[str]) -> Callable[[UnitOfWork, Article], None]:
    """Settles the pending drafts of ``sessions`` in the transaction that keeps the text."""
    chosen = set(sessions)

    def drop(uow: UnitOfWork, _stored: Article) -> None:
        uow.drafts.drop(article_id, chosen)

    return drop
