"""Writing a query (or a reply to one): what the desk asks the reporter about a
span of the copy, shown with the text it is about."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

QUOTED_SHOWN = 300


class QueryDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, about: str, action: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 260)
        shown = about if len(about) <= QUOTED_SHOWN else about[:QUOTED_SHOWN] + "…"
        quoted = QLabel(self.tr("About: “{0}”").format(shown))
        quoted.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("queryText")
        self.text.setAccessibleName(title)
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = buttons.addButton(
            action, QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.ok_button.setEnabled(False)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)  # Return is a new line here
        send.activated.connect(self._send)
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        self.text.setFocus()

    def _send(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, about: str, action: str) -> str | None:
        """What was written, or None when the user cancelled."""
        dialog = cls(parent, title, about, action)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip() or None
