"""The article list with its search box, status and section filters and trash view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.domain.article import ArticleQuery, ArticleStatus, SortKey
from deskeditor.ui.labels import status_label
from deskeditor.ui.models.article_list_model import ArticleListModel
from deskeditor.ui.widgets.empty_desk import EmptyDeskPage

SEARCH_DEBOUNCE_MS = 250


class ArticleTableView(QTableView):
    """The list's table; files dropped on it are imported."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)


class ArticleListPanel(QWidget):
    article_selected = Signal(int)
    files_dropped = Signal(list)  # list[Path]: import them

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search headline, dek, body, byline…"))
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ArticleStatus:
            self.status_filter.addItem(status_label(status), status)
        self.section_filter = QComboBox()
        self.section_filter.setAccessibleName(self.tr("Filter by section"))
        self.section_filter.addItem(self.tr("All sections"), None)
        self.section_filter.setProperty("data_from", 1)  # the desk's own sections follow
        for combo in (self.status_filter, self.section_filter):  # a narrow list stays usable
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.trash_button = QToolButton()
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(self.tr("Show deleted articles, to restore them"))
        self.table = self._build_table(model)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.section_filter, 1)
        filters.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        self.empty = EmptyDeskPage(
            self.tr("No articles yet"),
            self.tr("Import copy, or drop files here; or start a new article."),
        )
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)
        layout.addWidget(self.results, 1)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._show_table_or_guidance)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)  # Down: into the results
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.section_filter.currentIndexChanged.connect(self.apply_filters)
        self.trash_button.toggled.connect(self.apply_filters)
        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.section_filter)
        QWidget.setTabOrder(self.section_filter, self.trash_button)
        QWidget.setTabOrder(self.trash_button, self.table)

    def _build_table(self, model: ArticleListModel) -> QTableView:
        view = ArticleTableView()
        view.files_dropped.connect(self.files_dropped)
        view.setObjectName("articleList")
        view.setAccessibleName(self.tr("Article list"))
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(ArticleListModel.HEADLINE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ArticleListModel.SECTION, 80),
            (ArticleListModel.BYLINE, 130),
            (ArticleListModel.STATUS, 78),
            (ArticleListModel.WORDS, 52),
            (ArticleListModel.UPDATED, 96),
        ):
            view.setColumnWidth(column, width)
        # A narrow pane shows the headline first; the header's menu brings back the rest.
        view.setColumnHidden(ArticleListModel.BYLINE, True)
        view.setColumnHidden(ArticleListModel.SECTION, True)
        header.setMinimumSectionSize(40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(ArticleListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return view

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column, title, _ in ArticleListModel.COLUMNS:
            if column == ArticleListModel.HEADLINE:
                continue
            action = menu.addAction(QCoreApplication.translate("ArticleListModel", str(title)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def set_sections(self, sections: list[str]) -> None:
        chosen = self.section_filter.currentData()
        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("All sections"), None)
        for section in sections:
            self.section_filter.addItem(section, section)
        index = self.section_filter.findData(chosen)
        self.section_filter.setCurrentIndex(max(0, index))
        self.section_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        previous = self.model.query
        sort, descending = previous.sort, previous.descending
        if text and not previous.text:
            sort = SortKey.RELEVANCE  # a new search shows the best matches first
        elif not text and sort is SortKey.RELEVANCE:
            sort, descending = SortKey.UPDATED, True
        self.table.horizontalHeader().setSortIndicatorShown(sort is not SortKey.RELEVANCE)
        self.model.set_query(
            ArticleQuery(
                text=text,
                status=self.status_filter.currentData(),
                section=self.section_filter.currentData(),
                trash=self.trash_button.isChecked(),
                sort=sort,
                descending=descending,
            )
        )

    def _search_now(self) -> None:
        """Enter in the search box: the results now, and the cursor on the first."""
        self.apply_filters()
        self.go_to_results()

    def go_to_results(self) -> None:
        """Put the keyboard in the list, on the current row or else the first."""
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus()

    def take_focus(self) -> None:
        """Ctrl+1: the keyboard in the list (the open article's row stays current), or
        in the search box when there is nothing to list."""
        shown = self.results.currentWidget() is self.table and self.model.rowCount() > 0
        (self.table if shown else self.search).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            if self._debounce.isActive():
                self.apply_filters()
            self.go_to_results()
            return True
        return super().eventFilter(watched, event)

    @property
    def desk_empty(self) -> bool:
        """No articles at all (not merely none matching a search or filter)."""
        query = self.model.query
        unfiltered = not (query.text or query.status or query.section or query.trash)
        return unfiltered and self.model.rowCount() == 0

    def _show_table_or_guidance(self) -> None:
        self.results.setCurrentWidget(self.empty if self.desk_empty else self.table)

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(ArticleListModel.ArticleIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_article(self, article_id: int) -> bool:
        """Select the article's row without announcing it (it is already open)."""
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()
        return True

    def clear_selection(self) -> None:
        """Select no row, without announcing it (an article with no row is open)."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.table.viewport().update()

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) article in the list."""
        row = self.table.currentIndex().row() + delta if self.table.currentIndex().isValid() else 0
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(ArticleListModel.ArticleIdRole) if current.isValid() else None
        if value is not None:
            self.article_selected.emit(int(value))
