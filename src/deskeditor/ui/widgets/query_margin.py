"""The body's margin: a note beside each open query, level with its text, as a copy
editor's queries sit in the margin of a proof; the queried text is tinted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

WIDTH = 168
NOTE = QColor("#fff4c2")
NOTE_BORDER = QColor("#e0b400")
ORPHAN = QColor("#fde7d9")
TINT = QColor("#fff0a6")


@dataclass(frozen=True)
class QueryMark:
    """A query as the margin shows it: its span in the body, number and words."""

    uid: str
    start: int
    end: int
    label: str  # "Q1 Bo"
    text: str
    orphaned: bool = False


class QueryMargin(QWidget):
    clicked = Signal(str)  # uid

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("queryMargin")
        self.setAccessibleName(self.tr("Queries in the margin"))
        self._editor = editor
        self._marks: list[QueryMark] = []
        self._boxes: list[tuple[QRect, str]] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        editor.updateRequest.connect(lambda *_: self.update())
        self.hide()

    @property
    def marks(self) -> list[QueryMark]:
        return list(self._marks)

    def set_marks(self, marks: list[QueryMark]) -> None:
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))
        shown = bool(marks)
        self._editor.setViewportMargins(0, 0, WIDTH if shown else 0, 0)
        self.setVisible(shown)
        self.place()
        self._tint()
        self.update()

    def place(self) -> None:
        rect = self._editor.contentsRect()
        self.setGeometry(QRect(rect.right() - WIDTH + 1, rect.top(), WIDTH, rect.height()))

    def _tint(self) -> None:
        selections = []
        document = self._editor.document()
        length = document.characterCount() - 1
        for mark in self._marks:
            if mark.orphaned or mark.start >= mark.end:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(min(mark.start, length))
            cursor.setPosition(min(mark.end, length), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(TINT)
            selections.append(selection)
        self._editor.setExtraSelections(selections)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        painter.setPen(QColor("#e4e7ec"))
        painter.drawLine(0, 0, 0, self.height())
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        length = self._editor.document().characterCount() - 1
        below = 0  # notes never overlap: each goes under the one before
        self._boxes = []
        for mark in self._marks:
            cursor = QTextCursor(self._editor.document())
            cursor.setPosition(min(mark.start, length))
            top = max(self._editor.cursorRect(cursor).top(), below)
            if top > self.height():
                break
            lines = metrics.elidedText(mark.text, Qt.TextElideMode.ElideRight, (WIDTH - 14) * 2)
            box = QRect(5, top, WIDTH - 9, metrics.height() * 3 + 6)
            text_rect = box.adjusted(4, 2, -4, -2)
            bounds = painter.boundingRect(
                QRectF(text_rect), Qt.TextFlag.TextWordWrap, f"{mark.label}\n{lines}"
            )
            box.setHeight(min(int(bounds.height()) + 6, metrics.height() * 3 + 6))
            painter.setPen(NOTE_BORDER)
            painter.setBrush(ORPHAN if mark.orphaned else NOTE)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#1b1b1b"))
            painter.drawText(
                box.adjusted(4, 2, -4, -2), Qt.TextFlag.TextWordWrap, f"{mark.label}\n{lines}"
            )
            self._boxes.append((box, mark.uid))
            below = box.bottom() + 4
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for box, uid in self._boxes:
            if box.contains(point):
                self.clicked.emit(uid)
                return
        super().mousePressEvent(event)
