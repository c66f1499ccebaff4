"""The open article's history as a table, newest first, paged in from the revision
service as rows are shown: a history of 5,000 revisions costs one COUNT and the
pages on screen, never a snapshot."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from deskeditor.domain.article import ChangeCount, RevisionInfo, RevisionReason
from deskeditor.ui.labels import revision_reason_label

if TYPE_CHECKING:
    from deskeditor.services.revisions import RevisionService

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b42318")


class RevisionListModel(QAbstractTableModel):
    WHEN, WHO, WHAT, CHANGES = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("RevisionListModel", "When"),
        QT_TRANSLATE_NOOP("RevisionListModel", "Who"),
        QT_TRANSLATE_NOOP("RevisionListModel", "What"),
        QT_TRANSLATE_NOOP("RevisionListModel", "Words"),
    )
    RevisionIdRole = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 200
    uncounted = Signal(list)  # ids of shown revisions whose changes are not counted yet

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: RevisionService | None = None
        self._article_id: int | None = None
        self._pages: dict[int, list[RevisionInfo]] = {}
        self._total = 0
        self._to_count: list[int] = []
        self._ask = QTimer(self)  # counts are asked for after the view has its rows
        self._ask.setSingleShot(True)
        self._ask.setInterval(0)
        self._ask.timeout.connect(self._ask_counts)

    @property
    def article_id(self) -> int | None:
        return self._article_id

    def set_article(self, service: RevisionService | None, article_id: int | None) -> None:
        """Show the history of ``article_id`` (None: nothing), newest first."""
        self.beginResetModel()
        self._service, self._article_id = service, article_id
        self._pages = {}
        self._total = 0
        if service is not None and article_id is not None:
            self._total = service.count(article_id)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_article(self._service, self._article_id)

    def revision(self, row: int) -> RevisionInfo | None:
        if not 0 <= row < self._total or self._service is None or self._article_id is None:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._service.page(self._article_id, number * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[number] = page
            self._to_count += [r.id for r in page if r.changes is None]
            if self._to_count:
                self._ask.start()
        return page[offset] if offset < len(page) else None

    def counted(self, changes: dict[int, ChangeCount]) -> None:
        """Counts came back for revisions kept by an older version: show them."""
        for number, page in self._pages.items():
            for offset, info in enumerate(page):
                if info.id in changes:
                    page[offset] = dataclasses.replace(info, changes=changes[info.id])
                    row = number * self.PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.CHANGES))

    def _ask_counts(self) -> None:
        ids, self._to_count = self._to_count, []
        if ids:
            self.uncounted.emit(ids)

    # -- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("RevisionListModel", str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.revision(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info)
        if role == self.RevisionIdRole:
            return info.id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHAT:
            return WARN if info.reason is RevisionReason.PUBLISH_OVERRIDE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CHANGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, info: RevisionInfo, column: int) -> str:
        if column == self.WHEN:
            return f"{info.created_at.astimezone():%d %b %H:%M}"
        if column == self.WHO:
            return info.author or self.tr("(unknown)")
        if column == self.WHAT:
            return self.what(info)
        if info.changes is None:
            return "…"
        if not info.changes.fields:
            return "—"
        if not (info.changes.added or info.changes.removed):
            return self.tr("fields")
        return f"+{info.changes.added} −{info.changes.removed}"

    def what(self, info: RevisionInfo) -> str:
        label = revision_reason_label(info.reason)
        if info.coalesced_until is not None:
            label = self.tr("{0} (coalesced to {1})").format(
                label, f"{info.coalesced_until.astimezone():%H:%M}"
            )
        return f"{label}: {info.note}" if info.note else label

    def _tooltip(self, info: RevisionInfo) -> str:
        lines = [
            self.tr("Revision {0}, {1}").format(
                info.id, f"{info.created_at.astimezone():%Y-%m-%d %H:%M:%S}"
            ),
            self.what(info),
        ]
        if info.changes is not None and info.changes.fields:
            fields = ", ".join(f.replace("_", " ") for f in info.changes.fields)
            lines.append(self.tr("Changed: {0}").format(fields))
        return "\n".join(lines)
