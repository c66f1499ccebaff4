"""The inbox list at any size: paged like the article list, read by index, and never
in the way of opening the desk."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from deskeditor.app import DeskeditorApp
from deskeditor.domain.corrections import RequestStatus
from deskeditor.services.articles import ArticleService
from deskeditor.services.inbox import InboxService
from deskeditor.services.inbox_list import RequestFilter
from deskeditor.services.triage import TriageService
from deskeditor.storage.database import Database
from deskeditor.ui.models.request_list_model import RequestListModel

REQUESTS = 250  # two and a half pages


def mail(n: int, reply_to: int | None = None) -> bytes:
    """Request ``n``, sent ``n`` minutes after the first."""
    thread = f"In-Reply-To: <req-{reply_to}@example.org>\n" if reply_to else ""
    sent = format_datetime(datetime(2026, 11, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=n))
    return (
        f"From: reader{n}@example.org\nSubject: Request {n}\nMessage-ID: <req-{n}@example.org>\n"
        f"Date: {sent}\n{thread}\nSomething is wrong in story {n}.\n"
    ).encode()


@pytest.fixture
def inbox(database: Database) -> InboxService:
    service = InboxService(database.unit_of_work, ArticleService(database.unit_of_work))
    for n in range(1, REQUESTS + 1):
        service.import_message(mail(n), f"{n}.eml")
    service.import_message(mail(1000, reply_to=7), "reply.eml")
    return service


def test_pages_follow_on_and_carry_their_thread_sizes(inbox: InboxService) -> None:
    pages = [inbox.request_page(RequestFilter(), at, 100) for at in (0, 100, 200)]
    listed = [r.id for page in pages for r in page]
    whole = inbox.requests()
    assert listed == [r.id for r in whole] and len(listed) == REQUESTS
    received = [r.received_at for r in whole if r.received_at is not None]
    assert len(received) == REQUESTS and received == sorted(received, reverse=True)  # newest first
    [seventh] = [r for r in whole if r.subject == "Request 7"]
    assert seventh.messages == 2  # the reply joined it
    assert inbox.request_count(RequestFilter(RequestStatus.NEW)) == REQUESTS


def test_the_model_pages_in_as_the_view_asks(
    qtmodeltester: ModelTester, inbox: InboxService
) -> None:
    model = RequestListModel()
    reads: list[tuple[int, int]] = []

    def read(at: int, count: int) -> list[Any]:
        reads.append((at, count))
        return inbox.request_page(RequestFilter(), at, count)

    which = RequestFilter()
    model.show(inbox.request_count(which), inbox.request_page(which, 0, 100), read)
    assert model.rowCount() == REQUESTS and reads == []  # the first page came with it
    assert model.index(REQUESTS - 1, 3).data() == "Request 1"  # the oldest, last
    assert reads == [(200, 100)]
    qtmodeltester.check(model)


def test_every_inbox_query_is_served_by_an_index(database: Database, inbox: InboxService) -> None:
    """Each request's thread lookup scanned the table: 20,000 requests took 278 s."""
    statements: list[tuple[str, Any]] = []

    @event.listens_for(database.engine, "before_cursor_execute")
    def capture(conn: Any, cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if "correction_requests" in sql and sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    for which in (RequestFilter(), RequestFilter(RequestStatus.NEW), RequestFilter(overdue=True)):
        inbox.request_page(which, 100, 100)
        inbox.request_count(which)
    inbox.counts()
    TriageService(database.unit_of_work, ArticleService(database.unit_of_work)).detail(7)
    assert len(statements) >= 8
    with sqlite3.connect(database.path) as conn:
        for sql, params in statements:
            plan = [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
            scans = [
                p for p in plan if p.startswith("SCAN correction_requests") and "INDEX" not in p
            ]
            assert not scans, (sql, plan)
    conn.close()


def test_opening_the_desk_reads_the_inbox_on_a_worker(
    qtbot: QtBot, db_path: Path, settings_store: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the desk waited on the inbox (366 s at 20,000 requests)."""
    from deskeditor.app import AppOptions

    threads: list[str] = []
    original = InboxService.request_page

    def spy(self: InboxService, *args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(self, *args)

    monkeypatch.setattr(InboxService, "request_page", spy)
    app = DeskeditorApp(AppOptions(database=db_path), settings_store)
    qtbot.addWidget(app.window)
    try:
        assert app.open_database()
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert threading.main_thread().name not in threads
    finally:
        app.close()
