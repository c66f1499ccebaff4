"""Sending a reviewed reply from the request pane: by SMTP on a worker (the
request is marked replied only once the server took it), or handed to the
user's mail program as a mailto: link (nothing is marked then)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from email.message import EmailMessage

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow

from deskeditor.domain.corrections import Reply
from deskeditor.services import credentials
from deskeditor.services.errors import ServiceError
from deskeditor.services.mail_out import MailSender, ReplySender, SmtpAccount, mailto_url
from deskeditor.services.replies import ReplyService
from deskeditor.settings import AUTHOR, SMTP_ACCOUNT, Settings
from deskeditor.storage.unit_of_work import UnitOfWork
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.mail_account_dialog import PasswordDialog
from deskeditor.ui.request_controller import RequestController
from deskeditor.ui.worker import Worker

log = logging.getLogger(__name__)


class ReplySending(QObject):
    def __init__(
        self,
        window: QMainWindow,
        request: RequestController,
        replies: ReplyService,
        unit_of_work: Callable[[], UnitOfWork],
        worker: Worker,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._request = request
        self._replies = replies
        self._uow = unit_of_work
        self._worker = worker
        self._settings = settings
        self._password: str | None = None  # only when there is no keyring
        editor = request.pane.reply
        editor.send_requested.connect(self.send)
        editor.mail_program_requested.connect(self.open_in_mail_program)

    def _reviewed(self) -> tuple[Reply, EmailMessage] | None:
        """The reply as typed, stored, and as the email it will be."""
        typed = self._request.pane.reply.typed()
        if typed is None:
            return None
        self._request.flush()
        try:
            stored = self._replies.update(typed)
            return stored, self._replies.message(stored)
        except ServiceError as error:
            messages.warn(self.window, self.tr("The reply was not sent"), str(error))
            return None

    def send(self) -> None:
        reviewed = self._reviewed()
        sender = self._sender() if reviewed else None
        if reviewed is None or sender is None:
            return
        reply, message = reviewed
        assert reply.id is not None
        editor = self._request.pane.reply
        editor.send_button.setEnabled(False)
        editor.state.setText(self.tr("Sending to {0}…").format(reply.recipient))
        outbox = ReplySender(self._uow, sender, self._settings.get(AUTHOR))

        def done(sent: EmailMessage) -> None:
            shown = [r for r in self._replies.replies(reply.request_id) if r.id == reply.id]
            editor.show_reply(shown[0] if shown else None)
            self.window.statusBar().showMessage(
                self.tr("Reply sent to {0}").format(sent["To"]), 10000
            )
            self._request.changed.emit()

        def failed(error: Exception) -> None:
            log.warning("the reply was not sent", exc_info=error)
            editor.show_reply(reply)
            messages.warn(self.window, self.tr("The reply was not sent"), str(error))
            self._request.changed.emit()

        self._worker.submit(
            lambda: outbox.send_reply(reply.request_id, message, reply.id), done, failed
        )

    def open_in_mail_program(self) -> None:
        reviewed = self._reviewed()
        if reviewed is None:
            return
        QDesktopServices.openUrl(QUrl(mailto_url(reviewed[1])))
        self.window.statusBar().showMessage(
            self.tr("Handed to your mail program: the request is marked when you save or send"),
            10000,
        )

    def _sender(self) -> MailSender | None:
        url = self._settings.get(SMTP_ACCOUNT)
        if not url:
            messages.warn(
                self.window,
                self.tr("No SMTP server"),
                self.tr("Set one with: deskeditor inbox smtp set smtps://user@host:465"),
            )
            return None
        account = SmtpAccount.parse(url)
        password = credentials.secret(account.url) or self._password
        if account.user and password is None:
            password = PasswordDialog.ask(self.window, account)
            if password is None:
                return None
            self._password = password
        return MailSender(account, lambda _: password)
