"""Changing a published article's slug: its address, which readers and other sites
may already link to. A deliberate act, kept in the article's history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.text import SLUG_MAX_LENGTH, slug_problem


class SlugDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the address of a published article"))
        self._current = current
        warning = QLabel(
            self.tr(
                "This article has been published as “{0}”. Links to that address, from readers "
                "and other sites, will no longer reach it. The change is kept in the article's "
                "history."
            ).format(current)
        )
        warning.setWordWrap(True)
        self.slug = QLineEdit(current)
        self.slug.setAccessibleName(self.tr("New slug"))
        self.slug.selectAll()
        label = QLabel(self.tr("New &slug"))
        label.setBuddy(self.slug)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c53030;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button: QPushButton = buttons.addButton(
            self.tr("&Change the address"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (warning, label, self.slug, self.problem, buttons):
            layout.addWidget(widget)
        self.slug.textChanged.connect(self._vet)
        self._vet()

    def _vet(self) -> None:
        text = self.slug.text().strip()
        problem = slug_problem(text) if text != self._current else None
        self.problem.setText(self._explained(text) if problem else "")
        self.change_button.setEnabled(text != self._current and problem is None)

    def _explained(self, slug: str) -> str:
        """domain.text.slug_problem's reasons, in the window's language."""
        if len(slug) > SLUG_MAX_LENGTH:
            return self.tr("a slug has at most {0} characters").format(SLUG_MAX_LENGTH)
        return self.tr("a slug is lower-case letters and digits joined by single hyphens")

    @classmethod
    def ask(cls, parent: QWidget | None, current: str) -> str | None:
        """The new slug, or None to keep the address."""
        dialog = cls(parent, current)
        return dialog.slug.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
