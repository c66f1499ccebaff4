"""The body editor: plain-text Markdown with highlighting that steps aside for huge texts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from deskeditor.ui.widgets.markdown_highlighter import MarkdownHighlighter
from deskeditor.ui.widgets.query_margin import QueryMargin

# Past this many characters (about 60,000 words) the highlighter is switched off:
# typing stays instant and the text is untouched.
HIGHLIGHT_LIMIT = 400_000


class BodyEditor(QPlainTextEdit):
    highlighting_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEditor")
        self.setAccessibleName(self.tr("Body"))
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText(self.tr("Body, in Markdown: blank lines between paragraphs"))
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())
        self.document().contentsChanged.connect(self._check_size)
        self.margin = QueryMargin(self)  # the queries on the body, beside their text

    def toPlainText(self) -> str:
        """The text exactly as typed. Qt's own toPlainText() turns non-breaking spaces
        into ordinary ones, silently changing every U+00A0 a copy editor typed."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_body_font(self, family: str, size: int) -> None:
        font = QFont(family) if family else QFont(self.font())
        font.setPointSize(size)
        self.setFont(font)

    def set_text(self, text: str) -> None:
        """Replace the whole text; undo history starts afresh (no undo into another article)."""
        self.highlighter.enabled = len(text) <= HIGHLIGHT_LIMIT
        self.setPlainText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.margin.place()

    def _check_size(self) -> None:
        large = self.document().characterCount() > HIGHLIGHT_LIMIT
        if large == self.highlighter.enabled:
            self.highlighter.enabled = not large
            self.highlighting_changed.emit(not large)
