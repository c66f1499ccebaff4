"""The pull quotes of the open article, editable in a table; quotes the body no longer
holds are flagged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from deskeditor.domain.article import PullQuote
from deskeditor.domain.pull_quotes import missing_quotes

Index = QModelIndex | QPersistentModelIndex
PROBLEM_COLOUR = QColor("#c53030")


class PullQuoteModel(QAbstractTableModel):
    TEXT, ATTRIBUTION, AFTER = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("PullQuoteModel", "Quote"),
        QT_TRANSLATE_NOOP("PullQuoteModel", "Attribution"),
        QT_TRANSLATE_NOOP("PullQuoteModel", "After ¶"),
    )
    ProblemRole = Qt.ItemDataRole.UserRole + 1

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._quotes: list[PullQuote] = []
        self._missing: set[int] = set()

    @property
    def quotes(self) -> tuple[PullQuote, ...]:
        return tuple(self._quotes)

    @property
    def problems(self) -> list[int]:
        return sorted(self._missing)

    def set_quotes(self, quotes: tuple[PullQuote, ...], body: str) -> None:
        self.beginResetModel()
        self._quotes = list(quotes)
        self._missing = set(missing_quotes(self._quotes, body))
        self.endResetModel()

    def check_against(self, body: str) -> None:
        """Re-mark the quotes the body no longer contains."""
        missing = set(missing_quotes(self._quotes, body))
        if missing != self._missing:
            self._missing = missing
            if self._quotes:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._quotes) - 1, 2))

    def add(self, quote: PullQuote, body: str) -> int:
        row = len(self._quotes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._quotes.append(quote)
        self.endInsertRows()
        self.check_against(body)
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._quotes):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._quotes[row]
        self.endRemoveRows()
        self._missing = {i if i < row else i - 1 for i in self._missing if i != row}
        self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        """Move a quote up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._quotes) and 0 <= target < len(self._quotes)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._quotes[row], self._quotes[target] = self._quotes[target], self._quotes[row]
        self.endMoveRows()
        swap = {row: target, target: row}
        self._missing = {swap.get(i, i) for i in self._missing}
        self.edited.emit()
        return target

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._quotes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return QCoreApplication.translate("PullQuoteModel", str(self.HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._quotes):
            return None
        quote = self._quotes[index.row()]
        problem = index.row() in self._missing
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (quote.text, quote.attribution, quote.after_paragraph)[column]
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return self.tr("This quote no longer appears in the body.")
            return quote.text if column == self.TEXT else None
        if role == self.ProblemRole:
            return problem
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        quote = self._quotes[index.row()]
        column = index.column()
        if column == self.TEXT:
            changed = PullQuote(str(value), quote.attribution, quote.after_paragraph)
        elif column == self.ATTRIBUTION:
            changed = PullQuote(quote.text, str(value), quote.after_paragraph)
        else:
            try:
                after = max(0, int(value))
            except (TypeError, ValueError):
                return False
            changed = PullQuote(quote.text, quote.attribution, after)
        if changed == quote:
            return False
        self._quotes[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
