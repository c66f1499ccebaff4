"""Markdown syntax highlighting for the body: headings, emphasis, quotes, links, lists.

Colours come from the palette, so the highlighting reads in dark themes too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

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
    # One marker each side, never half of a doubled one (**strong** stays bold).
    EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
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
        edges = self._markdown(text)
        marks = self._marks.get(self.currentBlock().blockNumber())
        if marks:
            self._underline(text, marks, edges)

    def _underline(self, text: str, marks: list[tuple[int, int, QColor]], edges: set[int]) -> None:
        """A wavy line in each mark's colour over whatever format its text has: one
        setFormat per stretch of like-formatted text between the edges of the Markdown
        formats and of the marks (one per character took a third of a second on a
        30,000-character paragraph, at every keystroke in it)."""
        spans = []
        for start, length, colour in marks:
            end = min(len(text), start + max(length, 1))
            start = max(0, start)
            if start < end:
                spans.append((start, end, colour))
                edges.add(start)
                edges.add(end)
        cuts = sorted(edges)
        for start, end, colour in spans:
            i = bisect_left(cuts, start)
            while cuts[i] < end:  # end is one of the cuts
                underlined = QTextCharFormat(self.format(cuts[i]))
                underlined.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                underlined.setUnderlineColor(colour)
                self.setFormat(cuts[i], cuts[i + 1] - cuts[i], underlined)
                i += 1

    def _markdown(self, text: str) -> set[int]:
        """Formats the block's Markdown; returns where formats begin and end."""
        edges = {0, len(text)}

        def apply(start: int, length: int, fmt: QTextCharFormat) -> None:
            self.setFormat(start, length, fmt)
            edges.update((start, start + length))

        if self.HEADING.match(text):
            apply(0, len(text), self.heading)
            return edges
        if self.QUOTE.match(text):
            apply(0, len(text), self.quote)
        if match := self.LIST.match(text):
            apply(0, match.end(), self.marker)
        for pattern, fmt in (
            (self.STRONG, self.strong),
            (self.EMPHASIS, self.emphasis),
            (self.CODE, self.code),
            (self.LINK, self.link),
        ):
            for found in pattern.finditer(text):
                apply(found.start(), found.end() - found.start(), fmt)
        return edges
