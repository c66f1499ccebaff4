"""The corrections inbox in the window: a request opens in the inbox pane beside its
article, everything typed there is kept however it is left, and a reply is
reviewed before it is saved."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.corrections import NoticeKind, NoticePosition, RequestStatus
from deskeditor.settings import CORRECTIONS_EMAIL, PUBLICATION_NAME, REPLY_SIGNATURE
from deskeditor.ui.dialogs.article_picker_dialog import ArticlePickerDialog
from deskeditor.ui.dialogs.notice_dialog import NoticeChoice, NoticeDialog
from deskeditor.ui.widgets.bar_chart import PALETTE
from tests.ui.conftest import intake

REQUEST = (
    b"From: Renee Lefevre <renee@example.net>\nTo: corrections@ledger.example\n"
    b"Subject: Council story - wrong vote count\nMessage-ID: <vote-1@example.net>\n"
    b"Date: Mon, 23 Nov 2026 09:00:00 +0000\n\n"
    b'You wrote "The vote was 4-3." but it was 5-2, the minutes say.\n'
)


def import_request(qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, raw: bytes = REQUEST) -> int:
    (tmp_path / "vote.eml").write_bytes(raw)
    panel = desk.window.inbox_panel
    intake(desk).inbox.import_paths([tmp_path / "vote.eml"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=8000)
    return int(panel.model.index(0, 0).data(panel.model.RequestIdRole))


def stored_request(desk: DeskeditorApp, request_id: int) -> tuple[str, str]:
    detail = intake(desk).triage.detail(request_id)
    return detail.assignee, detail.notes


def wait_idle(qtbot: QtBot, desk: DeskeditorApp) -> None:
    qtbot.waitUntil(lambda: not desk.worker.busy, timeout=5000)


def test_a_request_opens_beside_its_article_and_goes_to_a_notice_and_a_reviewed_reply(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.settings.set(CORRECTIONS_EMAIL, "corrections@ledger.example")
    desk.settings.set(PUBLICATION_NAME, "The Ledger")
    desk.settings.set(REPLY_SIGNATURE, "Ruth Abernathy, standards editor")
    desk._apply_author()
    desk.window.window_actions.new.trigger()  # another article is open
    request_id = import_request(qtbot, desk, tmp_path)
    panel = desk.window.inbox_panel
    assert panel.model.index(0, 4).data() == "Council splits on Market Street"

    intake(desk).inbox.open_request(request_id)
    pane = panel.request
    assert panel.pages.currentWidget() is pane  # in the inbox pane, not a window over it
    assert desk.editor.fields["headline"].text() == "Council splits on Market Street"
    assert desk.editor.isEnabled() and not desk.editor.read_only  # workable beside it
    assert "5-2" in pane.message.toPlainText()
    assert "The vote was 4-3." in pane.article.toHtml() and "fff3a3" in pane.article.toHtml()
    pane.status_chosen.emit(RequestStatus.APPROVED)
    assert panel.model.index(0, 0).data().startswith("Approved")

    def write(cls, parent, body, phrase):  # type: ignore[no-untyped-def]
        notice = "An earlier version of this article misstated the vote count. It was 5-2."
        return NoticeChoice(
            NoticeKind.CORRECTION, NoticePosition.BOTTOM, notice, body.replace("4-3", "5-2")
        )

    monkeypatch.setattr(NoticeDialog, "ask", classmethod(write))
    pane.notice_button.click()
    assert desk.editor.body.toPlainText() == "The vote was 5-2."
    qtbot.waitUntil(
        lambda: "Correction: An earlier version" in desk.preview.toPlainText(), timeout=4000
    )
    assert "Notice published" in panel.model.index(0, 0).data()

    outbox = Path(desk.checks_controller._data_dir) / "outbox"  # type: ignore[union-attr]
    pane.reply_button.click()  # the reply opens for review: nothing is sent or marked
    reply = pane.reply
    assert pane.tabs.currentWidget() is reply
    assert reply.from_label.text() == "The Ledger <corrections@ledger.example>"
    assert "It was 5-2." in reply.body.toPlainText()
    assert reply.body.toPlainText().rstrip().endswith("Ruth Abernathy, standards editor")
    assert not list(outbox.glob("*.eml"))
    assert "Notice published" in panel.model.index(0, 0).data()
    reply.body.moveCursor(reply.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(reply.body, "PS: thank you for reading closely.")
    reply.save_button.click()
    [saved] = list(outbox.glob("*.eml"))
    message = email.message_from_bytes(saved.read_bytes(), policy=policy.default)
    assert message["To"] == "renee@example.net"
    assert message.get_content().rstrip().endswith("PS: thank you for reading closely.")
    assert panel.model.index(0, 0).data().startswith("Reply saved")
    assert "Reply saved as" in desk.window.statusBar().currentMessage()
    assert "replied" not in desk.window.statusBar().currentMessage()


@pytest.mark.parametrize("leave", ["escape", "back", "notice", "close", "pause"])
def test_notes_and_assignee_are_kept_however_the_request_is_left(
    qtbot: QtBot,
    desk: DeskeditorApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    leave: str,
) -> None:
    request_id = import_request(qtbot, desk, tmp_path)
    intake(desk).inbox.open_request(request_id)
    pane = desk.window.inbox_panel.request
    qtbot.keyClicks(pane.assignee, "Ann")
    qtbot.keyClicks(pane.notes, "Minutes say 5-2; call the clerk.")
    if leave == "escape":
        qtbot.keyClick(pane.notes, Qt.Key.Key_Escape)
        assert desk.window.inbox_panel.pages.currentIndex() == 0
    elif leave == "back":
        pane.back_button.click()
    elif leave == "notice":
        monkeypatch.setattr(NoticeDialog, "ask", classmethod(lambda *a: None))
        pane.notice_button.click()
    elif leave == "close":
        assert desk.window.close()
    else:  # no leaving: it is saved within a second anyway
        qtbot.waitUntil(
            lambda: stored_request(desk, request_id)[1] != "" and not desk.worker.busy,
            timeout=5000,
        )
    wait_idle(qtbot, desk)
    assert stored_request(desk, request_id) == ("Ann", "Minutes say 5-2; call the clerk.")
    history = [h.action for h in intake(desk).triage.detail(request_id).history]
    assert history.count("notes") == 1 and history.count("assigned") == 1  # not one per pause


def test_an_unlinked_request_offers_candidates_and_links_in_one_click(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = (
        b"From: a@example.com\nSubject: something is off\nMessage-ID: <vague-1@example.com>\n\n"
        b"Your piece on the ferry repair got the days wrong.\n"
    )
    request_id = import_request(qtbot, desk, tmp_path, raw)
    panel = desk.window.inbox_panel
    assert panel.model.index(0, 4).data() == "(not linked)"
    intake(desk).inbox.open_request(request_id)
    pane = panel.request
    qtbot.waitUntil(lambda: bool(pane.candidate_ids), timeout=8000)
    ferry: Article = desk.articles.find("ferry-returns-after-repair")
    assert pane.candidate_ids[0] == ferry.id
    first, button = (pane.candidate_grid.itemAtPosition(1, c) for c in (0, 1))
    assert first is not None and button is not None
    label, link = first.widget(), button.widget()
    assert isinstance(label, QLabel) and isinstance(link, QPushButton)
    assert "ferry" in label.text().lower() and "words in common" in label.text()
    link.click()
    assert panel.model.index(0, 4).data() == "Ferry returns after repair"
    assert desk.editor.fields["headline"].text() == "Ferry returns after repair"
    assert not pane.candidate_box.isVisible()

    searched = []

    def pick(cls, parent, search):  # type: ignore[no-untyped-def]
        searched.extend(search("council"))
        return searched[0].id

    monkeypatch.setattr(ArticlePickerDialog, "ask", classmethod(pick))
    pane.link_button.click()
    assert panel.model.index(0, 4).data() == "Council splits on Market Street"


def test_age_counts_from_when_the_desk_received_the_message(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path
) -> None:
    old = REQUEST.replace(b"Mon, 23 Nov 2026", b"Tue, 14 Mar 2023")
    request_id = import_request(qtbot, desk, tmp_path, old)
    panel = desk.window.inbox_panel
    assert not panel.model.index(0, 0).data().endswith("⚑")  # old date, received today
    assert panel.model.index(0, 1).data().endswith("h")
    intake(desk).inbox.open_request(request_id)
    assert "written 2023-03-14" in panel.request.heading.text()

    arrived = datetime.now(UTC) - timedelta(days=40)  # in the desk's mailbox for 40 days
    intake(desk).service.import_message(
        REQUEST.replace(b"vote-1", b"vote-2").replace(b"renee@", b"other@"), "box", arrived
    )
    intake(desk).inbox.refresh()
    flagged = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert sum(text.endswith("⚑") for text in flagged) == 1


def test_dashboard_files_by_receipt_and_names_the_section(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path
) -> None:
    old = REQUEST.replace(b"Mon, 23 Nov 2026", b"Tue, 14 Mar 2023")
    import_request(qtbot, desk, tmp_path, old)
    data = intake(desk).inbox.ledger.dashboard()
    this_month = f"{datetime.now(UTC):%Y-%m}"
    assert data.by_month == {this_month: {"Politics": 1}}  # not 2023-03
    dialog = intake(desk).inbox.show_dashboard()
    qtbot.addWidget(dialog)
    assert "Politics" in dialog.months.accessibleDescription()  # a single section is named
    image = dialog.months.grab().toImage()
    row = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 2)}
    assert QColor(PALETTE[0]).rgb() in row  # the bars are drawn
    assert dialog.months.legend_shown


def test_inbox_columns_stay_readable_in_a_narrow_pane(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path
) -> None:
    import_request(qtbot, desk, tmp_path)
    panel = desk.window.inbox_panel
    desk.window.left_tabs.setCurrentWidget(panel)
    desk.window.splitter.setSizes([380, 600, 460])
    qtbot.waitUntil(lambda: panel.table.viewport().width() < 400, timeout=2000)
    panel.table.fit_columns()
    model, table = panel.model, panel.table
    subject = table.columnWidth(model.SUBJECT)
    text_width = table.fontMetrics().horizontalAdvance("Council story")
    assert subject >= text_width  # not collapsed to "…"
    assert table.columnWidth(model.SENDER) >= 60


def test_a_published_article_is_corrected_and_a_draft_is_not(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = import_request(qtbot, desk, tmp_path)
    intake(desk).inbox.open_request(request_id)

    def write(cls, parent, body, phrase):  # type: ignore[no-untyped-def]
        return NoticeChoice(
            NoticeKind.CORRECTION, NoticePosition.TOP, "An earlier version misstated x.", body
        )

    monkeypatch.setattr(NoticeDialog, "ask", classmethod(write))
    desk.window.inbox_panel.request.notice_button.click()
    assert (
        desk.editor.status.currentData() == ArticleStatus.DRAFT
    )  # never published: no "corrected"


def test_ctrl_1_and_ctrl_2_put_the_keyboard_in_the_list_they_show(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path
) -> None:
    """Ctrl+2 then Down and Enter opens a request; Ctrl+1 then Down the next article."""
    import_request(qtbot, desk, tmp_path)
    actions, panel = desk.window.window_actions, desk.window.inbox_panel
    desk.editor.body.setFocus()
    actions.show_inbox.trigger()
    assert QApplication.focusWidget() is panel.table
    assert panel.table.currentIndex().row() == 0  # Enter opens it at once
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.pages.currentWidget() is panel.request
    desk.editor.body.setFocus()
    actions.show_inbox.trigger()  # back in the open request
    focused = QApplication.focusWidget()
    assert focused is not None and panel.request.isAncestorOf(focused)
    actions.show_articles.trigger()
    assert QApplication.focusWidget() is desk.window.list_panel.table
    assert panel.pages.currentWidget() is panel.request  # the request stays open


def test_the_reply_under_review_fits_the_pane_on_a_laptop(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path
) -> None:
    """At 1280×720 the reply's buttons were cut off and the pane scrolled sideways."""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.test_layout import resize

    resize(qtbot, desk, 1280, 720)
    request_id = import_request(qtbot, desk, tmp_path)
    intake(desk).inbox.open_request(request_id)
    pane = desk.window.inbox_panel.request
    pane.reply_button.click()
    reply = pane.reply
    qtbot.waitUntil(lambda: reply.save_button.isVisible(), timeout=3000)
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    qtbot.wait(50)
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
    viewport = scroll.viewport()
    for button in (reply.mail_program_button, reply.save_button, reply.send_button):
        corner = button.mapTo(viewport, button.rect().bottomRight())
        assert corner.x() <= viewport.width(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
