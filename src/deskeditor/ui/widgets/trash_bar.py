"""The bar over a trashed article: it is read-only, and here is how to bring it back
(or delete it for good, which asks first)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TRASH_STYLE = (
    "QFrame#trashBar { background: #fdecea; border: 1px solid #e9b4ae; border-radius: 3px; }"
    " QFrame#trashBar QLabel { color: #611a15; }"
)


class TrashBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBar")
        self.setStyleSheet(TRASH_STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Bring the article back to the desk to edit it"))
        self.purge_button = QPushButton(self.tr("Delete forever…"))
        self.purge_button.setToolTip(
            self.tr("Delete the article with its revisions and notices; this cannot be undone")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.purge_button)
        self.hide()

    def show_for(self, deleted_at: datetime | None) -> None:
        """Show the bar for an article in the trash since ``deleted_at``; hide it for None."""
        if deleted_at is None:
            self.hide()
            return
        when = deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.message.setText(
            self.tr(
                "In the trash since {0}: read-only. Restore it to edit, publish or copy it."
            ).format(when)
        )
        self.show()
