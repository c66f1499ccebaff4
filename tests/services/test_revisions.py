"""An article's history as a service: what each revision changed, comparing, the text
as filed, restoring (history is only ever added to) and corrections in context."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from deskeditor.domain.corrections import NoticeKind
from deskeditor.domain.diff import Op, side
from deskeditor.domain.text import count_words
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import RevisionNotFoundError
from deskeditor.services.revisions import RevisionService
from deskeditor.services.triage import TriageService
from deskeditor.storage.database import Database
from tests.stored import RANDOM_UID, stored_id

FILED = Article(
    headline="Ferry returns",
    byline="By Clara Hemming",
    body="The ferry is back after 2 years.\n\nIt cost $1,200,000, the council said.",
)


def history(articles: ArticleService, article_id: int) -> list[tuple[RevisionReason, str]]:
    return [(r.reason, r.note) for r in reversed(articles.revisions(article_id))]


def test_each_revision_counts_the_words_it_changed(
    articles: ArticleService, database: Database
) -> None:
    first = articles.create(FILED)
    articles.save(first.replace(body=first.body.replace("2 years", "two long years")))
    service = RevisionService(database.unit_of_work)
    newest, oldest = service.page(stored_id(first), 0, 10)
    filed_words = sum(
        count_words(getattr(first, f)) for f in ("slug", "headline", "byline", "body")
    )
    assert oldest.changes is not None and oldest.changes.added == filed_words  # all of it
    assert newest.changes is not None
    assert (newest.changes.added, newest.changes.removed, newest.changes.fields) == (
        2,
        1,
        ("body",),
    )
    assert newest.snapshot == {}  # a history page never loads the text
    assert "body +2 −1 words" in newest.summary


def test_comparing_with_the_current_text_rebuilds_both(
    articles: ArticleService, database: Database
) -> None:
    first = articles.create(FILED)
    edited = first.replace(body=first.body.replace("$1,200,000", "$1.3\u00a0million"))
    articles.save(edited)
    comparison = RevisionService(database.unit_of_work).compare(stored_id(first))
    assert side(comparison.runs, new=False, field="body") == FILED.body
    assert side(comparison.runs, new=True, field="body") == edited.body
    assert comparison.changes.fields == ("body",)
    assert (Op.INSERT, "1.3\u00a0million") in [(r.op, r.text) for r in comparison.runs]


def test_the_text_as_filed_is_its_first_move_out_of_draft(
    articles: ArticleService, database: Database
) -> None:
    blank = articles.create(Article())  # Ctrl+N: an empty draft is stored first
    typed = articles.save(blank.replace(headline="Ferry returns", body="The ferry is back."))
    filed = articles.save(typed, status=ArticleStatus.EDITING, reason=RevisionReason.STATUS_CHANGE)
    articles.save(filed.replace(body="The ferry is back, at last."))
    service = RevisionService(database.unit_of_work)
    as_filed = service.filed(stored_id(blank))
    assert as_filed.reason is RevisionReason.STATUS_CHANGE
    assert as_filed.article().body == "The ferry is back."


def test_restore_adds_revisions_and_never_removes_one(articles: ArticleService) -> None:
    first = articles.create(FILED)
    second = articles.save(first.replace(headline="Ferry back", body="Rewritten."))
    [_, kept_first] = articles.revisions(stored_id(first))
    restored = articles.restore_revision(second, kept_first.id)
    assert (restored.headline, restored.body) == (FILED.headline, FILED.body)
    assert [reason for reason, _ in history(articles, stored_id(first))] == [
        RevisionReason.SAVE,
        RevisionReason.SAVE,
        RevisionReason.RESTORE,
    ]
    body_only = articles.restore_revision(
        restored, articles.revisions(stored_id(first))[1].id, "body"
    )
    assert (body_only.headline, body_only.body) == (FILED.headline, "Rewritten.")
    assert history(articles, stored_id(first))[-1] == (
        RevisionReason.RESTORE,
        f"revision {articles.revisions(stored_id(first))[2].id}, body",
    )
    assert len(articles.revisions(stored_id(first))) == 4


def test_text_not_in_the_history_is_kept_before_a_restore(articles: ArticleService) -> None:
    first = articles.create(FILED)
    kept = articles.revisions(stored_id(first))[0]
    typed = first.replace(body="Typed since, never kept.")
    articles.restore_revision(typed, kept.id)
    texts = [r.snapshot["body"] for r in reversed(articles.revisions(stored_id(first)))]
    assert texts == [FILED.body, "Typed since, never kept.", FILED.body]


def test_a_revision_from_an_older_schema_restores_with_defaults(
    articles: ArticleService, db_path: Path
) -> None:
    article = articles.create(FILED.replace(kicker="Harbour", dek="After two years"))
    with sqlite3.connect(db_path) as raw:  # kept by a version that had no kicker or dek
        old = {"headline": "Old headline", "body": "Old body.", "status": "draft"}
        raw.execute(
            "INSERT INTO revisions (article_id, created_at, reason, author, snapshot, note, uid)"
            f" VALUES (?, '2020-01-01 00:00:00', 'save', 'Old', ?, '', {RANDOM_UID})",
            (stored_id(article), json.dumps(old)),
        )
        revision_id = raw.execute("SELECT max(id) FROM revisions").fetchone()[0]
    raw.close()
    restored = articles.restore_revision(article, revision_id)
    assert (restored.headline, restored.body, restored.kicker, restored.dek) == (
        "Old headline",
        "Old body.",
        "",
        "",
    )
    assert restored.byline == ""  # absent from the old snapshot too: its default
    with pytest.raises(RevisionNotFoundError):
        articles.restore_revision(restored, 10_000)


def test_a_history_of_5000_revisions_pages_and_compares_first_with_last(
    articles: ArticleService, database: Database, db_path: Path
) -> None:
    article = articles.create(FILED)
    base = datetime.now(UTC) + timedelta(minutes=1)  # after it was filed
    rows = [
        (stored_id(article), (base + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S.%f"),
         json.dumps({"headline": "Ferry returns", "body": f"Edit number {i}."}))
        for i in range(5000)
    ]  # fmt: skip
    with sqlite3.connect(db_path) as raw:
        raw.executemany(
            "INSERT INTO revisions (article_id, created_at, reason, author, snapshot, note, uid)"
            f" VALUES (?, ?, 'autosave', 'Ann', ?, '', {RANDOM_UID})",
            rows,
        )
    raw.close()
    service = RevisionService(database.unit_of_work)
    assert service.count(stored_id(article)) == 5001
    page = service.page(stored_id(article), 200, 100)
    assert [r.created_at for r in page] == sorted((r.created_at for r in page), reverse=True)
    assert all(r.changes is None for r in page)  # kept by an older version: not counted yet
    counted = service.count_missing(stored_id(article), [r.id for r in page])
    assert {c.fields for c in counted.values()} == {("body",)}
    [filed] = service.page(stored_id(article), 5000, 100)
    [newest] = service.page(stored_id(article), 0, 1)
    comparison = service.compare(stored_id(article), filed.id, newest.id)
    assert side(comparison.runs, new=False, field="body") == FILED.body
    assert side(comparison.runs, new=True, field="body") == "Edit number 4999."


def test_a_notices_fix_and_the_published_text_are_shown_in_context(
    articles: ArticleService, database: Database
) -> None:
    article = articles.create(FILED)
    published = articles.save(article, status=ArticleStatus.PUBLISHED)
    articles.save(published.replace(byline="By Clara Hemming, staff"))  # an edit after publishing
    current = articles.get(stored_id(article))
    triage = TriageService(database.unit_of_work, articles)
    from deskeditor.domain.corrections import IncomingRequest

    with database.unit_of_work() as uow:
        request = uow.corrections.add_request(
            IncomingRequest(message_id="<r@x>", content_hash="h", raw=b"", source="t"),
            datetime.now(UTC),
        )
        request_id = request.id
    fixed = current.replace(body=current.body.replace("$1,200,000", "$1,300,000"))
    triage.publish_notice(
        request_id, fixed, NoticeKind.CORRECTION, "An earlier version misstated the cost."
    )
    [notice] = articles.notices(stored_id(article))
    context = RevisionService(database.unit_of_work).correction_context(notice)
    assert context.fix is not None
    changed = [(r.field, r.op, r.text) for r in context.fix.runs if r.op is not Op.EQUAL]
    assert changed == [
        ("body", Op.DELETE, "1,200,000"),
        ("body", Op.INSERT, "1,300,000"),
        ("status", Op.DELETE, "published"),  # the correction marks it corrected
        ("status", Op.INSERT, "corrected"),
    ]
    assert context.published is not None
    assert context.published.byline == "By Clara Hemming"  # as readers first saw it


def test_text_set_aside_in_a_conflict_never_replaces_an_autosave(database: Database) -> None:
    """Two windows of one person: the text one sets aside is a revision of its own,
    and the other's autosave stays in the history."""
    service = ArticleService(database.unit_of_work, author="Ann")
    article = service.create(FILED)
    theirs = service.save(article.replace(body="Window B's text."), RevisionReason.AUTOSAVE)
    service.keep_snapshot(article.replace(body="Window A's text."), RevisionReason.AUTOSAVE)
    bodies = [r.snapshot["body"] for r in reversed(service.revisions(stored_id(article)))]
    assert bodies == [FILED.body, theirs.body, "Window A's text."]
