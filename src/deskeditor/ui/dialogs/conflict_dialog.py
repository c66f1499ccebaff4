"""Someone else saved the article first: the user decides, and no text is lost."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QMessageBox, QWidget

from deskeditor.domain.article import EDITABLE_FIELDS
from deskeditor.services.errors import ConflictError
from deskeditor.ui.labels import field_label


class ConflictChoice(enum.Enum):
    KEEP_MINE = "mine"  # store my text; theirs stays in the revisions
    TAKE_THEIRS = "theirs"  # show theirs; mine is kept as a revision
    SAVE_COPY = "copy"  # theirs stays; mine becomes a new article


class ConflictDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, error: ConflictError) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Saved elsewhere"))
        self.setText(
            self.tr(
                "“{0}” was changed and saved by someone else while you were editing it."
            ).format(error.theirs.headline or self.tr("Untitled"))
        )
        self.setInformativeText(
            self.tr(
                "Nothing is lost whichever you choose: the text you do not keep is saved in "
                "the article's revisions (or as a separate copy)."
            )
        )
        self.setDetailedText(conflict_text(error))
        if error.base is not None:  # a desk's conflict: the three texts, field by field
            self.setInformativeText(
                "\n\n".join(_short_lines(error))
                + "\n\n"
                + self.tr("Whichever you keep, the other stays in the desk's conflicts.")
            )
        self._buttons = {
            self.addButton(self.tr("Keep &mine"), QMessageBox.ButtonRole.AcceptRole): (
                ConflictChoice.KEEP_MINE
            ),
            self.addButton(self.tr("Use &theirs"), QMessageBox.ButtonRole.RejectRole): (
                ConflictChoice.TAKE_THEIRS
            ),
            self.addButton(self.tr("Save mine as a &copy"), QMessageBox.ButtonRole.ActionRole): (
                ConflictChoice.SAVE_COPY
            ),
        }

    @classmethod
    def ask(cls, parent: QWidget | None, error: ConflictError) -> ConflictChoice:
        dialog = cls(parent, error)
        dialog.exec()
        for button, choice in dialog._buttons.items():
            if dialog.clickedButton() is button:
                return choice
        return ConflictChoice.TAKE_THEIRS  # closed without choosing: keep theirs, mine in revisions


def conflict_text(error: ConflictError) -> str:
    """Each field both sides changed: as it was (base, when known), theirs and mine."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("ConflictDialog", text)

    parts = []
    for name in (*EDITABLE_FIELDS, "pull_quotes"):
        theirs, mine = getattr(error.theirs, name), getattr(error.mine, name)
        if theirs == mine:
            continue
        block = [f"== {field_label(name)} =="]
        if error.base is not None:
            block += [tr("Base (what you both started from):"), str(getattr(error.base, name))]
        block += [tr("Theirs:"), str(theirs), tr("Mine:"), str(mine)]
        parts.append("\n".join(block))
    return "\n\n".join(parts)


def _short_lines(error: ConflictError) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("ConflictDialog", text)

    def short(value: object) -> str:
        text = str(value).replace("\n", " ")
        return text if len(text) <= 90 else text[:89] + "…"

    base_word, theirs_word, mine_word = tr("Base"), tr("Theirs"), tr("Mine")
    lines = []
    for name in (*EDITABLE_FIELDS, "pull_quotes"):
        theirs, mine = getattr(error.theirs, name), getattr(error.mine, name)
        if theirs == mine or error.base is None:
            continue
        lines.append(
            f"{field_label(name)}\n  {base_word}: {short(getattr(error.base, name))}\n"
            f"  {theirs_word}: {short(theirs)}\n  {mine_word}: {short(mine)}"
        )
    return lines
