"""The window's actions: text, shortcuts and where they appear. Behaviour is wired
by the controllers; this module only declares."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from deskeditor.services.exporting import ExportFormat

Key = QKeySequence.StandardKey


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        def make(text: str, shortcut: Key | str | None = None, tip: str = "") -> QAction:
            action = QAction(window.tr(text), window)
            if isinstance(shortcut, Key):
                action.setShortcuts(QKeySequence.keyBindings(shortcut))
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setToolTip(window.tr(tip))
                action.setStatusTip(window.tr(tip))
            return action

        self.new = make("&New article", Key.New, "Start a new article")
        self.duplicate = make("D&uplicate", "Ctrl+Shift+D", "Copy this article into a new draft")
        self.save = make("&Save", Key.Save, "Save now and keep a revision")
        self.delete = make("&Delete…", "Ctrl+Shift+Del", "Move this article to the trash")
        self.restore = make("&Restore from trash", None, "Bring this article back from the trash")
        self.import_files = make("&Import…", "Ctrl+I", "Import articles from files")
        self.import_folder = make(
            "Import a &folder…", None, "Import every article file in a folder"
        )
        self.export = {fmt: make(fmt.menu_text, None, fmt.description) for fmt in ExportFormat}
        self.print_preview = make("Print pre&view…", Key.Print, "The article on paper")
        self.export_ledger_csv = make(
            "Export corrections ledger (CS&V)…", None, "Every request and notice"
        )
        self.export_ledger_jsonld = make(
            "Export corrections ledger (JSON-L&D)…",
            None,
            "schema.org CorrectionComment notices per article",
        )
        self.preferences = make("&Preferences…", Key.Preferences, "Fonts and copy-fit budgets")
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.quit = make("&Quit", Key.Quit)
        self.undo = make("&Undo", Key.Undo)
        self.redo = make("&Redo", Key.Redo)
        self.find = make("&Find…", Key.Find, "Find in the body")
        self.replace = make("Find and &replace…", "Ctrl+H", "Find and replace in the body")
        self.next_article = make("&Next article", "Ctrl+PgDown")
        self.previous_article = make("&Previous article", "Ctrl+PgUp")
        self.focus_search = make("&Search articles", "Ctrl+K", "Search all articles")
        self.refresh = make("Re&load list", Key.Refresh)
        self.about = make("&About Deskeditor")

    def populate(self, window: QMainWindow) -> QToolBar:
        bar = window.menuBar()
        self._menu(
            bar.addMenu(window.tr("&File")),
            [
                self.new,
                self.duplicate,
                self.save,
                None,
                self.import_files,
                self.import_folder,
                None,
                *self.export.values(),
                self.print_preview,
                None,
                self.export_ledger_csv,
                self.export_ledger_jsonld,
                None,
                self.delete,
                self.restore,
                None,
                self.preferences,
                None,
                self.quit,
            ],
        )
        self._menu(
            bar.addMenu(window.tr("&Edit")),
            [
                self.undo,
                self.redo,
                None,
                self.find,
                self.replace,
            ],
        )
        self._menu(
            bar.addMenu(window.tr("&Go")),
            [
                self.focus_search,
                self.next_article,
                self.previous_article,
                None,
                self.refresh,
            ],
        )
        self._menu(bar.addMenu(window.tr("&Help")), [self.about])
        toolbar = window.addToolBar(window.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (self.new, self.save, self.duplicate, self.delete, self.find):
            toolbar.addAction(action)
        return toolbar

    @staticmethod
    def _menu(menu: QMenu, actions: list[QAction | None]) -> None:
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
