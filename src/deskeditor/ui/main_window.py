"""The main window: layout and docking only. Behaviour lives in the controllers,
the panels and the actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from deskeditor.settings import (
    BODY_SPLITTER,
    LIST_HEADER,
    SHOW_LIST,
    SHOW_PREVIEW,
    SPLITTER,
    WINDOW_GEOMETRY,
    WINDOW_SCREEN,
    WINDOW_STATE,
    Settings,
)
from deskeditor.ui.actions import WindowActions
from deskeditor.ui.models.article_list_model import ArticleListModel
from deskeditor.ui.pane_layout import PaneLayout, PaneSplitter
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.article_list_panel import ArticleListPanel
from deskeditor.ui.widgets.inbox_panel import InboxPanel

# Up to this size (available, in device-independent pixels) a first start maximizes.
LARGE_SCREEN = (1920, 1200)


# OpenArticle's save states (open_article.SaveState), as the status bar says them.
SAVE_STATES = {
    "Saved": QT_TRANSLATE_NOOP("SaveState", "Saved"),
    "Saving…": QT_TRANSLATE_NOOP("SaveState", "Saving…"),
    "Unsaved changes": QT_TRANSLATE_NOOP("SaveState", "Unsaved changes"),
    "Conflict": QT_TRANSLATE_NOOP("SaveState", "Conflict"),
    "Not saved": QT_TRANSLATE_NOOP("SaveState", "Not saved"),
}


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
        # No mnemonics on the tabs: Go → Article list (Ctrl+1) and Corrections inbox
        # (Ctrl+2) switch them, and the window's Alt+letters go to the fields.
        self.left_tabs.addTab(self.list_panel, self.tr("Articles"))
        self.left_tabs.addTab(self.inbox_panel, self.tr("Corrections inbox"))
        self.editor = editor
        self.preview = preview
        # The article being edited; a revision or a comparison may take its place.
        self.center = QStackedWidget()
        self.center.setObjectName("center")
        self.center.addWidget(editor)
        self.splitter = PaneSplitter()
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.left_tabs, self.center, preview):
            self.splitter.addWidget(widget)
        self.setCentralWidget(self.splitter)
        self.window_actions = WindowActions(self)
        self.toolbar = self.window_actions.populate(self)
        a = self.window_actions
        self.panes = PaneLayout(self.splitter, a.toggle_list, a.toggle_preview, self)
        self.panes.collapsed.connect(self._tell_collapsed)
        self.panes.unfolded.connect(self._untell_collapsed)
        self._collapsed_message = ""
        # The list offers the import (files are dropped there too); the editor, every start.
        self.list_panel.empty.set_actions([a.import_files])
        editor.empty.set_actions([a.import_files, a.new, a.open_demo])
        a.show_articles.triggered.connect(lambda: self._show_tab(self.list_panel))
        a.show_inbox.triggered.connect(lambda: self._show_tab(self.inbox_panel))
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

    def present(self) -> None:
        """Show the window: as it was left on this screen, or filling the screen
        (maximized where it is laptop-sized) on a first start and when the layout was
        left on a screen of another size (a laptop taken off its desk's monitor)."""
        available = self._available()
        same_screen = self._settings.get(WINDOW_SCREEN) == _size_text(available)
        if self._settings.get(WINDOW_GEOMETRY) and same_screen:
            self.show()
            return
        if available.width() <= LARGE_SCREEN[0] or available.height() <= LARGE_SCREEN[1]:
            self.showMaximized()
            return
        width, height = int(available.width() * 0.9), int(available.height() * 0.9)
        self.resize(width, height)
        self.move(available.center() - self.rect().center())
        self.show()

    def _show_tab(self, panel: ArticleListPanel | InboxPanel) -> None:
        if self.panes.wanted["list"] is False or not self.panes.shown("list"):
            self.panes.set_wanted("list", True)
        self.left_tabs.setCurrentWidget(panel)
        panel.take_focus()

    def _tell_collapsed(self, pane: str) -> None:
        a = self.window_actions
        action = a.toggle_preview if pane == "preview" else a.toggle_list
        what = self.tr("The preview") if pane == "preview" else self.tr("The article list")
        self._collapsed_message = self.tr(
            "{0} is folded away while the window is narrow; {1} brings it back"
        ).format(what, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.statusBar().showMessage(self._collapsed_message, 8000)

    def _untell_collapsed(self, _pane: str) -> None:
        """The pane is back: a message saying it is folded away would now mislead."""
        if self._collapsed_message and self.statusBar().currentMessage() == self._collapsed_message:
            self.statusBar().clearMessage()

    def show_save_state(self, state: str, detail: str) -> None:
        shown = str(SAVE_STATES.get(state, state))
        self.save_label.setText(QCoreApplication.translate("SaveState", shown))
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
            self.panes.fresh = False
        if body := s.get(BODY_SPLITTER):
            self.editor.body_split.restoreState(body)
        if header := s.get(LIST_HEADER):
            self.list_panel.table.horizontalHeader().restoreState(header)
        self.panes.restore_wanted(s.get(SHOW_LIST), s.get(SHOW_PREVIEW))

    def _available(self) -> QRect:
        return (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()

    def save_layout(self) -> None:
        s = self._settings
        s.set(WINDOW_SCREEN, _size_text(self._available()))
        s.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        s.set(WINDOW_STATE, bytes(self.saveState().data()))
        s.set(SPLITTER, bytes(self.splitter.saveState().data()))
        s.set(BODY_SPLITTER, bytes(self.editor.body_split.saveState().data()))
        s.set(LIST_HEADER, bytes(self.list_panel.table.horizontalHeader().saveState().data()))
        s.set(SHOW_LIST, self.panes.wanted["list"])
        s.set(SHOW_PREVIEW, self.panes.wanted["preview"])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_guard():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)


def _size_text(area: QRect) -> str:
    return f"{area.width()}x{area.height()}"
