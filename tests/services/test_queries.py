"""Queries stored with the article: written in its save, re-anchored when its text
changes by any other route, kept when a conflict goes the other way, and asked
about by the workflow's gate."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.queries import QueryChanges, new_query
from deskeditor.domain.workflow import Gate
from deskeditor.services.articles import ArticleService
from deskeditor.services.checks import ArticleChecker
from deskeditor.services.workflow import GateClosedError, WorkflowService
from tests.stored import stored_id

CLEAN = Article(
    headline="Ferry returns",
    section="Local",
    byline="By Ann Lee",
    body="The ferry is back after two years of repairs, the harbour master said on Monday.",
)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def queried(articles: ArticleService, phrase: str = "two years") -> Article:
    article = articles.create(CLEAN)
    at = article.body.index(phrase)
    query = new_query("body", at, at + len(phrase), article.body, "Bo", "Two or three?", NOW)
    return articles.save(article, queries=QueryChanges((query,)))


def test_a_restore_or_an_edit_elsewhere_moves_the_anchor_with_the_text(
    articles: ArticleService,
) -> None:
    article = queried(articles)
    edited = articles.save(article.replace(body="Yes: " + article.body))
    [query] = articles.queries(stored_id(article))
    assert query.span_text(edited.body) == "two years"
    gone = articles.save(edited.replace(body=edited.body.replace("two years of ", "")))
    [orphan] = articles.queries(stored_id(article))
    assert orphan.orphaned and orphan.span_text(gone.body) == "two years"  # kept, not lost
    restored = articles.restore_revision(gone, articles.revisions(stored_id(article))[-1].id)
    assert restored.body == CLEAN.body


def test_query_changes_kept_for_text_the_store_did_not_take(articles: ArticleService) -> None:
    article = articles.create(CLEAN)
    theirs = articles.save(article.replace(body="Breaking: " + article.body))
    mine = article.replace(body=article.body + " More.")  # the conflict went their way
    at = mine.body.index("harbour master")
    query = new_query("body", at, at + 14, mine.body, "Bo", "Name him?", NOW)
    articles.keep_queries(stored_id(article), QueryChanges((query,)), mine)
    [kept] = articles.queries(stored_id(article))
    assert kept.span_text(theirs.body) == "harbour master"


def test_open_queries_make_ready_ask_and_resolved_ones_do_not(articles: ArticleService) -> None:
    workflow = WorkflowService(articles, ArticleChecker([], None).check)
    article = queried(articles)
    assessment = workflow.assess(article, ArticleStatus.READY)
    assert assessment.gate is Gate.CONFIRM
    assert [q.text for q in assessment.queries] == ["Two or three?"]
    with pytest.raises(GateClosedError, match="1 open query;"):
        workflow.change_status(article, ArticleStatus.READY)
    assert workflow.assess(article, ArticleStatus.PUBLISHED).gate is Gate.CONFIRM
    assert workflow.assess(article, ArticleStatus.COPY_DESK).gate is Gate.NONE
    ready = workflow.change_status(article, ArticleStatus.READY, confirmed=True)
    assert articles.revisions(stored_id(ready))[0].note == "draft → ready over 1 open query"
    [query] = articles.queries(stored_id(article))
    resolved = articles.save(ready, queries=QueryChanges((query.resolved("Ann", NOW),)))
    back = workflow.change_status(resolved, ArticleStatus.EDITING)
    assert workflow.assess(back, ArticleStatus.READY).gate is Gate.NONE
