"""The bar over an article someone else changed while it is open: their change
waits here instead of replacing the text being typed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

CHANGED_STYLE = (
    "QFrame#changedBar { background: #eef4fb; border: 1px solid #b3cde8; border-radius: 3px; }"
    " QFrame#changedBar QLabel { color: #173a5e; }"
)


class ChangedBar(QFrame):
    show_requested = Signal()  # show their version (after saving what is typed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBar")
        self.setStyleSheet(CHANGED_STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show their version"))
        self.show_button.setToolTip(
            self.tr("Save what you typed, then show the article as the desk has it now")
        )
        self.show_button.clicked.connect(self.show_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.show_button)
        self.hide()

    def show_change(self, name: str) -> None:
        when = datetime.now().strftime("%H:%M")
        who = name or self.tr("someone else")
        self.message.setText(
            self.tr("Changed by {0} at {1}. What you type stays yours.").format(who, when)
        )
        self.show()
