"""The main window: layout and docking only. Behaviour lives in the controllers,
the panels and the actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from deskeditor.settings import (
    BODY_SPLITTER,
    LIST_HEADER,
    SPLITTER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from deskeditor.ui.actions import WindowActions
from deskeditor.ui.models.article_list_model import ArticleListModel
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.article_list_panel import ArticleListPanel
from deskeditor.ui.widgets.inbox_panel import InboxPanel


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        model: ArticleListModel,
        editor: ArticleEditor,
        preview: QWidget,
    ) -> None:
        super().__init__()
        self._settings = settings
        # The editing controller saves before the window closes; False keeps it open.
        self.close_guard: Callable[[], bool] = lambda: True
        self.setWindowTitle("Deskeditor")
        self.list_model = model
        self.list_panel = ArticleListPanel(model)
        self.inbox_panel = InboxPanel()
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.list_panel, self.tr("&Articles"))
        self.left_tabs.addTab(self.inbox_panel, self.tr("Corrections &inbox"))
        self.editor = editor
        self.preview = preview
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.left_tabs, editor, preview):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self.window_actions = WindowActions(self)
        self.toolbar = self.window_actions.populate(self)
        self.words_label = QLabel()
        self.chars_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.save_label.setMinimumWidth(140)
        self.chars_label.setMinimumWidth(220)
        self.words_label.setMinimumWidth(100)
        for label in (self.words_label, self.chars_label, self.save_label):
            self.statusBar().addPermanentWidget(label)
        self.splitter.setSizes([470, 540, 430])
        self._restore_layout()

    def show_save_state(self, state: str, detail: str) -> None:
        self.save_label.setText(self.tr(state))
        self.save_label.setToolTip(detail)
        colour = {"Conflict": "#c53030", "Not saved": "#c53030", "Unsaved changes": "#b7791f"}
        self.save_label.setStyleSheet(f"color: {colour[state]};" if state in colour else "")

    def _restore_layout(self) -> None:
        s = self._settings
        if geometry := s.get(WINDOW_GEOMETRY):
            self.restoreGeometry(geometry)
        if state := s.get(WINDOW_STATE):
            self.restoreState(state)
        if sizes := s.get(SPLITTER):
            self.splitter.restoreState(sizes)
        if body := s.get(BODY_SPLITTER):
            self.editor.body_split.restoreState(body)
        if header := s.get(LIST_HEADER):
            self.list_panel.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        s = self._settings
        s.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        s.set(WINDOW_STATE, bytes(self.saveState().data()))
        s.set(SPLITTER, bytes(self.splitter.saveState().data()))
        s.set(BODY_SPLITTER, bytes(self.editor.body_split.saveState().data()))
        s.set(LIST_HEADER, bytes(self.list_panel.table.horizontalHeader().saveState().data()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_guard():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
