"""The corrections inbox's IMAP account: where the mail is, how to log in, and
what becomes of a message once it is in the inbox (left alone unless chosen)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from deskeditor.domain.mail_account import MailAccount
from deskeditor.services.mail_out import SmtpAccount


@dataclass(frozen=True)
class AccountChoice:
    account: MailAccount
    password: str  # "" keeps the one kept before
    after_import: str  # leave, delete or move:FOLDER


class MailAccountDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, current: MailAccount | None, after: str, keyring_note: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail account"))
        self.host = QLineEdit(current.host if current else "")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else 993)
        self.security = QComboBox()
        self.security.addItem(self.tr("TLS (imaps, usually port 993)"), True)
        self.security.addItem(self.tr("STARTTLS (imap, usually port 143)"), False)
        self.security.setCurrentIndex(0 if current is None or current.tls else 1)
        self.user = QLineEdit(current.user if current else "")
        self.folder = QLineEdit(current.folder if current else "INBOX")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("unchanged") if current else self.tr("kept in the system keyring")
        )
        self.after = QComboBox()
        self.after.addItem(self.tr("Leave it on the server"), "leave")
        self.after.addItem(self.tr("Move it to the folder Archive"), "move:Archive")
        self.after.addItem(self.tr("Delete it from the server"), "delete")
        self.after.setCurrentIndex(max(0, self.after.findData(after)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("S&ecurity:"), self.security)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Folder:"), self.folder)
        form.addRow(self.tr("Once &imported:"), self.after)
        if keyring_note:
            note = QLabel(keyring_note)
            note.setWordWrap(True)
            form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.security.currentIndexChanged.connect(self._default_port)

    def _default_port(self) -> None:
        if self.port.value() in (143, 993):
            self.port.setValue(993 if self.security.currentData() else 143)

    def choice(self) -> AccountChoice | None:
        if not self.host.text().strip() or not self.user.text().strip():
            return None
        account = MailAccount(
            self.user.text().strip(),
            self.host.text().strip(),
            self.port.value(),
            self.folder.text().strip() or "INBOX",
            bool(self.security.currentData()),
        )
        return AccountChoice(account, self.password.text(), str(self.after.currentData()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, current: MailAccount | None, after: str, keyring_note: str
    ) -> AccountChoice | None:
        dialog = cls(parent, current, after, keyring_note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


class PasswordDialog:
    """With no keyring the password is asked for once per session, never stored."""

    @classmethod
    def ask(cls, parent: QWidget | None, account: MailAccount | SmtpAccount) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("PasswordDialog", "Mail password"),
            QCoreApplication.translate(
                "PasswordDialog", "Password for {0} at {1} (not kept: there is no keyring):"
            ).format(account.user, account.host),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None
