"""Pick an article by searching for it (to link a request by hand)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.article import ArticleSummary
from deskeditor.ui.labels import status_label


class ArticlePickerDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, search: Callable[[str], list[ArticleSummary]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to article"))
        self.resize(560, 420)
        self._search = search
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search headline, body, byline…"))
        self.results = QListWidget()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.query.textChanged.connect(self.refresh)
        self.results.itemActivated.connect(lambda _: self.accept())

    def refresh(self) -> None:
        self.results.clear()
        for summary in self._search(self.query.text()) if self.query.text().strip() else []:
            item = QListWidgetItem(
                f"{summary.headline} — {summary.section or ''} ({status_label(summary.status)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, search: Callable[[str], list[ArticleSummary]]
    ) -> int | None:
        dialog = cls(parent, search)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
