"""The article list as a Qt table model, paged in from the article service.

Rows are fetched a page at a time when the view asks for them and kept in a
small cache, so a list of 100,000 articles costs one COUNT and the pages on
screen; bodies are never loaded.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from deskeditor.domain.article import ArticleQuery, ArticleSummary, SortKey
from deskeditor.ui.labels import status_label


class ArticlePages(Protocol):
    """Where the rows come from: the article service, or the first look at start-up
    (storage/first_look.py) until the service has loaded."""

    def count(self, query: ArticleQuery) -> int: ...

    def list_page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]: ...

    def search_results(self, query: ArticleQuery) -> list[ArticleSummary]: ...


Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    HEADLINE, SECTION, BYLINE, STATUS, WORDS, UPDATED = range(6)
    COLUMNS = (
        (HEADLINE, QT_TRANSLATE_NOOP("ArticleListModel", "Headline"), SortKey.HEADLINE),
        (SECTION, QT_TRANSLATE_NOOP("ArticleListModel", "Section"), SortKey.SECTION),
        (BYLINE, QT_TRANSLATE_NOOP("ArticleListModel", "Byline"), SortKey.BYLINE),
        (STATUS, QT_TRANSLATE_NOOP("ArticleListModel", "Status"), SortKey.STATUS),
        (WORDS, QT_TRANSLATE_NOOP("ArticleListModel", "Words"), SortKey.WORDS),
        (UPDATED, QT_TRANSLATE_NOOP("ArticleListModel", "Updated"), SortKey.UPDATED),
    )
    ArticleIdRole = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 100
    MAX_CACHED_PAGES = 40

    def __init__(self, service: ArticlePages | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = ArticleQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()
        self._locale = QLocale()
        self._editors: dict[str, str] = {}  # article uid -> who is editing it (a shared desk)

    # -- configuration ---------------------------------------------------------
    def set_service(self, service: ArticlePages, keep_rows: bool = False) -> None:
        """Read the list from ``service``; with ``keep_rows`` the count and the rows
        read so far stay (they are what ``service`` would give)."""
        self._service = service
        if not keep_rows:
            self.refresh()

    @property
    def query(self) -> ArticleQuery:
        return self._query

    def set_query(self, query: ArticleQuery) -> None:
        if query != self._query:
            self._query = query
            self.refresh()

    def refresh(self) -> None:
        """Re-read the count and drop cached pages, e.g. after a save elsewhere.

        A text search is read whole (at most a thousand rows, no bodies) so the
        index is asked once, not once per page.
        """
        self.beginResetModel()
        self._pages.clear()
        if self._service is None:
            self._count = 0
        elif self._query.text.strip():
            hits = self._service.search_results(self._query)
            for start in range(0, len(hits), self.PAGE_SIZE):
                self._pages[start // self.PAGE_SIZE] = hits[start : start + self.PAGE_SIZE]
            self._count = len(hits)
        else:
            self._count = self._service.count(self._query)
        self.endResetModel()

    def summary(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < self._count or self._service is None:
            return None
        page_number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self._service.list_page(
                self._query, page_number * self.PAGE_SIZE, self.PAGE_SIZE
            )
            self._pages[page_number] = page
            if len(self._pages) > self.MAX_CACHED_PAGES and not self._query.text:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("ArticleListModel", str(self.COLUMNS[section][1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.summary(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.HEADLINE:
                return f"{item.headline}\n{item.byline}" if item.byline else item.headline
            if column == self.UPDATED:
                return item.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ArticleIdRole:
            return item.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.set_query(
            ArticleQuery(
                text=self._query.text,
                status=self._query.status,
                section=self._query.section,
                trash=self._query.trash,
                sort=self.COLUMNS[column][2],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    def row_of(self, article_id: int, search_pages: int = 5) -> int | None:
        """The row showing ``article_id``, looked for in loaded pages, then in the first
        few (read one at a time, until it is found)."""
        found = self._loaded_row_of(article_id)
        for number in range(min(search_pages, -(-self._count // self.PAGE_SIZE))):
            if found is not None or number in self._pages:
                continue
            self.summary(number * self.PAGE_SIZE)
            found = self._loaded_row_of(article_id)
        return found

    def _loaded_row_of(self, article_id: int) -> int | None:
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == article_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def _when(self, moment: datetime) -> str:
        """Today's times as 14:05, this year's dates as 29 Nov 14:05, older ones in full."""
        local = moment.astimezone()
        now = datetime.now(local.tzinfo)
        if local.date() == now.date():
            return local.strftime("%H:%M")
        if local.year == now.year:
            return local.strftime("%d %b %H:%M")
        return local.strftime("%Y-%m-%d")

    def set_editors(self, editors: dict[str, str]) -> None:
        """Who else is editing which article (their leases on a shared desk)."""
        if editors == self._editors:
            return
        self._editors = dict(editors)
        if self._count:
            last = self.index(self._count - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)

    def editor_of(self, row: int) -> str:
        item = self.summary(row)
        return self._editors.get(item.uid, "") if item is not None else ""

    def update_summary(self, summary: ArticleSummary) -> None:
        """Show a saved article's new values in place, without moving rows."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == summary.id:
                    page[offset] = summary
                    row = number * self.PAGE_SIZE + offset
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.COLUMNS) - 1)
                    )
                    return

    def _display(self, item: ArticleSummary, column: int) -> str | None:
        if column == self.HEADLINE:
            headline = item.headline or self.tr("(no headline)")
            if editor := self._editors.get(item.uid):
                return self.tr("✎ {0} is editing · {1}").format(editor, headline)
            return headline
        if column == self.SECTION:
            return item.section
        if column == self.BYLINE:
            return item.byline
        if column == self.STATUS:
            return status_label(item.status)
        if column == self.WORDS:
            return self._locale.toString(item.word_count)
        if column == self.UPDATED:
            return self._when(item.updated_at)
        return None
