"""Pull quotes of the open article: add from the body selection, edit, reorder, remove."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.article import PullQuote
from deskeditor.domain.pull_quotes import paragraph_at
from deskeditor.ui.models.pull_quote_model import PullQuoteModel


class PullQuotesPanel(QWidget):
    def __init__(self, body: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self.model = PullQuoteModel(self)
        self.table = QTableView()
        self.table.setObjectName("pullQuotes")
        self.table.setTabKeyNavigation(False)  # Tab moves on, not from cell to cell
        self.table.setAccessibleName(self.tr("Pull quotes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PullQuoteModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PullQuoteModel.AFTER, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(PullQuoteModel.ATTRIBUTION, 180)
        self.table.setMinimumHeight(70)
        self.add_button = QPushButton(self.tr("&Quote selection"))
        self.add_button.setToolTip(self.tr("Make the selected body text a pull quote"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #c53030;")
        buttons = QHBoxLayout()
        self.problem_label.setWordWrap(True)  # a narrow editor keeps its buttons
        buttons.addWidget(self.problem_label, 1)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_from_selection)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.model.edited.connect(self.recheck)
        self.model.modelReset.connect(self._show_problems)
        self.model.dataChanged.connect(self._show_problems)

    def add_from_selection(self) -> bool:
        cursor = self._body.textCursor()
        text = cursor.selectedText().replace("\u2029", " ").strip()
        if not text:
            self.problem_label.setText(self.tr("Select the words in the body first."))
            return False
        after = paragraph_at(self._body.toPlainText(), cursor.selectionStart())
        row = self.model.add(PullQuote(text=text, after_paragraph=after), self._body.toPlainText())
        self.table.selectRow(row)
        return True

    def recheck(self) -> None:
        self.model.check_against(self._body.toPlainText())
        self._show_problems()

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _move(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0:
            self.table.selectRow(self.model.move(row, delta))

    def _remove(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.model.remove(row)

    def _show_problems(self) -> None:
        count = len(self.model.problems)
        self.problem_label.setText(
            self.tr("%n quote(s) no longer in the body", "", count) if count else ""
        )
