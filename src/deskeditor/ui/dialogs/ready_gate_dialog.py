"""Marking an article ready while the checks report errors: say which, and ask."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from deskeditor.domain.checks.findings import Finding

SHOWN = 12


class ReadyGateDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, errors: list[Finding]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Errors in a ready article"))
        self.setText(self.tr("The checks found {0} error(s) in this article.").format(len(errors)))
        lines = [f"• {e.field}: {e.message}" for e in errors[:SHOWN]]
        if len(errors) > SHOWN:
            lines.append(self.tr("… and {0} more").format(len(errors) - SHOWN))
        self.setInformativeText("\n".join(lines))
        self.ready_button = self.addButton(
            self.tr("Mark ready &anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.back_button = self.addButton(
            self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.back_button)

    @classmethod
    def ask(cls, parent: QWidget | None, errors: list[Finding]) -> bool:
        """True when the user marks the article ready despite the errors."""
        dialog = cls(parent, errors)
        dialog.exec()
        return dialog.clickedButton() is dialog.ready_button
