"""The corrections inbox: requests with filters, and where mail comes from."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.corrections import RequestStatus
from deskeditor.ui.models.request_list_model import RequestListModel

OVERDUE_FILTER = "overdue"


class InboxPanel(QWidget):
    request_activated = Signal(int)
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RequestListModel(self)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter requests"))
        self.status_filter.addItem(self.tr("All requests"), None)
        self.status_filter.addItem(self.tr("Over 30 days undecided"), OVERDUE_FILTER)
        for status in RequestStatus:
            self.status_filter.addItem(self.tr(status.value.capitalize()), status.value)
        self.import_button = QPushButton(self.tr("Import &mail…"))
        self.import_button.setToolTip(self.tr(".eml files or an mbox"))
        self.maildir_button = QPushButton(self.tr("Mail&dir…"))
        self.maildir_button.setToolTip(self.tr("Read new mail from a Maildir folder as it arrives"))
        self.summary = QLabel()
        self.dashboard_button = QPushButton(self.tr("Das&hboard…"))
        self.table = QTableView()
        self.table.setObjectName("inbox")
        self.table.setAccessibleName(self.tr("Correction requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RequestListModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 44), (2, 120), (4, 140)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.maildir_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.dashboard_button)
        layout.addLayout(bottom)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.status_filter.currentIndexChanged.connect(lambda _: self.filter_changed.emit())

    def chosen_filter(self) -> str | None:
        value = self.status_filter.currentData()
        return str(value) if value else None

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(RequestListModel.RequestIdRole)
        if value is not None:
            self.request_activated.emit(int(value))
