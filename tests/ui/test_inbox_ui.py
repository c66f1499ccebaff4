"""The corrections inbox in the window, from reader email to a published notice and
a reply draft."""

from __future__ import annotations

import email
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from email.utils import format_datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleStatus, ArticleSummary
from deskeditor.domain.corrections import NoticeKind, NoticePosition, RequestStatus
from deskeditor.paths import data_dir
from deskeditor.ui.dialogs.article_picker_dialog import ArticlePickerDialog
from deskeditor.ui.dialogs.notice_dialog import NoticeChoice, NoticeDialog
from deskeditor.ui.widgets.bar_chart import PALETTE
from tests.stored import stored_id
from tests.ui.workspace import stored

# Dates relative to today: "overdue" means over 30 days old on the day the tests run.
FRESH = datetime.now(UTC) - timedelta(days=3)
OLD = datetime.now(UTC) - timedelta(days=40)


def request(
    received: datetime, message_id: str = "vote-1", sender: str = "renee@example.net"
) -> bytes:
    return (
        f"From: Renee Lefevre <{sender}>\nTo: corrections@ledger.example\n"
        f"Subject: Council story - wrong vote count\nMessage-ID: <{message_id}@example.net>\n"
        f"Date: {format_datetime(received)}\n\n"
        'You wrote "The vote was 4-3." but it was 5-2, the minutes say.\n'
    ).encode()


def test_from_reader_email_to_notice_and_reply(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "vote.eml").write_bytes(request(FRESH))
    inbox = desk.inbox
    panel = desk.window.inbox_panel
    inbox.import_paths([tmp_path / "vote.eml"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=8000)
    assert (
        panel.model.index(0, 4).data() == "Council splits on Market Street"
    )  # matched by the quote

    inbox.open_request(int(panel.model.index(0, 0).data(panel.model.RequestIdRole)))
    dialog = inbox.dialog
    assert dialog is not None and "5-2" in dialog.message.toPlainText()
    assert "The vote was 4-3." in dialog.article.toHtml() and "fff3a3" in dialog.article.toHtml()
    dialog.status_chosen.emit(RequestStatus.APPROVED)
    assert panel.model.index(0, 0).data().startswith("Approved")

    def write(
        cls: type[NoticeDialog], parent: QWidget | None, body: str, phrase: str | None
    ) -> NoticeChoice:
        notice = "An earlier version of this article misstated the vote count. It was 5-2."
        return NoticeChoice(
            NoticeKind.CORRECTION, NoticePosition.BOTTOM, notice, body.replace("4-3", "5-2")
        )

    monkeypatch.setattr(NoticeDialog, "ask", classmethod(write))
    dialog.notice_button.click()
    # The open article now shows the fix, is marked corrected, and its preview carries the notice.
    assert desk.editor.body.toPlainText() == "The vote was 5-2."
    assert desk.editor.status.currentData() == ArticleStatus.CORRECTED
    qtbot.waitUntil(
        lambda: "Correction: An earlier version" in desk.preview.toPlainText(), timeout=4000
    )
    assert "Notice published" in panel.model.index(0, 0).data()

    dialog.reply_button.click()
    outbox = list((data_dir() / "outbox").glob("*.eml"))
    assert len(outbox) == 1
    reply = email.message_from_bytes(outbox[0].read_bytes(), policy=policy.default)
    assert reply["To"] == "renee@example.net" and "It was 5-2." in reply.get_content()
    assert "Reader replied" in panel.model.index(0, 0).data()


def test_unmatched_mail_is_linked_by_hand(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "vague.eml").write_bytes(
        b"From: a@example.com\nSubject: something is off\n"
        b"Message-ID: <vague-1@example.com>\n\nPlease check.\n"
    )
    desk.inbox.import_paths([tmp_path / "vague.eml"])
    panel = desk.window.inbox_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=8000)
    assert panel.model.index(0, 4).data() == "(not linked)"
    desk.inbox.open_request(int(panel.model.index(0, 0).data(panel.model.RequestIdRole)))
    ferry = stored(desk).find("ferry-returns-after-repair")
    searched: list[ArticleSummary] = []

    def pick(
        cls: type[ArticlePickerDialog],
        parent: QWidget | None,
        search: Callable[[str], list[ArticleSummary]],
    ) -> int:
        searched.extend(search("ferry"))
        return stored_id(ferry)

    monkeypatch.setattr(ArticlePickerDialog, "ask", classmethod(pick))
    dialog = desk.inbox.dialog
    assert dialog is not None, "the request did not open"
    dialog.link_button.click()
    assert [s.headline for s in searched] == ["Ferry returns after repair"]
    assert panel.model.index(0, 4).data() == "Ferry returns after repair"


def test_overdue_requests_are_flagged(qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path) -> None:
    (tmp_path / "fresh.eml").write_bytes(request(FRESH))
    old = request(OLD, message_id="vote-old", sender="another@example.org")
    (tmp_path / "old.eml").write_bytes(old)
    desk.inbox.import_paths([tmp_path])
    panel = desk.window.inbox_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=8000)
    shown = [panel.model.index(row, 0).data() for row in range(2)]
    assert sorted(s.endswith("⚑") for s in shown) == [False, True]  # only the old one
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("overdue"))
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data().endswith("⚑")


def test_dashboard_counts_and_draws(qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path) -> None:
    (tmp_path / "vote.eml").write_bytes(request(FRESH))
    old = request(OLD, message_id="vote-old", sender="another@example.org")
    (tmp_path / "old.eml").write_bytes(old)
    desk.inbox.import_paths([tmp_path])
    qtbot.waitUntil(lambda: desk.window.inbox_panel.model.rowCount() == 2, timeout=8000)
    data = desk.inbox.ledger.dashboard()
    assert data.by_status[RequestStatus.NEW] == 2
    assert data.by_age == {"under a week": 1, "1-4 weeks": 0, "over 30 days": 1}
    assert data.by_month == {f"{OLD:%Y-%m}": {"Politics": 1}, f"{FRESH:%Y-%m}": {"Politics": 1}}
    dialog = desk.inbox.show_dashboard()
    qtbot.addWidget(dialog)
    assert f"{FRESH:%Y-%m}: 1" in dialog.months.accessibleDescription()
    image = dialog.months.grab().toImage()
    row = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 2)}
    assert QColor(PALETTE[0]).rgb() in row  # the bars are drawn
