"""Plain-text fields for the window: multi-line ones that leave Tab to focus, and
the one-paragraph field for headline and dek.

A headline or dek is one paragraph, but an 84-character headline must be read
whole, not as "…Arrives in Mosc": the paragraph field wraps over up to three
lines and grows with its text. Enter never inserts a line break (it moves on to
the next field) and pasted line breaks become spaces. It answers to the part of
QLineEdit's interface the editor, the checks and the copy-fit meters use
(``text``, ``setText``, ``setSelection``, ``insert``, ``textEdited``), so they
need not care which kind of field they hold.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

_BREAKS = re.compile(r"[\r\n\u2028\u2029\t]+")
_FOCUS_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


class PlainTextField(QPlainTextEdit):
    """Plain text over several lines (a notice, notes) where Tab and Ctrl+Tab move
    focus, as in every other field of a form, instead of inserting a tab."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _FOCUS_KEYS:
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(not backwards)
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        """The text exactly as typed (toPlainText() would turn no-break spaces into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


class ParagraphField(PlainTextField):
    textEdited = Signal(str)  # noqa: N815 (QLineEdit's name)  changed by the user (typing, paste, undo, a fix)
    changed = Signal(str)  # changed in any way, setText included

    MAX_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._setting = False
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self._on_change)
        self._fit()

    # -- QLineEdit's interface, as the editor uses it ------------------------------------
    def setText(self, text: str) -> None:
        """Show ``text``; the undo history starts afresh (as QLineEdit.setText does)."""
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def setSelection(self, start: int, length: int) -> None:
        cursor = self.textCursor()
        end = len(self.text())
        cursor.setPosition(min(start, end))
        cursor.setPosition(min(start + length, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selectedText(self) -> str:
        return self.textCursor().selectedText()

    def insert(self, text: str) -> None:
        """Replace the selection with ``text`` as one undoable edit."""
        self.textCursor().insertText(_BREAKS.sub(" ", text))

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.text())))
        self.setTextCursor(cursor)

    # -- one paragraph ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextPrevChild(True)  # the next field, as a form does
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Pasted or dropped text joins the paragraph: line breaks become spaces."""
        if source.hasText():
            self.insertPlainText(_BREAKS.sub(" ", source.text()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    # -- height: one to three lines, as the text needs -------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines()))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self._height(1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _on_change(self) -> None:
        text = self.text()
        self._fit()
        self.changed.emit(text)
        if not self._setting:
            self.textEdited.emit(text)

    def _lines(self) -> int:
        lines = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return max(1, lines)

    def _height(self, lines: int) -> int:
        shown = min(max(lines, 1), self.MAX_LINES)
        margins = self.contentsMargins()
        document = 2 * int(self.document().documentMargin())
        frame = margins.top() + margins.bottom() + 2  # +2: the last line wholly inside
        return shown * self.fontMetrics().lineSpacing() + document + frame

    def _fit(self) -> None:
        lines = self._lines()
        height = self._height(lines)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self.MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(policy)
