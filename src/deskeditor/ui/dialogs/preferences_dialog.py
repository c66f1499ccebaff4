"""Preferences: body font, copy-fit budgets and the name kept with revisions."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from deskeditor.settings import (
    AUTHOR,
    BODY_FONT_FAMILY,
    BODY_FONT_SIZE,
    DEK_BUDGET,
    HEADLINE_BUDGET,
    Settings,
)


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.font_family = QFontComboBox()
        family = settings.get(BODY_FONT_FAMILY)
        self.font_family.setCurrentFont(QFont(family) if family else self.font())
        self.font_size = QSpinBox()
        self.font_size.setRange(6, 48)
        self.font_size.setValue(settings.get(BODY_FONT_SIZE))
        self.headline_budget = QSpinBox()
        self.headline_budget.setRange(10, 400)
        self.headline_budget.setValue(settings.get(HEADLINE_BUDGET))
        self.dek_budget = QSpinBox()
        self.dek_budget.setRange(10, 1000)
        self.dek_budget.setValue(settings.get(DEK_BUDGET))
        self.author = QLineEdit(settings.get(AUTHOR))
        form = QFormLayout(self)
        form.addRow(self.tr("Body &font"), self.font_family)
        form.addRow(self.tr("Body font &size"), self.font_size)
        form.addRow(self.tr("&Headline budget (characters)"), self.headline_budget)
        form.addRow(self.tr("&Dek budget (characters)"), self.dek_budget)
        form.addRow(self.tr("Your &name (kept with revisions)"), self.author)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def store(self) -> None:
        self._settings.set(BODY_FONT_FAMILY, self.font_family.currentFont().family())
        self._settings.set(BODY_FONT_SIZE, self.font_size.value())
        self._settings.set(HEADLINE_BUDGET, self.headline_budget.value())
        self._settings.set(DEK_BUDGET, self.dek_budget.value())
        self._settings.set(AUTHOR, self.author.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; store and return True when the user accepts."""
        dialog = cls(parent, settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.store()
        return True
