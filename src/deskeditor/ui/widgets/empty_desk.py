"""What a newcomer sees on an empty desk: what to do next, with the actions to do
it (Import copy…, New article, Open the demo desk), in the empty list and in the
editor with nothing open. The buttons are the window's own actions, so their
shortcuts, enabled state and wording are the File and Help menus'."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class EmptyDeskPage(QWidget):
    def __init__(self, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyDesk")
        self.heading = QLabel(f"<h2>{heading}</h2>")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        # Room for every line the wrapped text takes (a longer translation takes more).
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def set_actions(self, actions: list[QAction]) -> None:
        """One button for each action, in order (its text without the menu's mnemonic)."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(32)
            self.buttons.insertWidget(self.buttons.count() - 1, button)

    def set_message(self, heading: str, text: str) -> None:
        self.heading.setText(f"<h2>{heading}</h2>")
        self.text.setText(text)


def demo_desk_command() -> list[str]:
    """The command that opens Deskeditor on a throwaway demo desk (frozen or not)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--demo"]
    return [sys.executable, "-m", "deskeditor", "--demo"]


def start_demo_desk() -> bool:
    """A second window on the demo desk, leaving this desk as it is; True when started."""
    try:
        subprocess.Popen(demo_desk_command(), start_new_session=True)
    except OSError:
        return False
    return True
