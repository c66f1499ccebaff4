"""The inbox reading an IMAP account while the window runs: set up in its dialog,
new mail pushed by IDLE into the list, and one line when the server is away."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.mail_account import MailAccount
from deskeditor.services import credentials
from deskeditor.settings import (
    IMAP_ACCOUNT,
    OAUTH_AUTH_URL,
    OAUTH_CLIENT_ID,
    OAUTH_CLIENT_SECRET,
    OAUTH_PROVIDER,
    OAUTH_SCOPE,
    OAUTH_SETTINGS,
    OAUTH_TOKEN_URL,
)
from deskeditor.ui.dialogs.mail_account_dialog import AccountChoice, MailAccountDialog
from deskeditor.ui.mail_controller import MailController
from tests.mailserver import PASSWORD, USER, Dovecot, MemoryKeyring, imap
from tests.oauthserver import CLIENT_ID, SCOPE, Browser, Provider
from tests.services.test_imap_intake import message
from tests.ui.conftest import intake

pytestmark = imap


def mail(desk: DeskeditorApp) -> MailController:
    assert intake(desk).mail is not None
    return intake(desk).mail


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


def provider_fields(provider: Provider) -> dict[str, str]:
    """The test provider as the account dialog's OAuth fields give it."""
    return {
        OAUTH_PROVIDER.key: "custom",
        OAUTH_CLIENT_ID.key: CLIENT_ID,
        OAUTH_CLIENT_SECRET.key: "",
        OAUTH_AUTH_URL.key: provider.auth_url,
        OAUTH_TOKEN_URL.key: provider.token_url,
        OAUTH_SCOPE.key: SCOPE,
    }


def test_an_oauth_account_signs_in_in_the_browser_and_reads_mail_over_xoauth2(
    desk: DeskeditorApp,
    qtbot: QtBot,
    oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(oauth_dovecot.cafile))
    oauth_dovecot.deliver(message(1))
    account = MailAccount(USER, "127.0.0.1", oauth_dovecot.port, "INBOX", tls=False, oauth=True)
    choice = AccountChoice(account, "", "leave", provider_fields(oauth_provider))
    monkeypatch.setattr(MailAccountDialog, "ask", classmethod(lambda cls, *a: choice))
    browser = Browser()
    mail(desk).sign_in.browser = browser  # the system browser, as far as a sign-in goes
    panel = desk.window.inbox_panel
    panel.account_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=30_000)
    assert browser.answers[0][0] == 200
    assert mail(desk).sign_in.prompt is None  # the "finish in your browser" window is gone
    assert (credentials.OAUTH_SERVICE, account.url) in memory_keyring.kept
    assert "method=XOAUTH2" in oauth_dovecot.log()
    oauth_dovecot.deliver(message(2))  # pushed by IDLE on the XOAUTH2 session
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=30_000)
    mail(desk).close()


def test_a_revoked_oauth_sign_in_is_one_line_saying_to_sign_in_again(
    desk: DeskeditorApp,
    qtbot: QtBot,
    oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(oauth_dovecot.cafile))
    account = MailAccount(USER, "127.0.0.1", oauth_dovecot.port, "INBOX", tls=False, oauth=True)
    for setting in OAUTH_SETTINGS:
        desk.settings.set(setting, provider_fields(oauth_provider)[setting.key])
    desk.settings.set(IMAP_ACCOUNT, account.url)
    stale = {"access_token": "old", "refresh_token": "withdrawn", "expires_at": 0}
    credentials.keep_secret(account.url, json.dumps(stale), credentials.OAUTH_SERVICE)
    oauth_dovecot.deliver(message(3))
    panel = desk.window.inbox_panel
    rows = panel.model.rowCount()
    mail(desk).start()
    qtbot.waitUntil(lambda: "no longer valid" in panel.mail_status.text(), timeout=30_000)
    assert "Sign in button" in panel.mail_status.text()
    assert "\n" not in panel.mail_status.text()
    assert panel.model.rowCount() == rows
    mail(desk).close()


def test_the_account_dialog_offers_the_oauth_sign_in_with_the_presets(qtbot: QtBot) -> None:
    current = MailAccount.parse("imaps://desk;AUTH=XOAUTH2@imap.gmail.com/INBOX")
    dialog = MailAccountDialog(None, current, "leave", "", {OAUTH_CLIENT_ID.key: "app-1"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login.currentData() is True
    assert not dialog.password.isVisible() and dialog.oauth.provider.isVisible()
    assert dialog._ok.text() == "Si&gn in…"
    dialog.oauth.provider.setCurrentIndex(dialog.oauth.provider.findData("microsoft"))
    scope = dialog.oauth.fields[OAUTH_SCOPE.key]
    assert "IMAP.AccessAsUser.All" in scope.placeholderText()  # the preset, shown
    choice = dialog.choice()
    assert choice is not None and choice.account.oauth and choice.password == ""
    assert choice.oauth[OAUTH_PROVIDER.key] == "microsoft"
    assert choice.oauth[OAUTH_CLIENT_ID.key] == "app-1"
    dialog.login.setCurrentIndex(0)  # back to a password login
    assert dialog.password.isVisible() and not dialog.oauth.provider.isVisible()
    password_choice = dialog.choice()
    assert password_choice is not None and not password_choice.account.oauth


def test_cancelling_the_sign_in_prompt_says_so_and_keeps_the_account(
    desk: DeskeditorApp,
    qtbot: QtBot,
    oauth_provider: Provider,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = MailAccount(USER, "127.0.0.1", 1143, "INBOX", tls=False, oauth=True)
    choice = AccountChoice(account, "", "leave", provider_fields(oauth_provider))
    monkeypatch.setattr(MailAccountDialog, "ask", classmethod(lambda cls, *a: choice))
    opened: list[str] = []
    mail(desk).sign_in.browser = opened.append  # a browser the user walks away from
    panel = desk.window.inbox_panel
    panel.account_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    prompt = mail(desk).sign_in.prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.address.text() == opened[0]  # the address to paste, shown
    prompt.reject()  # Cancel
    assert panel.mail_status.text() == "Not signed in: the sign-in was cancelled"
    qtbot.waitUntil(lambda: not mail(desk).sign_in.running, timeout=10_000)
    assert desk.settings.get(IMAP_ACCOUNT) == ""  # not switched to an account not signed in
    assert memory_keyring.kept == {}
