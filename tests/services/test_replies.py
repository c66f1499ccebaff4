"""The reply to a reader: reviewed and edited before it is saved; only saving moves
the request on, and it says "reply saved", never that it was sent."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from deskeditor.domain.corrections import PublicationIdentity, RequestStatus
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import InboxService
from deskeditor.services.replies import ReplyService
from deskeditor.services.triage import TriageService

IDENTITY = PublicationIdentity(
    name="The Millbrook Ledger",
    corrections_address="corrections@millbrookledger.example",
    signature="Ruth Abernathy\nStandards editor, The Millbrook Ledger",
)


@pytest.fixture
def desk(database: object) -> tuple[TriageService, ReplyService, int]:
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))  # type: ignore[attr-defined]
    articles = ArticleService(database.unit_of_work)  # type: ignore[attr-defined]
    inbox = InboxService(database.unit_of_work, articles)  # type: ignore[attr-defined]
    outcome = inbox.import_message(
        (resource_path("demo", "mail") / "02-ferry-cost.eml").read_bytes(), "x"
    )
    assert outcome.request_id is not None
    triage = TriageService(database.unit_of_work, articles, actor="Ann")  # type: ignore[attr-defined]
    replies = ReplyService(database.unit_of_work, triage, IDENTITY)  # type: ignore[attr-defined]
    return triage, replies, outcome.request_id


def test_drafting_a_reply_changes_nothing_until_it_is_saved(
    desk: tuple[TriageService, ReplyService, int], tmp_path: Path
) -> None:
    triage, replies, request = desk
    triage.set_status(request, RequestStatus.APPROVED)
    draft = replies.draft(request)
    assert draft.recipient == "renee.lefevre@example.net"
    assert draft.sender == "The Millbrook Ledger <corrections@millbrookledger.example>"
    assert draft.body.rstrip().endswith("Standards editor, The Millbrook Ledger")
    assert triage.detail(request).status is RequestStatus.APPROVED  # not "replied"
    assert replies.draft(request).id == draft.id  # drafting again reopens it

    edited = replies.update(
        draft.edited(draft.recipient, draft.subject, "Dear Renée,\n\nWe are checking the figure.\n")
    )
    assert replies.draft(request).body == edited.body  # kept as typed
    assert not list(tmp_path.glob("**/*.eml"))

    saved = replies.save(edited, tmp_path / "outbox")
    message = email.message_from_bytes(saved.read_bytes(), policy=policy.default)
    assert message["From"] == "The Millbrook Ledger <corrections@millbrookledger.example>"
    assert message["In-Reply-To"] == "<CAF3x9=ferry-cost-001@example.net>"
    assert message.get_content() == "Dear Renée,\n\nWe are checking the figure.\n"
    detail = triage.detail(request)
    assert detail.status is RequestStatus.REPLY_SAVED
    assert detail.history[-1].action == "reply saved"
    assert replies.draft(request).id != draft.id  # a saved reply is not reopened for editing
    with pytest.raises(ServiceError, match="saved already"):
        replies.update(edited)


def test_a_reply_needs_the_publications_address(
    desk: tuple[TriageService, ReplyService, int], tmp_path: Path
) -> None:
    triage, replies, request = desk
    replies.identity = PublicationIdentity(name="The Millbrook Ledger")
    draft = replies.draft(request)
    with pytest.raises(ServiceError, match="corrections address is not set"):
        replies.save(draft, tmp_path / "outbox")
    assert triage.detail(request).status is RequestStatus.NEW
    assert not (tmp_path / "outbox").exists()
