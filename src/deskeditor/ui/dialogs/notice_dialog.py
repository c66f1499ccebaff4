"""Writing a notice: what was wrong, what is right, the house wording, and the
corrected text, published together."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from deskeditor.domain.corrections import NoticeKind, NoticePosition
from deskeditor.domain.notices import draft_notice, euphemism_in
from deskeditor.ui.labels import notice_kind_label, notice_position_label
from deskeditor.ui.widgets.paragraph_field import PlainTextField


@dataclass(frozen=True)
class NoticeChoice:
    kind: NoticeKind
    position: NoticePosition
    text: str
    body: str


class NoticeDialog(QDialog):
    def __init__(self, parent: QWidget | None, body: str, phrase: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correction notice"))
        self.resize(760, 620)
        self.kind = QComboBox()
        for kind in NoticeKind:
            self.kind.addItem(notice_kind_label(kind), kind.value)
        self.position = QComboBox()
        for position in NoticePosition:
            self.position.addItem(notice_position_label(position), position.value)
        self.position.setCurrentIndex(list(NoticePosition).index(NoticePosition.BOTTOM))
        self.wrong = QLineEdit()
        self.wrong.setPlaceholderText(
            self.tr("what the article got wrong, e.g. “the share of the cost the state paid”")
        )
        self.right = QLineEdit()
        self.right.setPlaceholderText(self.tr("what is right, e.g. “It paid half.”"))
        self.text = PlainTextField()  # Tab and Ctrl+Tab move on, as in the rest of the form
        self.text.setMaximumHeight(80)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c53030;")
        self.body = PlainTextField(body)
        if phrase and (at := body.find(phrase)) >= 0:
            cursor = self.body.textCursor()
            cursor.setPosition(at)
            cursor.setPosition(at + len(phrase), cursor.MoveMode.KeepAnchor)
            self.body.setTextCursor(cursor)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Where"), self.position)
        form.addRow(self.tr("What was wr&ong"), self.wrong)
        form.addRow(self.tr("What is &right"), self.right)
        form.addRow(self.tr("&Notice"), self.text)
        form.addRow("", self.problem)
        form.addRow(self.tr("Corrected &text"), self.body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish = self.buttons.addButton(
            self.tr("&Publish notice and fix"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for widget in (self.wrong, self.right):
            widget.textChanged.connect(self._draft)
        self.kind.currentIndexChanged.connect(self._draft)
        self.text.textChanged.connect(self._vet)
        self._draft()

    def _draft(self) -> None:
        kind = NoticeKind(self.kind.currentData())
        if self.wrong.text().strip():
            self.text.setPlainText(draft_notice(kind, self.wrong.text(), self.right.text()))

    def _vet(self) -> None:
        kind = NoticeKind(self.kind.currentData())
        text = self.text.toPlainText()
        word = euphemism_in(kind, text)
        self.problem.setText(
            self.tr("“{0}” softens a correction: say plainly what was wrong.").format(word)
            if word
            else ""
        )
        self.publish.setEnabled(bool(text.strip()) and word is None)

    def choice(self) -> NoticeChoice:
        return NoticeChoice(
            NoticeKind(self.kind.currentData()),
            NoticePosition(self.position.currentData()),
            self.text.toPlainText().strip(),
            self.body.toPlainText(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, body: str, phrase: str | None) -> NoticeChoice | None:
        dialog = cls(parent, body, phrase)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
