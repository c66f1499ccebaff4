"""The main window: layout and wiring only; panels and actions live elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QTableView

from deskeditor import __version__
from deskeditor.settings import LIST_HEADER, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from deskeditor.ui.models.article_list_model import ArticleListModel


class MainWindow(QMainWindow):
    article_activated = Signal(int)

    def __init__(self, settings: Settings, model: ArticleListModel) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle("Deskeditor")
        self.list_model = model
        self.article_list = self._build_list(model)
        self.setCentralWidget(self.article_list)
        self._build_menus()
        self._count_label = QLabel()
        self.statusBar().addPermanentWidget(self._count_label)
        model.modelReset.connect(self._update_count)
        self._restore_layout()

    def _build_list(self, model: ArticleListModel) -> QTableView:
        view = QTableView()
        view.setObjectName("articleList")
        view.setAccessibleName(self.tr("Article list"))
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(ArticleListModel.HEADLINE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ArticleListModel.SECTION, 110),
            (ArticleListModel.BYLINE, 190),
            (ArticleListModel.STATUS, 100),
            (ArticleListModel.WORDS, 70),
            (ArticleListModel.UPDATED, 140),
        ):
            view.setColumnWidth(column, width)
        header.setSortIndicator(ArticleListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        view.activated.connect(self._on_activated)
        return view

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Deskeditor"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def show_database(self, path_text: str) -> None:
        self.statusBar().showMessage(path_text)

    def _update_count(self) -> None:
        count = self.list_model.rowCount()
        text = self.tr("1 article") if count == 1 else self.tr("{0} articles").format(f"{count:,}")
        self._count_label.setText(text)

    def _on_activated(self, index: object) -> None:
        article_id = self.list_model.data(index, ArticleListModel.ArticleIdRole)  # type: ignore[arg-type]
        if article_id is not None:
            self.article_activated.emit(int(article_id))

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Deskeditor"),
            self.tr("<b>Deskeditor</b> {0}<br>An editorial workstation for copy editors.").format(
                __version__
            ),
        )

    def _restore_layout(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self._settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)
        header = self._settings.get(LIST_HEADER)
        if header:
            self.article_list.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(
            LIST_HEADER, bytes(self.article_list.horizontalHeader().saveState().data())
        )
        super().closeEvent(event)
