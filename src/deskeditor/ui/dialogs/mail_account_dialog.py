"""The corrections inbox's IMAP account: where the mail is, how to log in, and
what becomes of a message once it is in the inbox (left alone unless chosen)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject
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
from deskeditor.domain.oauth_provider import CUSTOM, PRESETS, PROVIDER_NAMES
from deskeditor.services.mail_out import SmtpAccount
from deskeditor.settings import (
    OAUTH_AUTH_URL,
    OAUTH_CLIENT_ID,
    OAUTH_CLIENT_SECRET,
    OAUTH_PROVIDER,
    OAUTH_SCOPE,
    OAUTH_SETTINGS,
    OAUTH_TOKEN_URL,
)


@dataclass(frozen=True)
class AccountChoice:
    account: MailAccount
    password: str  # "" keeps the one kept before
    after_import: str  # leave, delete or move:FOLDER
    oauth: dict[str, str] = field(default_factory=dict)  # OAUTH_SETTINGS' values, by key


class MailAccountDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        current: MailAccount | None,
        after: str,
        keyring_note: str,
        oauth: dict[str, str] | None = None,
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
        self.login = QComboBox()
        self.login.addItem(self.tr("Password"), False)
        self.login.addItem(self.tr("Sign in with the provider (OAuth 2)"), True)
        self.login.setCurrentIndex(1 if current is not None and current.oauth else 0)
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
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.oauth = OAuthFields(oauth or {}, form)
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
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._form = form
        self.security.currentIndexChanged.connect(self._default_port)
        self.login.currentIndexChanged.connect(self._show_login)
        self.setMinimumWidth(520)
        self._show_login()

    def _show_login(self) -> None:
        """OAuth: the provider's fields instead of the password, and OK signs in."""
        oauth = bool(self.login.currentData())
        self._form.setRowVisible(self.password, not oauth)
        self.oauth.set_visible(oauth)
        self._ok.setText(self.tr("Si&gn in…") if oauth else self.tr("OK"))

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
            bool(self.login.currentData()),
        )
        if account.oauth:
            return AccountChoice(account, "", str(self.after.currentData()), self.oauth.values())
        return AccountChoice(account, self.password.text(), str(self.after.currentData()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current: MailAccount | None,
        after: str,
        keyring_note: str,
        oauth: dict[str, str] | None = None,
    ) -> AccountChoice | None:
        dialog = cls(parent, current, after, keyring_note, oauth)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


class OAuthFields(QObject):
    """The provider an OAuth account signs in with: a preset (its endpoints shown as
    placeholders) or custom endpoints, and the desk's registered client. Rows of the
    account dialog's form, shown only for an OAuth login."""

    def __init__(self, values: dict[str, str], form: QFormLayout) -> None:
        super().__init__(form)
        self._form = form
        self.provider = QComboBox()
        self.provider.addItem(self.tr("By the server (Google, Microsoft)"), "")
        for name in PROVIDER_NAMES:
            label = self.tr("Custom") if name == CUSTOM else name.capitalize()
            self.provider.addItem(label, name)
        self.provider.setCurrentIndex(
            max(0, self.provider.findData(values.get(OAUTH_PROVIDER.key, "")))
        )
        self.fields = {
            setting.key: QLineEdit(values.get(setting.key, ""))
            for setting in OAUTH_SETTINGS
            if setting is not OAUTH_PROVIDER
        }
        self.fields[OAUTH_CLIENT_SECRET.key].setPlaceholderText(
            self.tr("only if the provider gave the app one")
        )
        form.addRow(self.tr("P&rovider:"), self.provider)
        labels = {
            OAUTH_CLIENT_ID.key: self.tr("Client I&D:"),
            OAUTH_CLIENT_SECRET.key: self.tr("Client secre&t:"),
            OAUTH_AUTH_URL.key: self.tr("&Authorization URL:"),
            OAUTH_TOKEN_URL.key: self.tr("To&ken URL:"),
            OAUTH_SCOPE.key: self.tr("S&cope:"),
        }
        for key, line in self.fields.items():
            form.addRow(labels[key], line)
        self.provider.currentIndexChanged.connect(self._placeholders)
        self._placeholders()

    def set_visible(self, visible: bool) -> None:
        for widget in (self.provider, *self.fields.values()):
            self._form.setRowVisible(widget, visible)

    def _placeholders(self) -> None:
        preset = PRESETS.get(str(self.provider.currentData()))
        for setting, value in (
            (OAUTH_AUTH_URL, preset.auth_url if preset else ""),
            (OAUTH_TOKEN_URL, preset.token_url if preset else ""),
            (OAUTH_SCOPE, preset.scope if preset else ""),
        ):
            self.fields[setting.key].setPlaceholderText(value)

    def values(self) -> dict[str, str]:
        chosen = {key: line.text().strip() for key, line in self.fields.items()}
        return {OAUTH_PROVIDER.key: str(self.provider.currentData()), **chosen}


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
