"""The desk's password, asked when the keyring has none (or there is no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class DeskPasswordDialog(QInputDialog):
    def __init__(self, parent: QWidget | None, login: str, host: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk password"))
        text = self.tr("The password of {0} on the desk at {1}:").format(login, host)
        self.setLabelText(f"{text}\n{note}" if note else text)
        self.setTextEchoMode(QLineEdit.EchoMode.Password)

    @classmethod
    def ask(cls, parent: QWidget | None, login: str, host: str, note: str) -> str | None:
        dialog = cls(parent, login, host, note)
        if not dialog.exec():
            return None
        return dialog.textValue() or None
