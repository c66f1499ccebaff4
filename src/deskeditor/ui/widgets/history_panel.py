"""The History tab: the open article's revisions, newest first, and what can be done
with them: view one as it was, compare two (or one with the current text), restore
one (or one field of it), and the changes since the story was filed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.article import RESTORABLE_FIELDS
from deskeditor.ui.labels import field_label
from deskeditor.ui.models.revision_list_model import RevisionListModel


class HistoryPanel(QWidget):
    view_requested = Signal(int)  # revision id
    compare_requested = Signal(int, object)  # older revision id, newer id (None: current text)
    restore_requested = Signal(int, object)  # revision id, field (None: the whole text)
    since_filed_requested = Signal()

    def __init__(self, model: RevisionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._quiet = False
        self.heading = QLabel(self.tr("No article open."))
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("history")
        self.table.setTabKeyNavigation(False)  # Tab moves on, not from cell to cell
        self.table.setAccessibleName(self.tr("Revisions"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RevisionListModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (RevisionListModel.WHEN, RevisionListModel.WHO, RevisionListModel.CHANGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(
            self.tr(
                "The chosen revision against the current text (two chosen: against each "
                "other); Enter in the list"
            )
        )
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_menu = QMenu(self)
        self.restore_whole = QAction(self.tr("The whole article"), self)
        self.restore_menu.addAction(self.restore_whole)
        self.restore_menu.addSeparator()
        self.restore_fields: dict[str, QAction] = {}
        for name in RESTORABLE_FIELDS:
            action = QAction(self.tr("Only: {0}").format(field_label(name)), self)
            self.restore_menu.addAction(action)
            self.restore_fields[name] = action
        self.restore_button.setMenu(self.restore_menu)
        self.filed_button = QPushButton(self.tr("Since filed…"))
        self.filed_button.setToolTip(
            self.tr("What the desk changed since the story was filed, as a report for the reporter")
        )
        buttons = QHBoxLayout()
        for button in (self.compare_button, self.restore_button, self.filed_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Choosing a row shows it; Enter (or a double click) compares it with now.
        self.table.activated.connect(lambda _index: self._compare())
        self.compare_button.clicked.connect(self._compare)
        self.restore_whole.triggered.connect(lambda: self._restore(None))
        for name, action in self.restore_fields.items():
            action.triggered.connect(lambda _=False, n=name: self._restore(n))
        self.filed_button.clicked.connect(self.since_filed_requested)
        self._selection_changed()

    def show_heading(self, headline: str | None, count: int) -> None:
        if headline is None:
            self.heading.setText(self.tr("No article open."))
            return
        self.heading.setText(
            self.tr("<b>{0}</b><br>%n revision(s), newest first", "", count).format(
                headline or self.tr("Untitled")
            )
        )

    def chosen(self) -> list[int]:
        """The chosen revisions' ids, oldest first."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        return [r.id for row in rows if (r := self.model.revision(row)) is not None]

    def choose_row(self, row: int, show: bool = True) -> None:
        """Choose a row; ``show`` False only marks it (the list was re-read while the
        user works elsewhere: the editor keeps its place)."""
        index = self.model.index(row, 0)
        self._quiet = not show
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
        self._quiet = False

    def _selection_changed(self, *_: object) -> None:
        chosen = self.chosen()
        self.compare_button.setEnabled(len(chosen) in (1, 2))
        self.restore_button.setEnabled(len(chosen) == 1)
        if len(chosen) == 1 and not self._quiet:
            self.view_requested.emit(chosen[0])

    def _compare(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self.compare_requested.emit(chosen[0], None)
        elif len(chosen) == 2:
            self.compare_requested.emit(chosen[0], chosen[1])

    def _restore(self, field: str | None) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self.restore_requested.emit(chosen[0], field)
