"""Markdown syntax highlighting for the body: headings, emphasis, quotes, links, lists.

Colours come from the palette, so the highlighting reads in dark themes too.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)


class MarkdownHighlighter(QSyntaxHighlighter):
    HEADING = re.compile(r"^#{1,6}\s.*$")
    QUOTE = re.compile(r"^\s{0,3}>.*$")
    LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
    STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
    EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_\w])")
    LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>")
    CODE = re.compile(r"`[^`\n]+`")

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.enabled = True
        # Check findings to underline: block number -> (start in block, length, colour).
        self._marks: dict[int, list[tuple[int, int, QColor]]] = {}
        self.set_palette(palette)

    def set_marks(self, marks: dict[int, list[tuple[int, int, QColor]]]) -> None:
        """Underline these ranges (wavy, in the finding's colour); repaint changed blocks."""
        changed = {n for n in set(self._marks) | set(marks) if self._marks.get(n) != marks.get(n)}
        self._marks = marks
        document = self.document()
        for number in changed:
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def set_palette(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)
        self.heading.setForeground(palette.color(QPalette.ColorRole.Highlight))
        self.quote = QTextCharFormat()
        self.quote.setFontItalic(True)
        self.quote.setForeground(muted)
        self.strong = QTextCharFormat()
        self.strong.setFontWeight(QFont.Weight.Bold)
        self.emphasis = QTextCharFormat()
        self.emphasis.setFontItalic(True)
        self.link = QTextCharFormat()
        self.link.setForeground(palette.color(QPalette.ColorRole.Link))
        self.link.setFontUnderline(True)
        self.marker = QTextCharFormat()
        self.marker.setForeground(palette.color(QPalette.ColorRole.Highlight))
        self.marker.setFontWeight(QFont.Weight.Bold)
        self.code = QTextCharFormat()
        self.code.setFontFamilies(["monospace"])
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text:
            return
        self._markdown(text)
        for start, length, colour in self._marks.get(self.currentBlock().blockNumber(), []):
            for i in range(max(0, start), min(len(text), start + max(length, 1))):
                underlined = QTextCharFormat(self.format(i))
                underlined.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                underlined.setUnderlineColor(colour)
                self.setFormat(i, 1, underlined)

    def _markdown(self, text: str) -> None:
        if self.HEADING.match(text):
            self.setFormat(0, len(text), self.heading)
            return
        if self.QUOTE.match(text):
            self.setFormat(0, len(text), self.quote)
        if match := self.LIST.match(text):
            self.setFormat(0, match.end(), self.marker)
        for pattern, fmt in (
            (self.STRONG, self.strong),
            (self.EMPHASIS, self.emphasis),
            (self.CODE, self.code),
            (self.LINK, self.link),
        ):
            for found in pattern.finditer(text):
                self.setFormat(found.start(), found.end() - found.start(), fmt)
