"""The workflow's gate as a service: what the window and `deskeditor article status` share."""

from __future__ import annotations

import pytest

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from deskeditor.domain.workflow import Gate
from deskeditor.services.articles import ArticleService
from deskeditor.services.checks import ArticleChecker
from deskeditor.services.errors import ArticleInTrashError
from deskeditor.services.workflow import GateClosedError, MoveRefusedError, WorkflowService
from tests.stored import stored_id

# A new article as the issue found it published: a repeated word, an unclosed
# quote, no byline and no section.
FLAWED = Article(
    headline="Ferry returns",
    body="The the ferry is back.\n\n“We counted the days, she said.",
)
CLEAN = Article(
    headline="Ferry returns",
    section="Local",
    byline="By Ann Lee",
    body="The ferry is back after two years of repairs, the harbour master said on Monday.",
)


@pytest.fixture
def workflow(articles: ArticleService) -> WorkflowService:
    return WorkflowService(articles, ArticleChecker([], None).check)


def test_publishing_over_errors_needs_an_override_with_a_reason(
    articles: ArticleService, workflow: WorkflowService
) -> None:
    draft = articles.create(FLAWED)
    with pytest.raises(GateClosedError, match="override") as refused:
        workflow.change_status(draft, ArticleStatus.PUBLISHED, confirmed=True)
    found = sorted((f.id, f.field) for f in refused.value.assessment.errors)
    assert found == [
        ("quotes.unbalanced", "body"),
        ("structure.missing-field", "byline"),
        ("structure.missing-field", "section"),
        ("words.repeated", "body"),
    ]
    assert refused.value.assessment.gate is Gate.OVERRIDE
    assert articles.get(stored_id(draft)).status is ArticleStatus.DRAFT  # nothing went out

    published = workflow.change_status(
        draft, ArticleStatus.PUBLISHED, override="Breaking: the desk lead approved it"
    )
    assert published.status is ArticleStatus.PUBLISHED and published.published_at is not None
    [latest, *_] = articles.revisions(stored_id(draft))
    assert latest.reason is RevisionReason.PUBLISH_OVERRIDE
    assert latest.note == "Breaking: the desk lead approved it"
    assert latest.snapshot["status"] == "published"


def test_ready_over_errors_asks_and_records_the_yes(
    articles: ArticleService, workflow: WorkflowService
) -> None:
    draft = articles.create(FLAWED.replace(status=ArticleStatus.EDITING))
    with pytest.raises(GateClosedError, match="needs a yes"):
        workflow.change_status(draft, ArticleStatus.READY)
    ready = workflow.change_status(draft, ArticleStatus.READY, confirmed=True)
    assert ready.status is ArticleStatus.READY
    [latest, *_] = articles.revisions(stored_id(draft))
    assert latest.reason is RevisionReason.STATUS_CHANGE
    count = len(workflow.assess(draft, ArticleStatus.READY).errors)
    assert count > 1 and latest.note == f"editing → ready over {count} errors"


def test_a_clean_article_moves_without_asking_and_each_move_is_recorded(
    articles: ArticleService, workflow: WorkflowService
) -> None:
    article = articles.create(CLEAN)
    published = workflow.change_status(article, ArticleStatus.PUBLISHED)
    back = workflow.change_status(published, ArticleStatus.EDITING)
    notes = [(r.reason, r.note) for r in articles.revisions(stored_id(article))][:2]
    assert notes == [
        (RevisionReason.STATUS_CHANGE, "published → editing"),
        (RevisionReason.STATUS_CHANGE, "draft → published"),
    ]
    assert back.published_at == published.published_at


def test_moving_back_never_asks(articles: ArticleService, workflow: WorkflowService) -> None:
    article = articles.create(FLAWED)
    published = workflow.change_status(article, ArticleStatus.PUBLISHED, override="approved")
    pulled = workflow.change_status(published, ArticleStatus.DRAFT)
    assert pulled.status is ArticleStatus.DRAFT


def test_moves_the_state_machine_lacks_are_refused(
    articles: ArticleService, workflow: WorkflowService
) -> None:
    article = articles.create(CLEAN)
    with pytest.raises(MoveRefusedError, match="cannot go from draft to corrected"):
        workflow.change_status(article, ArticleStatus.CORRECTED, override="x")


def test_a_save_never_moves_the_status(articles: ArticleService) -> None:
    article = articles.create(FLAWED)
    saved = articles.save(article.replace(status=ArticleStatus.PUBLISHED, body="Changed."))
    assert (saved.status, saved.body, saved.published_at) == (ArticleStatus.DRAFT, "Changed.", None)


def test_restoring_a_revision_brings_back_text_not_status(
    articles: ArticleService, workflow: WorkflowService
) -> None:
    article = articles.create(CLEAN)
    first_revision = articles.revisions(stored_id(article))[0]
    published = workflow.change_status(article, ArticleStatus.PUBLISHED)
    edited = articles.save(published.replace(body="Later text."))
    restored = articles.restore_revision(edited, first_revision.id)
    assert (restored.status, restored.body) == (ArticleStatus.PUBLISHED, CLEAN.body)


def test_nothing_in_the_trash_moves(articles: ArticleService, workflow: WorkflowService) -> None:
    article = articles.create(CLEAN)
    articles.delete(stored_id(article))
    trashed = articles.get(stored_id(article))
    assert trashed.in_trash
    with pytest.raises(ArticleInTrashError, match="in the trash"):
        workflow.change_status(trashed, ArticleStatus.PUBLISHED)
    with pytest.raises(ArticleInTrashError):
        articles.save(trashed.replace(body="Edited in the trash."))
    with pytest.raises(ArticleInTrashError):
        articles.duplicate(stored_id(article))
    assert articles.get(stored_id(article)).body == CLEAN.body
