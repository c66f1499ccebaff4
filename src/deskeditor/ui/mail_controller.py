"""The corrections inbox's IMAP account in the window: set it up, read it on start,
on demand (Fetch mail) and as mail arrives (IDLE on a thread of its own), and say
in one line where mail comes from, or why none does (offline, refused login).

The password comes from the OS keyring; with none, it is asked for once per
session and kept only in memory. An OAuth account (XOAUTH2) signs in in the
system browser (OK in the account dialog is "Sign in…"); its token goes to the
keyring, or lasts the session when there is none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QMainWindow

from deskeditor.domain.mail_account import AccountError, MailAccount
from deskeditor.domain.oauth_provider import OAuthProvider, ProviderError
from deskeditor.services import credentials
from deskeditor.services.articles import ArticleService
from deskeditor.services.inbox import InboxService
from deskeditor.settings import (
    IMAP_ACCOUNT,
    IMAP_AFTER_IMPORT,
    OAUTH_SETTINGS,
    Settings,
    oauth_provider,
)
from deskeditor.storage.unit_of_work import UnitOfWork
from deskeditor.ui.dialogs.mail_account_dialog import (
    AccountChoice,
    MailAccountDialog,
    PasswordDialog,
)
from deskeditor.ui.mail_watcher import MailWatcher
from deskeditor.ui.oauth_sign_in import OAuthSignIn
from deskeditor.ui.widgets.inbox_panel import InboxPanel
from deskeditor.ui.worker import Worker

if TYPE_CHECKING:  # imported when an account is read: IMAP, TLS and OAuth cost ~8 MB
    from deskeditor.services.imap_intake import FetchReport, ImapIntake
    from deskeditor.services.oauth import AccessTokens

log = logging.getLogger(__name__)


class MailController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        panel: InboxPanel,
        unit_of_work: Callable[[], UnitOfWork],
        articles: ArticleService,
        worker: Worker,
        settings: Settings,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self._uow = unit_of_work
        self._articles = articles
        self._worker = worker
        self._settings = settings
        self._refresh = refresh
        self._session_password: str | None = None  # only when there is no keyring
        self._tokens: AccessTokens | None = None  # the OAuth account's, this session
        self.sign_in = OAuthSignIn(window)
        self.sign_in.signed_in.connect(self._signed_in)
        self.sign_in.failed.connect(self._sign_in_failed)
        self.watcher = MailWatcher(self)
        self.watcher.reported.connect(self.show_report)
        panel.account_button.clicked.connect(self.choose_account)
        panel.fetch_button.clicked.connect(self.fetch_now)

    def account(self) -> MailAccount | None:
        url = self._settings.get(IMAP_ACCOUNT)
        try:
            return MailAccount.parse(url) if url else None
        except AccountError as error:
            self._say(self.tr("Mail account not usable: {0}").format(error))
            return None

    def start(self) -> None:
        """Read the account now and whenever mail arrives (no account: nothing to do)."""
        account = self.account()
        self.panel.fetch_button.setEnabled(account is not None)
        if account is None:
            return
        intake = self._intake(account)
        if intake is None:
            return
        self._say(self.tr("Reading {0}…").format(account.url))
        self.watcher.start(intake)

    def fetch_now(self) -> None:
        account = self.account()
        intake = self._intake(account) if account else None
        if intake is None:
            return
        self._say(self.tr("Fetching mail from {0}…").format(intake.account.url))
        self._worker.submit(intake.fetch, self.show_report, self._failed)

    def choose_account(self) -> None:
        note = credentials.keyring_problem() or ""
        current, after = self.account(), self._settings.get(IMAP_AFTER_IMPORT)
        oauth = {s.key: str(self._settings.get(s)) for s in OAUTH_SETTINGS}
        choice = MailAccountDialog.ask(self.window, current, after, note, oauth)
        if choice is None:
            return
        if choice.account.oauth:
            self._begin_sign_in(choice)
            return
        self._settings.set(IMAP_ACCOUNT, choice.account.url)
        self._settings.set(IMAP_AFTER_IMPORT, choice.after_import)
        if choice.password:
            try:
                credentials.keep_secret(choice.account.url, choice.password)
                self._session_password = None
            except credentials.KeyringUnavailableError:
                self._session_password = choice.password  # for this session only
        self.start()

    def _begin_sign_in(self, choice: AccountChoice) -> None:
        """Keep the provider's configuration and sign in; the account is switched to
        only once signed in."""
        for setting in OAUTH_SETTINGS:
            self._settings.set(setting, choice.oauth.get(setting.key, ""))
        self._settings.set(IMAP_AFTER_IMPORT, choice.after_import)
        try:
            provider = oauth_provider(self._settings, choice.account.host)
        except ProviderError as error:
            self._say(self.tr("Not signed in: {0}").format(error))
            return
        self._say(self.tr("Signing in to {0} in the browser…").format(provider.label))
        self.sign_in.start(provider, choice.account)

    def _signed_in(self, provider: OAuthProvider, account: MailAccount, token: object) -> None:
        from deskeditor.services.oauth import AccessTokens

        assert isinstance(token, dict)
        self._tokens = AccessTokens(provider, account)
        problem = self._tokens.keep(token)
        if problem:  # the sign-in lasts this session
            self.window.statusBar().showMessage(problem, 10000)
        self._settings.set(IMAP_ACCOUNT, account.url)
        self.start()

    def _sign_in_failed(self, message: str) -> None:
        self._say(self.tr("Not signed in: {0}").format(message))

    def show_report(self, report: FetchReport) -> None:
        """One line under the inbox; the list refreshed when mail came in."""
        now = QTime.currentTime().toString("HH:mm")
        if report.error:
            prefix = self.tr("Offline") if report.offline else self.tr("Mail not read")
            self._say(
                self.tr("{0} ({1}): {2}. The inbox works on what it has.").format(
                    prefix, now, report.error
                )
            )
        else:
            self._say(self.tr("Mail from {0}, checked {1}").format(report.account, now))
        if report.outcomes:
            self._refresh()
            if report.new:
                self.window.statusBar().showMessage(
                    self.tr("%n new message(s) in the inbox", "", report.new), 6000
                )

    def close(self) -> None:
        self.sign_in.cancel()
        self.watcher.stop()

    def _say(self, text: str) -> None:
        self.panel.mail_status.setText(text)
        self.panel.mail_status.setToolTip(text)

    def _intake(self, account: MailAccount) -> ImapIntake | None:
        inbox = InboxService(self._uow, self._articles)  # the watcher's own: never shared
        after = self._settings.get(IMAP_AFTER_IMPORT)
        if account.oauth:
            from deskeditor.services.imap_intake import ImapIntake

            tokens = self._access_tokens(account)
            return ImapIntake(self._uow, inbox, account, tokens, after) if tokens else None
        secret = credentials.secret(account.url) or self._session_password
        if secret is None:
            secret = PasswordDialog.ask(self.window, account)
            if secret is None:
                self._say(self.tr("Mail not read: no password for {0}").format(account.url))
                return None
            self._session_password = secret
        from deskeditor.services.imap_intake import ImapIntake

        return ImapIntake(self._uow, inbox, account, lambda _: secret, after)

    def _access_tokens(self, account: MailAccount) -> AccessTokens | None:
        """The OAuth account's token source: this session's sign-in, else the keyring's
        (a missing or revoked sign-in is said by the fetch, in one line)."""
        from deskeditor.services.oauth import AccessTokens

        if self._tokens is None or self._tokens.account_url != account.url:
            try:
                provider = oauth_provider(self._settings, account.host)
            except ProviderError as error:
                self._say(self.tr("Mail not read: {0}").format(error))
                return None
            self._tokens = AccessTokens(provider, account)
        return self._tokens

    def _failed(self, error: Exception) -> None:
        log.warning("fetching mail failed", exc_info=error)
        self._say(self.tr("Mail not read: {0}").format(error))
