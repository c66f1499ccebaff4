"""Welcome on first run: start with the demo articles or an empty desk."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class FirstRunDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, location: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Deskeditor"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(self.tr("Your desk is new. How would you like to start?"))
        self.setInformativeText(
            self.tr(
                "The demo articles show what Deskeditor does; delete them whenever you like. "
                "Your articles will be kept in {0}."
            ).format(location)
        )
        self.demo_button = self.addButton(
            self.tr("Start with &demo articles"), QMessageBox.ButtonRole.AcceptRole
        )
        self.empty_button = self.addButton(
            self.tr("Start with an &empty desk"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.demo_button)

    @classmethod
    def ask(cls, parent: QWidget | None, location: str) -> bool:
        """True when the user wants the demo articles."""
        dialog = cls(parent, location)
        dialog.exec()
        return dialog.clickedButton() is dialog.demo_button
