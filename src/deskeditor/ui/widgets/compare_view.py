"""Two states of an article compared, word by word: inline (deletions struck through
in red, insertions underlined in green) or side by side, with changed spaces made
visible. The HTML is made on a worker; this only shows it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QButtonGroup, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from deskeditor.ui.widgets.revision_view import RevisionBar


class CompareView(QWidget):
    back_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = ("", "")  # inline, side by side
        self.bar = RevisionBar("compareBar")
        self.inline_button = QPushButton(self.tr("In&line"))
        self.side_button = QPushButton(self.tr("Side by si&de"))
        self.modes = QButtonGroup(self)
        for index, button in enumerate((self.inline_button, self.side_button)):
            button.setCheckable(True)
            self.modes.addButton(button, index)
            self.bar.row.insertWidget(1 + index, button)
        self.inline_button.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport report…"))
        self.export_button.setToolTip(self.tr("These changes as HTML or PDF, for the reporter"))
        self.bar.row.insertWidget(3, self.export_button)
        self.browser = QTextBrowser()
        self.browser.setObjectName("comparison")
        self.browser.setAccessibleName(self.tr("Changes"))
        self.browser.setOpenLinks(False)
        paper = self.browser.palette()  # like the preview: dark text on paper, in any theme
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))
        self.browser.setPalette(paper)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.browser, 1)
        self.bar.back_requested.connect(self.back_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.modes.idClicked.connect(lambda _id: self._show_mode())

    @property
    def side_by_side(self) -> bool:
        return self.side_button.isChecked()

    def set_side_by_side(self, on: bool) -> None:
        (self.side_button if on else self.inline_button).setChecked(True)
        self._show_mode()

    def waiting(self, what: str) -> None:
        self.bar.message.setText(what)
        self._pages = ("", "")
        self.browser.setHtml("<p><i>" + self.tr("Comparing…") + "</i></p>")

    def show_comparison(self, heading: str, inline: str, side_by_side: str) -> None:
        self.bar.message.setText(heading)
        self._pages = (inline, side_by_side)
        self._show_mode()

    def _show_mode(self) -> None:
        page = self._pages[1 if self.side_by_side else 0]
        if page:
            self.browser.setHtml(page)
