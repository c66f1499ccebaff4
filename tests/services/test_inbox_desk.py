"""The inbox in the desk's terms: ages count from when the desk received a message,
links match the publication's own site, and an unlinked complaint gets suggestions."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.inbox import InboxService
from deskeditor.services.ledger import CorrectionsLedger
from deskeditor.services.matching import site_links

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
OLD = (
    b"From: Old Reader <old@example.org>\nSubject: Ferry story - cost\n"
    b"Message-ID: <old-1@example.org>\nDate: Tue, 14 Mar 2023 09:00:00 +0000\n\n"
    b'You wrote "Repairs cost $2.3 million, about a third of it paid by the state." '
    b"That is not what the minutes say.\n"
)


@pytest.fixture
def desk(database: object) -> tuple[ArticleService, InboxService]:
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))  # type: ignore[attr-defined]
    articles = ArticleService(database.unit_of_work)  # type: ignore[attr-defined]
    return articles, InboxService(database.unit_of_work, articles, clock=lambda: NOW)  # type: ignore[attr-defined]


def test_an_old_message_imported_today_is_new_to_the_desk(
    desk: tuple[ArticleService, InboxService], database: object
) -> None:
    articles, inbox = desk
    inbox.import_message(OLD, "old.eml")
    [request] = inbox.requests()
    assert request.received_at == NOW  # the desk received it today
    assert request.sent_at == datetime(2023, 3, 14, 9, 0, tzinfo=UTC)  # the reader's date
    assert not request.overdue
    ledger = CorrectionsLedger(database.unit_of_work, inbox, articles, clock=lambda: NOW)  # type: ignore[attr-defined]
    board = ledger.dashboard()
    assert board.by_month == {"2026-11": {"Local": 1}}  # filed when the desk received it
    assert board.by_age["over 30 days"] == 0
    assert "2023-03-14T09:00:00+00:00" in ledger.export_csv()  # the reader's date is kept


def test_mailboxes_say_when_a_message_arrived(
    tmp_path: Path, desk: tuple[ArticleService, InboxService]
) -> None:
    _, inbox = desk
    box = mailbox.mbox(str(tmp_path / "in.mbox"))
    message = mailbox.mboxMessage(OLD)
    message.set_from("old@example.org", (2026, 10, 1, 8, 30, 0, 0, 0, 0))
    box.add(message)
    box.flush()
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"))
    arrived = int(datetime(2026, 11, 20, tzinfo=UTC).timestamp())
    (tmp_path / "Maildir" / "new" / f"{arrived}.M1P2.desk").write_bytes(
        OLD.replace(b"old-1@", b"old-2@").replace(b"old@example.org", b"new@example.org")
    )
    del maildir
    inbox.import_sources([tmp_path / "in.mbox", tmp_path / "Maildir"])
    received = sorted(r.received_at for r in inbox.requests() if r.received_at)
    assert received == [
        datetime(2026, 10, 1, 8, 30, tzinfo=UTC),
        datetime(2026, 11, 20, tzinfo=UTC),
    ]
    overdue = [r for r in inbox.requests() if r.overdue]
    assert [r.received_at for r in overdue] == [datetime(2026, 10, 1, 8, 30, tzinfo=UTC)]


def test_links_count_only_on_the_publications_own_site() -> None:
    links = site_links("https://millbrookledger.example/*/{slug}")
    text = (
        "See https://elsewhere.example/news/river-otters-return-home and "
        "http://millbrookledger.example/science/river-otters-are-back-in-the-wend-after-60-years/"
    )
    assert links.findall(text) == ["river-otters-are-back-in-the-wend-after-60-years"]
    site_only = site_links("millbrookledger.example")
    assert site_only.findall("https://millbrookledger.example/2026/11/first-frost-arrives-early")
    assert not site_only.findall("https://other.example/2026/11/first-frost-arrives-early")


def test_an_unlinked_complaint_gets_three_candidates_with_their_evidence(
    desk: tuple[ArticleService, InboxService],
) -> None:
    _, inbox = desk
    raw = (
        b"From: r@example.com\nSubject: otters\nMessage-ID: <vague-2@example.com>\n\n"
        b"The piece about the otters in the river said the cubs were seen on 11 nights.\n"
    )
    outcome = inbox.import_message(raw, "vague.eml")
    assert outcome.article is None  # not sure enough to link
    assert outcome.request_id is not None
    found = inbox.candidates(outcome.request_id)
    assert 1 <= len(found) <= 3
    best = found[0]
    assert best.article is not None and best.article.slug.startswith("river-otters")
    assert "otters" in best.evidence.lower() or "alike" in best.evidence
    confidences = [m.confidence or 0.0 for m in found]
    assert confidences == sorted(confidences, reverse=True)


def test_a_dateless_message_was_written_when_it_came(
    desk: tuple[ArticleService, InboxService],
) -> None:
    _, inbox = desk
    raw = OLD.replace(b"Date: Tue, 14 Mar 2023 09:00:00 +0000\n", b"")
    inbox.import_message(raw, "x", arrived=NOW - timedelta(days=40))
    [request] = inbox.requests()
    assert request.sent_at is None and request.overdue
