"""Working a request through to a published notice and a reply."""

from __future__ import annotations

import pytest

from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.corrections import NoticeKind, NoticePosition, RequestStatus
from deskeditor.domain.notices import draft_notice, euphemism_in
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import InboxService
from deskeditor.services.triage import TriageService
from deskeditor.storage.database import Database
from tests.stored import stored_id

Desk = tuple[ArticleService, InboxService, TriageService]
FERRY_COST = resource_path("demo", "mail") / "02-ferry-cost.eml"


@pytest.fixture
def desk(database: Database) -> Desk:
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    articles = ArticleService(database.unit_of_work)
    inbox = InboxService(database.unit_of_work, articles)
    return articles, inbox, TriageService(database.unit_of_work, articles, actor="Ann")


def import_request(inbox: InboxService, raw: bytes) -> int:
    """The request a reader's message opened."""
    outcome = inbox.import_message(raw, "x")
    assert outcome.request_id is not None, outcome.error
    return outcome.request_id


def article_of(triage: TriageService, request: int) -> Article:
    """The article a request is about."""
    article = triage.detail(request).article
    assert article is not None, "the request is linked to no article"
    return article


def test_house_wording_and_euphemisms() -> None:
    text = draft_notice(
        NoticeKind.CORRECTION, "the share of the cost the state paid", "It paid half"
    )
    assert (
        text
        == "An earlier version of this article misstated the share of the cost the state paid. It paid half."
    )
    assert euphemism_in(NoticeKind.CORRECTION, "We fixed the figure.") == "fixed"
    assert euphemism_in(NoticeKind.UPDATE, "This article has been updated.") is None


def test_from_request_to_notice(desk: Desk) -> None:
    articles, inbox, triage = desk
    request = import_request(inbox, FERRY_COST.read_bytes())
    triage.set_status(request, RequestStatus.TRIAGING)
    triage.set_assignee(request, "Ann")
    triage.set_status(request, RequestStatus.APPROVED)
    detail = triage.detail(request)
    assert detail.quoted_phrase
    assert [e.action for e in detail.history] == ["received", "status", "assigned", "status"]
    article = article_of(triage, request)

    with pytest.raises(ServiceError, match="fixed"):
        triage.publish_notice(request, article, NoticeKind.CORRECTION, "We fixed the share.")
    fixed = article.replace(body=article.body.replace("about a third", "half"))
    notice = draft_notice(
        NoticeKind.CORRECTION, "the share of the cost paid by the state", "It paid half"
    )
    stored = triage.publish_notice(
        request, fixed, NoticeKind.CORRECTION, notice, NoticePosition.BOTTOM
    )

    assert stored.status is ArticleStatus.CORRECTED and "half of it paid" in stored.body
    assert [(n.text, n.request_id) for n in articles.notices(stored_id(stored))] == [
        (notice, request)
    ]
    assert articles.revisions(stored_id(stored))[0].reason.value == "correction"
    assert triage.detail(request).status is RequestStatus.NOTICE_PUBLISHED

    assert articles.revisions(stored_id(stored))[0].note == ""


def test_a_conflicting_save_publishes_nothing(desk: Desk) -> None:
    articles, inbox, triage = desk
    request = import_request(inbox, FERRY_COST.read_bytes())
    article = article_of(triage, request)
    articles.save(article.replace(body=article.body + " Edited elsewhere."))
    with pytest.raises(ServiceError):
        triage.publish_notice(
            request, article, NoticeKind.CORRECTION, "An earlier version misstated x."
        )
    assert articles.notices(stored_id(article)) == []
    assert triage.detail(request).status is RequestStatus.NEW


def test_linking_by_hand(desk: Desk) -> None:
    articles, inbox, triage = desk
    raw = b"From: a@example.com\nSubject: hello\nMessage-ID: <hand-1@example.com>\n\nSomething was wrong.\n"
    request = import_request(inbox, raw)
    target = articles.find("keep-the-library-open-on-sundays")
    triage.link(request, stored_id(target))
    detail = triage.detail(request)
    assert (article_of(triage, request).id, detail.evidence, detail.confidence) == (
        target.id,
        "linked by hand",
        1.0,
    )
