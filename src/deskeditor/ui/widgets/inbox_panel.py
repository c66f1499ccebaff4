"""The corrections inbox: requests with filters and where mail comes from; a
request opens in the same pane, beside the article it is about."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.corrections import RequestStatus
from deskeditor.ui.labels import request_status_label
from deskeditor.ui.models.request_list_model import RequestListModel
from deskeditor.ui.widgets.request_pane import RequestPane

OVERDUE_FILTER = "overdue"
# Shares of the table's width the columns get, so none collapses to "…" in a narrow
# pane: status and age fit their text; from, subject and article share the rest.
COLUMN_SHARES = {RequestListModel.SENDER: 0.25, RequestListModel.SUBJECT: 0.45}


class RequestTable(QTableView):
    """The request list; its columns share the width whatever the pane's size."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (RequestListModel.STATUS, RequestListModel.AGE))
        rest = max(0, self.viewport().width() - fixed)
        for column, share in COLUMN_SHARES.items():
            self.setColumnWidth(column, max(60, int(rest * share)))


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
            self.status_filter.addItem(request_status_label(status), status.value)
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter.setMinimumContentsLength(6)
        self.import_button = QPushButton(self.tr("Import mail…"))
        self.import_button.setToolTip(self.tr(".eml files or an mbox"))
        self.maildir_button = QPushButton(self.tr("Maildir…"))
        self.maildir_button.setToolTip(self.tr("Read new mail from a Maildir folder as it arrives"))
        self.account_button = QPushButton(self.tr("Mail account…"))
        self.account_button.setToolTip(self.tr("Read new mail from an IMAP mailbox as it arrives"))
        self.fetch_button = QPushButton(self.tr("Fetch &mail"))
        self.fetch_button.setToolTip(self.tr("Read new mail from the mail account now"))
        self.fetch_button.setEnabled(False)
        self.mail_status = QLabel()  # one line: where mail comes from, or why it does not
        self.mail_status.setObjectName("mailStatus")
        # one line, cut to the pane's width; the whole of it in the tooltip
        self.mail_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.dashboard_button = QPushButton(self.tr("Dashboard…"))
        self.table = RequestTable()
        self.table.setObjectName("inbox")
        self.table.setTabKeyNavigation(False)  # Tab moves on, not from cell to cell
        self.table.setAccessibleName(self.tr("Correction requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column in (RequestListModel.STATUS, RequestListModel.AGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the article's headline takes what is left
        self.model.modelReset.connect(self.table.fit_columns)
        top = QHBoxLayout()
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.maildir_button)
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        mail = QHBoxLayout()  # the IMAP account: its one line, fetch now, set it up
        mail.addWidget(self.mail_status, 1)
        mail.addWidget(self.fetch_button)
        mail.addWidget(self.account_button)
        list_layout.addLayout(mail)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.dashboard_button)
        list_layout.addLayout(bottom)
        self.request = RequestPane()
        self.pages = QStackedWidget()
        self.pages.addWidget(listing)
        self.pages.addWidget(self.request)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.pages)
        for keys in (QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Esc")):
            back = QShortcut(keys, self.request)
            back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only in the pane
            back.activated.connect(self.request.back_requested)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.status_filter.currentIndexChanged.connect(lambda _: self.filter_changed.emit())

    def show_request(self) -> None:
        self.pages.setCurrentWidget(self.request)
        self.request.back_button.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.table.setFocus()

    def take_focus(self) -> None:
        """Ctrl+2: the keyboard where the inbox's work is: the open request, or the list
        (on its first request when none is current), so Down and Enter work at once."""
        if self.pages.currentWidget() is self.request:
            self.request.back_button.setFocus()
            return
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def chosen_filter(self) -> str | None:
        value = self.status_filter.currentData()
        return str(value) if value else None

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(RequestListModel.RequestIdRole)
        if value is not None:
            self.request_activated.emit(int(value))
