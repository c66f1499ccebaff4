"""The live preview: the article as readers will see it.

The document is kept as frames, one per body block (plus header and notices), so
an edit to one paragraph replaces one frame's content and Qt lays out only that
(~6 ms whatever the article's length, against ~20-40 ms for setHtml of a whole
long article). Nothing is ever fetched; links open in the system browser only
when clicked.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:  # rendering pulls in Markdown: not before the first paint
    from deskeditor.services.rendering import RenderedArticle

SAFE_LINK_SCHEMES = {"http", "https", "mailto"}


PARAGRAPH_SPACE = 12  # px below each part (header, notices, body block), as the CSS's p margin


def _spaced() -> QTextFrameFormat:
    """A frame for one part of the article, with the space a paragraph leaves below it."""
    spaced = QTextFrameFormat()
    spaced.setBottomMargin(PARAGRAPH_SPACE)
    return spaced


class PreviewPane(QTextBrowser):
    block_clicked = Signal(int)  # index of the body block the user clicked
    STEP_SECONDS = 0.012  # new blocks added per step: within a 60 Hz frame

    def __init__(self, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        paper = self.palette()  # the reader's view: dark text on paper, in any theme
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))
        paper.setColor(QPalette.ColorRole.Link, QColor("#1a4f8b"))
        self.setPalette(paper)
        document = self.document()
        document.setDefaultStyleSheet(css)
        document.setDocumentMargin(18)
        reading = QFont()  # Qt's CSS takes one family; pick the reader's serif here
        reading.setFamilies(
            ["Georgia", "DejaVu Serif", "Liberation Serif", "Times New Roman", "serif"]
        )
        reading.setPointSize(12)
        document.setDefaultFont(reading)
        self._header: QTextFrame | None = None
        self._top: QTextFrame | None = None
        self._bottom: QTextFrame | None = None
        self._frames: list[QTextFrame] = []
        self._shown_parts = ("", "", "")  # header, top and bottom as shown
        self._shown_blocks: list[str] = []  # body blocks as shown
        self._target: RenderedArticle | None = None  # still going in
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._show_more)

    # -- showing -----------------------------------------------------------------
    def show_article(self, rendered: RenderedArticle | None) -> None:
        """Bring the document up to ``rendered``, touching only what changed.

        Adding frames costs more the longer the document is, so a burst of new
        blocks (a new article, a huge paste) goes in a few at a time, each step
        within a frame's budget, and the window keeps answering in between.
        """
        self._more.stop()
        if rendered is None:
            self.clear_article()
            return
        if self._header is None or self._top is None or self._bottom is None:
            self._start()
        if rendered.header != self._shown_parts[0]:
            self._fill(self._header, rendered.header)  # type: ignore[arg-type]
        if rendered.top != self._shown_parts[1]:
            self._fill(self._top, rendered.top)  # type: ignore[arg-type]
        if rendered.bottom != self._shown_parts[2]:
            self._fill(self._bottom, rendered.bottom)  # type: ignore[arg-type]
        self._shown_parts = (rendered.header, rendered.top, rendered.bottom)
        wanted = [b.html for b in rendered.blocks]
        self._shown_blocks = self._update_blocks(self._shown_blocks, wanted)
        self._target = rendered if self._shown_blocks != wanted else None
        if self._target is not None:
            self._more.start()

    def clear_article(self) -> None:
        self._more.stop()
        self._target = None
        self.document().clear()
        self._header = self._top = self._bottom = None
        self._frames = []
        self._shown_parts = ("", "", "")
        self._shown_blocks = []

    @property
    def complete(self) -> bool:
        """Everything rendered so far is on show (no blocks still going in)."""
        return self._target is None

    def block_count(self) -> int:
        return len(self._frames)

    def block_text(self, index: int) -> str:
        frame = self._frames[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection().toPlainText()

    def _show_more(self) -> None:
        if self._target is not None:
            self.show_article(self._target)

    def _start(self) -> None:
        self.document().clear()
        self._frames = []
        self._header = self._append("")
        self._top = self._append("")
        self._bottom = self._append("")
        self._shown_parts = ("", "", "")
        self._shown_blocks = []

    def _append(self, html: str) -> QTextFrame:
        frame = self.document().rootFrame().lastCursorPosition().insertFrame(_spaced())
        if html:
            frame.firstCursorPosition().insertHtml(html)
        else:
            frame.setFrameFormat(QTextFrameFormat())
            self._collapse(frame.firstPosition())
        self._collapse_around(frame)
        return frame

    def _fill(self, frame: QTextFrame, html: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        frame.setFrameFormat(_spaced() if html else QTextFrameFormat())  # empty: no space
        if html:
            cursor.setBlockFormat(QTextBlockFormat())  # undo an earlier _collapse
            cursor.setBlockCharFormat(QTextCharFormat())
            cursor.insertHtml(html)
        else:
            cursor.removeSelectedText()
            self._collapse(frame.firstPosition())  # no notices: no blank line either

    def _collapse_around(self, frame: QTextFrame) -> None:
        """Qt keeps an empty line between frames; it must not show as a gap (between
        byline and body, between paragraphs, which keep their own margins)."""
        for position in (frame.firstPosition() - 1, frame.lastPosition() + 1):
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
            if cursor.currentFrame() is self.document().rootFrame() and not cursor.block().text():
                self._collapse(cursor.position())

    def _collapse(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        block = QTextBlockFormat()
        block.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        block.setTopMargin(0)
        block.setBottomMargin(0)
        cursor.setBlockFormat(block)
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1)
        cursor.setBlockCharFormat(tiny)

    def _update_blocks(self, old: list[str], new: list[str]) -> list[str]:
        """Change the shown blocks from ``old`` towards ``new``; return what is shown.

        Changed blocks are refilled and removed ones dropped at once; new blocks
        are added until STEP_SECONDS is spent, the rest on the next call.
        """
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < min(len(old), len(new)) - prefix
            and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
        ):
            suffix += 1
        changed_old = old[prefix : len(old) - suffix]
        changed_new = new[prefix : len(new) - suffix]
        common = min(len(changed_old), len(changed_new))
        deadline = time.perf_counter() + self.STEP_SECONDS
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for offset in range(common):
            self._fill(self._frames[prefix + offset], changed_new[offset])
        added = 0
        for offset in range(common, len(changed_new)):  # blocks were added
            if added and time.perf_counter() > deadline:
                break
            at = prefix + offset
            before = self._frames[at - 1] if at > 0 else self._top
            assert before is not None
            insert = QTextCursor(self.document())
            insert.setPosition(before.lastPosition() + 1)
            frame = insert.insertFrame(_spaced())
            frame.firstCursorPosition().insertHtml(changed_new[offset])
            self._collapse_around(frame)
            self._frames.insert(at, frame)
            added += 1
        for _ in range(common, len(changed_old)):  # blocks were removed
            frame = self._frames.pop(prefix + common)
            remove = QTextCursor(self.document())
            remove.setPosition(frame.firstPosition() - 1)
            remove.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
            remove.removeSelectedText()
        cursor.endEditBlock()
        return new[:prefix] + changed_new[: common + added] + new[len(new) - suffix :]

    # -- scroll sync -----------------------------------------------------------------
    def scroll_to_block(self, index: int) -> None:
        """Bring body block ``index`` into view (centred if it was out of view); for the
        first block, the top of the article (Ctrl+Home must not cut the headline)."""
        if not 0 <= index < len(self._frames):
            return
        bar = self.verticalScrollBar()
        if index == 0:  # the first paragraph: the headline above it in view too, whole
            bar.setValue(0)
            return
        rect = self.document().documentLayout().frameBoundingRect(self._frames[index])
        top, height = bar.value(), self.viewport().height()
        if rect.top() >= top and rect.bottom() <= top + height:
            return
        bar.setValue(int(rect.top() - max(0, (height - rect.height()) / 3)))

    def block_at(self, point: QPoint) -> int:
        """Index of the body block under a point of the viewport, or -1."""
        position = self.cursorForPosition(point).position()
        for index, frame in enumerate(self._frames):
            if frame.firstPosition() <= position <= frame.lastPosition():
                return index
        return -1

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not self.anchorAt(point)
            and not self.textCursor().hasSelection()
        ):
            index = self.block_at(point)
            if index >= 0:
                self.block_clicked.emit(index)

    # -- safety -----------------------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Never fetch anything: not images, not style sheets, not from the network."""
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_LINK_SCHEMES:
            QDesktopServices.openUrl(url)
