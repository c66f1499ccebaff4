"""The inbox reading an IMAP account while the window runs: set up in its dialog,
new mail pushed by IDLE into the list, and one line when the server is away."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.mail_account import MailAccount
from deskeditor.services import credentials
from deskeditor.ui.dialogs.mail_account_dialog import AccountChoice, MailAccountDialog
from deskeditor.ui.mail_controller import MailController
from tests.mailserver import PASSWORD, USER, Dovecot, MemoryKeyring, imap
from tests.services.test_imap_intake import message

pytestmark = imap


def mail(desk: DeskeditorApp) -> MailController:
    assert desk.mail is not None
    return desk.mail


def choose(monkeypatch: pytest.MonkeyPatch, account: MailAccount, password: str) -> None:
    choice = AccountChoice(account, password, "leave")
    monkeypatch.setattr(MailAccountDialog, "ask", classmethod(lambda cls, *a: choice))


def test_an_account_set_in_the_window_brings_mail_as_it_arrives(
    desk: DeskeditorApp,
    qtbot: QtBot,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cafile))  # STARTTLS, the test's certificate
    dovecot.deliver(message(1))
    account = MailAccount(USER, "127.0.0.1", dovecot.port, "INBOX", tls=False)
    choose(monkeypatch, account, PASSWORD)
    panel = desk.window.inbox_panel
    panel.account_button.click()
    assert memory_keyring.kept[(credentials.SERVICE, account.url)] == PASSWORD
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=30_000)
    assert panel.mail_status.text().startswith(f"Mail from {account.url}, checked")
    assert panel.fetch_button.isEnabled()
    dovecot.deliver(message(2))  # pushed by IDLE about half a second later
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=30_000)
    mail(desk).close()
    assert not mail(desk).watcher.running


def test_offline_is_one_line_and_the_inbox_keeps_working(
    desk: DeskeditorApp,
    qtbot: QtBot,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dovecot.stop()
    account = MailAccount(USER, "127.0.0.1", dovecot.port, "INBOX", tls=False)
    choose(monkeypatch, account, PASSWORD)
    panel = desk.window.inbox_panel
    rows = panel.model.rowCount()
    panel.account_button.click()
    qtbot.waitUntil(lambda: panel.mail_status.text().startswith("Offline"), timeout=30_000)
    assert "cannot reach 127.0.0.1" in panel.mail_status.text()
    assert "The inbox works on what it has" in panel.mail_status.text()
    assert "\n" not in panel.mail_status.text()
    assert panel.model.rowCount() == rows
    panel.fetch_button.click()  # on demand: the same answer, no dialog
    qtbot.waitUntil(lambda: "cannot reach" in panel.mail_status.text(), timeout=30_000)
    mail(desk).close()
