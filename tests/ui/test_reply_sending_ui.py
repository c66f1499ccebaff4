"""A reviewed reply sent from the request pane by SMTP (aiosmtpd on 127.0.0.1):
marked replied only once the server took it; a refusal marks nothing."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.services import credentials
from deskeditor.settings import CORRECTIONS_EMAIL, SMTP_ACCOUNT
from deskeditor.ui.dialogs import messages
from tests.mailserver import Sink
from tests.ui.conftest import intake
from tests.ui.test_inbox_ui import import_request


def reviewed_reply(qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, port: int) -> int:
    desk.settings.set(CORRECTIONS_EMAIL, "corrections@ledger.example")
    desk.settings.set(SMTP_ACCOUNT, f"smtp://desk@127.0.0.1:{port}")
    desk._apply_author()
    request_id = import_request(qtbot, desk, tmp_path)
    intake(desk).inbox.open_request(request_id)
    desk.window.inbox_panel.request.reply_button.click()
    return request_id


def test_send_marks_replied_only_once_the_server_took_it(
    qtbot: QtBot,
    desk: DeskeditorApp,
    tmp_path: Path,
    smtp: tuple[Sink, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sink, port = smtp
    monkeypatch.setenv(credentials.PASSWORD_ENV, "pw")
    request_id = reviewed_reply(qtbot, desk, tmp_path, port)
    reply = desk.window.inbox_panel.request.reply
    assert reply.send_button.isEnabled()

    sink.refuse.add("renee@example.net")
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    reply.send_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "refused renee@example.net" in warned[0]
    assert intake(desk).triage.detail(request_id).status.value == "new"
    assert reply.send_button.isEnabled()  # try again

    sink.refuse.clear()
    reply.send_button.click()
    qtbot.waitUntil(lambda: bool(sink.received), timeout=30_000)
    arrived = email.message_from_bytes(
        bytes(sink.received[0].original_content or b""), policy=policy.default
    )
    assert arrived["In-Reply-To"] == "<vote-1@example.net>"
    assert arrived["To"] == "renee@example.net"
    qtbot.waitUntil(lambda: reply.state.text().startswith("Sent to"), timeout=10_000)
    assert not reply.send_button.isEnabled()
    history = [e.action for e in intake(desk).triage.detail(request_id).history]
    assert history.count("reply not sent") == 1 and history.count("reply sent") == 1
