"""The corrections inbox as a Qt table model, over requests the inbox service stored
from the demo desk's reader mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from deskeditor.domain.corrections import RequestStatus
from deskeditor.formats.email import parse_mail
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.inbox import InboxService, RequestSummary
from deskeditor.services.triage import TriageService
from deskeditor.storage.database import Database
from deskeditor.ui.models.request_list_model import RequestListModel

# The demo mail reached the desk's mailbox as it was sent, 9-24 Nov 2026; on this
# day the harvest request (9 Nov) is over 30 days old, the others are not.
NOW = datetime(2026, 12, 15, 12, 0, tzinfo=UTC)
VAGUE = (
    "From: Pat Doe <pat@example.org>\nSubject: something is off\n"
    "Message-ID: <vague-1@example.org>\n"
    f"Date: {format_datetime(NOW - timedelta(hours=5))}\n\nPlease check your story.\n"
).encode()


@pytest.fixture
def inbox(database: Database) -> InboxService:
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    inbox = InboxService(
        database.unit_of_work, ArticleService(database.unit_of_work), clock=lambda: NOW
    )
    for eml in sorted(resource_path("demo", "mail").glob("*.eml")):
        raw = eml.read_bytes()
        inbox.import_message(raw, eml.name, arrived=parse_mail(raw).sent_at)
    inbox.import_message(VAGUE, "vague.eml", arrived=NOW - timedelta(hours=5))
    return inbox


def by_subject(rows: list[RequestSummary], start: str) -> int:
    [row] = [i for i, r in enumerate(rows) if r.subject.startswith(start)]
    return row


def shown(
    model: RequestListModel, row: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[object]:
    return [model.index(row, column).data(role) for column in range(model.columnCount())]


def test_passes_qtmodeltester_empty_filled_and_after_triage(
    qtmodeltester: ModelTester, inbox: InboxService, database: Database
) -> None:
    model = RequestListModel()
    qtmodeltester.check(model)  # the tester stays attached through every change below
    assert model.rowCount() == 0

    rows = inbox.requests()
    model.set_requests(rows, NOW)
    assert model.rowCount() == 4  # the follow-up joined the harvest request
    harvest = by_subject(rows, "Apple harvest")
    assert str(model.index(harvest, RequestListModel.STATUS).data()).endswith("⚑")

    triage = TriageService(
        database.unit_of_work, ArticleService(database.unit_of_work), clock=lambda: NOW
    )
    triage.set_status(rows[harvest].id, RequestStatus.APPROVED)
    rows = inbox.requests()
    model.set_requests(rows, NOW)
    harvest = by_subject(rows, "Apple harvest")
    assert model.index(harvest, RequestListModel.STATUS).data() == "Approved"  # decided: no flag

    model.set_requests(inbox.requests(RequestStatus.NEW), NOW)
    assert model.rowCount() == 3
    model.set_requests([], NOW)
    assert model.rowCount() == 0


def test_each_row_reads_as_the_desk_sees_the_request(inbox: InboxService) -> None:
    model = RequestListModel()
    rows = inbox.requests()
    model.set_requests(rows, NOW)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Status", "Age", "From", "Subject", "Article"]
    assert shown(model, by_subject(rows, "Apple harvest")) == [
        "New ⚑",
        "35 d",  # received 9 Nov 13:14 UTC
        "w.brennan@example.org",
        "Apple harvest article - wrong number? (2)",  # two messages in the thread
        "Orchard growers expect best apple harvest in a decade",
    ]
    assert shown(model, by_subject(rows, "something is off")) == [
        "New",
        "5 h",
        "pat@example.org",
        "something is off",
        "(not linked)",
    ]


def test_an_overdue_request_is_red_and_says_why(inbox: InboxService) -> None:
    model = RequestListModel()
    rows = inbox.requests()
    model.set_requests(rows, NOW)
    harvest, ferry = by_subject(rows, "Apple harvest"), by_subject(rows, "Ferry story")
    colours = shown(model, harvest, Qt.ItemDataRole.ForegroundRole)
    for brush in colours[: RequestListModel.AGE + 1]:  # the status and the age
        assert isinstance(brush, QBrush) and brush.color().hue() <= 10  # red
    assert colours[RequestListModel.AGE + 1 :] == [None, None, None]
    tips = shown(model, harvest, Qt.ItemDataRole.ToolTipRole)
    assert tips[: RequestListModel.AGE + 1] == ["Over 30 days without a decision"] * 2
    # The other columns say in full what a narrow pane cuts short.
    assert tips[RequestListModel.SUBJECT] == "Apple harvest article - wrong number?"
    assert tips[RequestListModel.SENDER] == "w.brennan@example.org"
    assert shown(model, ferry, Qt.ItemDataRole.ForegroundRole) == [None] * 5


def test_the_article_tooltip_gives_the_evidence_and_the_request_id_is_kept(
    inbox: InboxService,
) -> None:
    model = RequestListModel()
    rows = inbox.requests()
    model.set_requests(rows, NOW)
    otters = by_subject(rows, "Otters")
    tip = model.index(otters, RequestListModel.ARTICLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("quoted sentence (") and tip.endswith("%)")
    vague = by_subject(rows, "something is off")
    tip = model.index(vague, RequestListModel.ARTICLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "no match (not linked)"  # no confidence to give
    ids = [model.index(r, 0).data(RequestListModel.RequestIdRole) for r in range(4)]
    assert ids == [r.id for r in rows]
