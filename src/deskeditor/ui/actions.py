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
        self.import_files = make("&Import copy…", "Ctrl+I", "Import articles from files")
        self.import_folder = make(
            "Import a &folder…", None, "Import every article file in a folder"
        )
        self.export = {fmt: make(fmt.menu_text, None, fmt.description) for fmt in ExportFormat}
        self.print_preview = make("Print pre&view…", Key.Print, "The article on paper")
        self.print_proof = make(
            "Print pr&oof…",
            "Ctrl+Shift+O",
            "A desk proof: every page headed with slug, status, section, date and page",
        )
        self.export_ledger_csv = make(
            "Export corrections ledger (&CSV)…", None, "Every request and notice"
        )
        self.export_ledger_jsonld = make(
            "Export corrections ledger (JSON-&LD)…",
            None,
            "schema.org CorrectionComment notices per article",
        )
        self.preferences = make("Pr&eferences…", Key.Preferences, "Fonts and copy-fit budgets")
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.quit = make("&Quit", Key.Quit)
        self.undo = make("&Undo", Key.Undo)
        self.redo = make("&Redo", Key.Redo)
        self.find = make("&Find…", Key.Find, "Find in the body")
        self.replace = make("Find and rep&lace…", "Ctrl+H", "Find and replace in the body")
        self.find_next = make("Find ne&xt", Key.FindNext, "The next match in the body")
        self.find_previous = make("Find pre&vious", Key.FindPrevious, "The previous match")
        self.smart_quotes = make(
            "S&mart quotes",
            "Ctrl+Shift+'",
            "Curl straight quotes and apostrophes into the article language's marks",
        )
        self.next_article = make("&Next article", "Ctrl+PgDown")
        self.previous_article = make("&Previous article", "Ctrl+PgUp")
        self.focus_search = make("&Search articles", "Ctrl+K", "Search all articles")
        self.show_articles = make("&Article list", "Ctrl+1", "The article list tab")
        self.show_inbox = make("Corrections &inbox", "Ctrl+2", "The corrections inbox tab")
        self.toggle_list = make("Article &list", "Ctrl+Shift+L", "Show or hide the article list")
        self.toggle_preview = make("&Preview", "Ctrl+Shift+P", "Show or hide the preview")
        self.refresh = make("Re&load list", Key.Refresh)
        self.shortcuts = make("&Keyboard shortcuts", Key.HelpContents, "Every shortcut")
        self.shortcuts.setShortcuts([*self.shortcuts.shortcuts(), QKeySequence("Ctrl+/")])
        self.open_demo = make(
            "Open the &demo desk", None, "Try Deskeditor on sample articles, in a new window"
        )
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
                self.print_proof,
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
                self.find_next,
                self.find_previous,
                None,
                self.smart_quotes,
            ],
        )
        self._menu(bar.addMenu(window.tr("&View")), [self.toggle_list, self.toggle_preview])
        self._menu(
            bar.addMenu(window.tr("&Go")),
            [
                self.focus_search,
                self.show_articles,
                self.show_inbox,
                None,
                self.next_article,
                self.previous_article,
                None,
                self.refresh,
            ],
        )
        self._menu(
            bar.addMenu(window.tr("&Help")),
            [self.shortcuts, None, self.open_demo, None, self.about],
        )
        toolbar = window.addToolBar(window.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (
            self.new,
            self.import_files,
            self.save,
            self.duplicate,
            self.delete,
            self.find,
        ):
            toolbar.addAction(action)
        return toolbar

    @staticmethod
    def _menu(menu: QMenu, actions: list[QAction | None]) -> None:
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
