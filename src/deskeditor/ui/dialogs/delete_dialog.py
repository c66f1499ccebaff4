"""Confirm moving an article to the trash, saying what goes with it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from deskeditor.domain.article import DeletionInfo
from deskeditor.ui.labels import status_label


class DeleteDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, info: DeletionInfo) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Delete article"))
        self.setText(
            self.tr("Move “{0}” to the trash?").format(info.headline or self.tr("Untitled"))
        )
        details = [self.tr("Status: {0}.").format(status_label(info.status))]
        details.append(self.tr("%n revision(s) will go with it.", "", info.revisions))
        if info.notices:
            details.append(
                self.tr("It carries %n published correction notice(s).", "", info.notices)
            )
        if info.correction_requests:
            details.append(
                self.tr(
                    "It is named in %n reader correction request(s).", "", info.correction_requests
                )
            )
        details.append(self.tr("You can restore it from the trash."))
        self.setInformativeText(" ".join(details))
        self.setStandardButtons(QMessageBox.StandardButton.Cancel)
        self.delete_button = self.addButton(
            self.tr("Move to &trash"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, info: DeletionInfo) -> bool:
        dialog = cls(parent, info)
        dialog.exec()
        return dialog.clickedButton() is dialog.delete_button


class PurgeDialog(QMessageBox):
    """Confirm deleting a trashed article for good: it cannot be undone."""

    def __init__(self, parent: QWidget | None, info: DeletionInfo) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Delete forever"))
        self.setText(self.tr("Delete “{0}” forever?").format(info.headline or self.tr("Untitled")))
        details = [self.tr("%n revision(s) go with it.", "", info.revisions)]
        if info.notices:
            details.append(self.tr("%n published notice(s) go with it.", "", info.notices))
        if info.correction_requests:
            details.append(
                self.tr(
                    "%n reader request(s) stay in the inbox, unlinked.",
                    "",
                    info.correction_requests,
                )
            )
        details.append(self.tr("This cannot be undone."))
        self.setInformativeText(" ".join(details))
        self.setStandardButtons(QMessageBox.StandardButton.Cancel)
        self.delete_button = self.addButton(
            self.tr("Delete &forever"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, info: DeletionInfo) -> bool:
        dialog = cls(parent, info)
        dialog.exec()
        return dialog.clickedButton() is dialog.delete_button
