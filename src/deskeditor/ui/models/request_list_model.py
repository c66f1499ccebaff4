"""The corrections inbox as a table: status, age, sender, subject, matched article.

Paged like the article list: the model holds the count and the pages on screen,
and asks for more as the view scrolls, so 100,000 requests cost one COUNT and the
first page.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from deskeditor.ui.labels import request_status_label

if TYPE_CHECKING:  # the inbox service pulls in SQLAlchemy: not before the first paint
    from deskeditor.services.inbox_list import RequestSummary

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#c53030")
log = logging.getLogger(__name__)
# (offset, limit) -> that page of the list as it is now.
PageReader = Callable[[int, int], "list[RequestSummary]"]


class RequestListModel(QAbstractTableModel):
    STATUS, AGE, SENDER, SUBJECT, ARTICLE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestListModel", "Status"),
        QT_TRANSLATE_NOOP("RequestListModel", "Age"),
        QT_TRANSLATE_NOOP("RequestListModel", "From"),
        QT_TRANSLATE_NOOP("RequestListModel", "Subject"),
        QT_TRANSLATE_NOOP("RequestListModel", "Article"),
    )
    RequestIdRole = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 100
    MAX_CACHED_PAGES = 40

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._pages: OrderedDict[int, list[RequestSummary]] = OrderedDict()
        self._read: PageReader | None = None
        self._now = datetime.now(UTC)

    def show(
        self,
        count: int,
        first_page: list[RequestSummary],
        read: PageReader,
        now: datetime | None = None,
    ) -> None:
        """``count`` requests, the first page of them, and how to read the others."""
        self.beginResetModel()
        self._count = count
        self._pages = OrderedDict([(0, list(first_page))]) if first_page else OrderedDict()
        self._read = read
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def set_requests(self, rows: list[RequestSummary], now: datetime | None = None) -> None:
        """A list read whole (a few rows, a test): shown as if paged."""
        self.show(len(rows), rows[: self.PAGE_SIZE], lambda at, n: rows[at : at + n], now)

    def summary(self, row: int) -> RequestSummary | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            if self._read is None:
                return None
            try:
                page = self._read(number * self.PAGE_SIZE, self.PAGE_SIZE)
            except Exception:  # the list shows blanks; the next refresh tries again
                log.warning("cannot read the inbox page %d", number, exc_info=True)
                return None
            self._pages[number] = page
            if len(self._pages) > self.MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("RequestListModel", str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.summary(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return request_status_label(row.status) + (" ⚑" if row.overdue else "")
            if column == self.AGE:
                return self._age(row.received_at)
            if column == self.SENDER:
                return row.sender
            if column == self.SUBJECT:
                return row.subject + (f" ({row.messages})" if row.messages > 1 else "")
            if column == self.ARTICLE:
                return row.article_headline or self.tr("(not linked)")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.overdue
            and column in (self.STATUS, self.AGE)
        ):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue and column in (self.STATUS, self.AGE):
                return self.tr("Over 30 days without a decision")
            if column == self.AGE and row.received_at is not None:
                return self.tr("Received {0}").format(
                    f"{row.received_at.astimezone():%Y-%m-%d %H:%M}"
                )
            if column in (self.SENDER, self.SUBJECT):
                return row.sender if column == self.SENDER else row.subject
            if column == self.ARTICLE and row.evidence:
                confidence = f" ({row.confidence:.0%})" if row.confidence is not None else ""
                return f"{row.evidence}{confidence}"
        if role == self.RequestIdRole:
            return row.id
        return None

    def _age(self, received: datetime | None) -> str:
        if received is None:
            return ""
        days = (self._now - received).days
        if days < 1:
            hours = max(0, int((self._now - received).total_seconds() // 3600))
            return self.tr("{0} h").format(hours)
        return self.tr("{0} d").format(days)
