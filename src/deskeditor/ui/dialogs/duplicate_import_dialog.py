"""Some files being imported came in before: skip them, take their copy as a new
revision of the article each became, or import them again as copies."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from deskeditor.services.importing import Duplicate, OnDuplicate


class DuplicateImportDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, duplicates: list[Duplicate]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Imported before"))
        self.setText(self.tr("Imported before: %n file(s).", "", len(duplicates)))
        one = len(duplicates) == 1  # "Skip it", not "Skip them", for a single file
        self.setInformativeText(
            self.tr(
                "Skip it, take its copy as a new revision of the article it became "
                "(what was edited since stays in the revisions), or import it as a copy?"
            )
            if one
            else self.tr(
                "Skip them, take their copy as a new revision of the article each became "
                "(what was edited since stays in the revisions), or import them as copies?"
            )
        )
        lines = []
        for duplicate in duplicates:
            where = self.tr(" (in the trash)") if duplicate.earlier.in_trash else ""
            lines.append(
                f"{duplicate.path.name} → {duplicate.earlier.headline or duplicate.earlier.slug}"
                f"{where}"
            )
        self.setDetailedText("\n".join(lines))
        role = QMessageBox.ButtonRole
        skip = self.addButton(
            self.tr("&Skip it") if one else self.tr("&Skip them"), role.AcceptRole
        )
        self._choices = {
            skip: OnDuplicate.SKIP,
            self.addButton(self.tr("&Replace (new revision)"), role.ActionRole): (
                OnDuplicate.REPLACE
            ),
            self.addButton(
                self.tr("Import as a &copy") if one else self.tr("Import as &copies"),
                role.ActionRole,
            ): OnDuplicate.COPY,
        }
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(skip)
        self.setEscapeButton(cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, duplicates: list[Duplicate]) -> OnDuplicate | None:
        """The user's choice for every file imported before; None: import nothing."""
        dialog = cls(parent, duplicates)
        dialog.exec()
        clicked = dialog.clickedButton()
        return next((c for b, c in dialog._choices.items() if b is clicked), None)
