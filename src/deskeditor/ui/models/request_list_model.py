"""The corrections inbox as a table: status, age, sender, subject, matched article."""

from __future__ import annotations

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
    from deskeditor.services.inbox import RequestSummary

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#c53030")


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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestSummary] = []
        self._now = datetime.now(UTC)

    def set_requests(self, rows: list[RequestSummary], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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
