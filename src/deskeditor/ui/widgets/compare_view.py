"""Two states of an article compared, word by word: inline (deletions struck through
in red, insertions underlined in green) or side by side (old left, new right, in
two panes that scroll together paragraph by paragraph), with changed spaces made
visible. The HTML is made on a worker; this only shows it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskeditor.ui.widgets.revision_view import RevisionBar


class CompareView(QWidget):
    back_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = ("", "", "")  # inline; old and new columns
        self.bar = RevisionBar("compareBar")
        self.inline_button = QPushButton(self.tr("Inline"))
        self.side_button = QPushButton(self.tr("Side by side"))
        self.modes = QButtonGroup(self)
        for index, button in enumerate((self.inline_button, self.side_button)):
            button.setCheckable(True)
            self.modes.addButton(button, index)
            self.bar.row.insertWidget(index, button)
        self.inline_button.setChecked(True)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setToolTip(self.tr("These changes as HTML or PDF, for the reporter"))
        self.bar.row.insertWidget(2, self.export_button)
        self.browser = self._paper("comparison", self.tr("Changes"))
        self.old = self._paper("comparisonOld", self.tr("Before"))
        self.new = self._paper("comparisonNew", self.tr("After"))
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.addWidget(self.old)
        self.columns.addWidget(self.new)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browser)
        self.pages.addWidget(self.columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.pages, 1)
        self.old.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(self.old))
        self.new.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(self.new))
        self._following = False
        self.bar.back_requested.connect(self.back_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.modes.idClicked.connect(lambda _id: self._show_mode())
        self._shown = -1  # which view's HTML is in place (-1: none yet)

    @property
    def side_by_side(self) -> bool:
        return self.side_button.isChecked()

    def set_side_by_side(self, on: bool) -> None:
        (self.side_button if on else self.inline_button).setChecked(True)
        self._show_mode()

    def waiting(self, what: str) -> None:
        self.bar.message.setText(what)
        self._pages = ("", "", "")
        self._shown = -1
        for browser in (self.browser, self.old, self.new):
            browser.setHtml("<p><i>" + self.tr("Comparing…") + "</i></p>")

    def show_comparison(self, heading: str, inline: str, columns: tuple[str, str]) -> None:
        self.bar.message.setText(heading)
        self._pages = (inline, *columns)
        self._shown = -1
        self._show_mode()

    def _show_mode(self) -> None:
        """Show the chosen view; its HTML goes in the first time it is shown."""
        side = self.side_by_side
        self.pages.setCurrentIndex(1 if side else 0)
        if not self._pages[0] or self._shown == int(side):
            return
        if side:
            self.old.setHtml(self._pages[1])
            self.new.setHtml(self._pages[2])
        else:
            self.browser.setHtml(self._pages[0])
        self._shown = int(side)

    def _follow(self, moved: QTextBrowser) -> None:
        """Keep the other column at the same paragraph (row) as the one scrolled."""
        if self._following:
            return
        other = self.new if moved is self.old else self.old
        row = moved.cursorForPosition(QPoint(0, 0)).blockNumber()
        block = other.document().findBlockByNumber(row)
        if not block.isValid():
            return
        top = other.document().documentLayout().blockBoundingRect(block).top()
        self._following = True
        other.verticalScrollBar().setValue(int(top))
        self._following = False

    @staticmethod
    def _paper(name: str, accessible: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setObjectName(name)
        browser.setAccessibleName(accessible)
        browser.setOpenLinks(False)
        paper = browser.palette()  # like the preview: dark text on paper, in any theme
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))
        browser.setPalette(paper)
        return browser
