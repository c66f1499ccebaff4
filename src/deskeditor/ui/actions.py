"""The window's actions: text, shortcuts and where they appear. Behaviour is wired
by the controllers; this module only declares."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from deskeditor.services.exporting import ExportFormat
from deskeditor.ui.labels import export_description, export_menu_text

Key = QKeySequence.StandardKey
CONTEXT = "WindowActions"


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        def make(
            text: object,
            shortcut: Key | str | None = None,
            tip: object = "",
            translated: bool = False,
        ) -> QAction:
            """An action; ``text`` and ``tip`` are marked (QT_TRANSLATE_NOOP) in the
            WindowActions context and translated here, unless ``translated``."""
            text, tip = str(text), str(tip)
            if not translated:
                text = QCoreApplication.translate(CONTEXT, text)
                tip = QCoreApplication.translate(CONTEXT, tip) if tip else ""
            action = QAction(text, window)
            if isinstance(shortcut, Key):
                action.setShortcuts(QKeySequence.keyBindings(shortcut))
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setToolTip(tip)
                action.setStatusTip(tip)
            return action

        self.new = make(
            QT_TRANSLATE_NOOP("WindowActions", "&New article"),
            Key.New,
            QT_TRANSLATE_NOOP("WindowActions", "Start a new article"),
        )
        self.duplicate = make(
            QT_TRANSLATE_NOOP("WindowActions", "D&uplicate"),
            "Ctrl+Shift+D",
            QT_TRANSLATE_NOOP("WindowActions", "Copy this article into a new draft"),
        )
        self.save = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Save"),
            Key.Save,
            QT_TRANSLATE_NOOP("WindowActions", "Save now and keep a revision"),
        )
        self.delete = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Delete…"),
            "Ctrl+Shift+Del",
            QT_TRANSLATE_NOOP("WindowActions", "Move this article to the trash"),
        )
        self.restore = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Restore from trash"),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Bring this article back from the trash"),
        )
        self.import_files = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Import copy…"),
            "Ctrl+I",
            QT_TRANSLATE_NOOP("WindowActions", "Import articles from files"),
        )
        self.import_folder = make(
            QT_TRANSLATE_NOOP("WindowActions", "Import a &folder…"),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Import every article file in a folder"),
        )
        self.export = {
            fmt: make(export_menu_text(fmt), None, export_description(fmt), translated=True)
            for fmt in ExportFormat
        }
        self.print_preview = make(
            QT_TRANSLATE_NOOP("WindowActions", "Print pre&view…"),
            Key.Print,
            QT_TRANSLATE_NOOP("WindowActions", "The article on paper"),
        )
        self.print_proof = make(
            QT_TRANSLATE_NOOP("WindowActions", "Print pr&oof…"),
            "Ctrl+Shift+O",
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "A desk proof: every page headed with slug, status, section, date and page",
            ),
        )
        self.since_filed = make(
            QT_TRANSLATE_NOOP("WindowActions", "Chan&ges since filed…"),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "What the desk changed since the story was filed"),
        )
        self.queries_in_exports = make(
            QT_TRANSLATE_NOOP("WindowActions", "Mar&k queries in exports"),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Show the desk's queries in exported HTML and PDF"),
        )
        self.queries_in_exports.setCheckable(True)
        self.export_ledger_csv = make(
            QT_TRANSLATE_NOOP("WindowActions", "Export corrections ledger (&CSV)…"),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Every request and notice"),
        )
        self.export_ledger_jsonld = make(
            QT_TRANSLATE_NOOP("WindowActions", "Export corrections ledger (JSON-&LD)…"),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "schema.org CorrectionComment notices per article"),
        )
        self.preferences = make(
            QT_TRANSLATE_NOOP("WindowActions", "Pr&eferences…"),
            Key.Preferences,
            QT_TRANSLATE_NOOP("WindowActions", "Fonts and copy-fit budgets"),
        )
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.quit = make(QT_TRANSLATE_NOOP("WindowActions", "&Quit"), Key.Quit)
        self.undo = make(QT_TRANSLATE_NOOP("WindowActions", "&Undo"), Key.Undo)
        self.redo = make(QT_TRANSLATE_NOOP("WindowActions", "&Redo"), Key.Redo)
        self.find = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Find…"),
            Key.Find,
            QT_TRANSLATE_NOOP("WindowActions", "Find in the body"),
        )
        self.replace = make(
            QT_TRANSLATE_NOOP("WindowActions", "Find and rep&lace…"),
            "Ctrl+H",
            QT_TRANSLATE_NOOP("WindowActions", "Find and replace in the body"),
        )
        self.find_next = make(
            QT_TRANSLATE_NOOP("WindowActions", "Find ne&xt"),
            Key.FindNext,
            QT_TRANSLATE_NOOP("WindowActions", "The next match in the body"),
        )
        self.find_previous = make(
            QT_TRANSLATE_NOOP("WindowActions", "Find pre&vious"),
            Key.FindPrevious,
            QT_TRANSLATE_NOOP("WindowActions", "The previous match"),
        )
        self.smart_quotes = make(
            QT_TRANSLATE_NOOP("WindowActions", "S&mart quotes"),
            "Ctrl+Shift+'",
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "Curl straight quotes and apostrophes into the article language's marks",
            ),
        )
        self.add_query = make(
            QT_TRANSLATE_NOOP("WindowActions", "Add &query…"),
            "Ctrl+Alt+M",
            QT_TRANSLATE_NOOP("WindowActions", "Ask the reporter about the selected text (a CQ)"),
        )
        self.history = make(
            QT_TRANSLATE_NOOP("WindowActions", "&History"),
            "Ctrl+Alt+H",
            QT_TRANSLATE_NOOP("WindowActions", "The article's revisions: view, compare, restore"),
        )
        self.next_article = make(QT_TRANSLATE_NOOP("WindowActions", "&Next article"), "Ctrl+PgDown")
        self.previous_article = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Previous article"), "Ctrl+PgUp"
        )
        self.focus_search = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Search articles"),
            "Ctrl+K",
            QT_TRANSLATE_NOOP("WindowActions", "Search all articles"),
        )
        self.show_articles = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Article list"),
            "Ctrl+1",
            QT_TRANSLATE_NOOP("WindowActions", "The article list tab"),
        )
        self.show_inbox = make(
            QT_TRANSLATE_NOOP("WindowActions", "Corrections &inbox"),
            "Ctrl+2",
            QT_TRANSLATE_NOOP("WindowActions", "The corrections inbox tab"),
        )
        self.toggle_list = make(
            QT_TRANSLATE_NOOP("WindowActions", "Article &list"),
            "Ctrl+Shift+L",
            QT_TRANSLATE_NOOP("WindowActions", "Show or hide the article list"),
        )
        self.toggle_preview = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Preview"),
            "Ctrl+Shift+P",
            QT_TRANSLATE_NOOP("WindowActions", "Show or hide the preview"),
        )
        self.refresh = make(QT_TRANSLATE_NOOP("WindowActions", "Re&load list"), Key.Refresh)
        self.shortcuts = make(
            QT_TRANSLATE_NOOP("WindowActions", "&Keyboard shortcuts"),
            Key.HelpContents,
            QT_TRANSLATE_NOOP("WindowActions", "Every shortcut"),
        )
        self.shortcuts.setShortcuts([*self.shortcuts.shortcuts(), QKeySequence("Ctrl+/")])
        self.open_demo = make(
            QT_TRANSLATE_NOOP("WindowActions", "Open the &demo desk"),
            None,
            QT_TRANSLATE_NOOP(
                "WindowActions", "Try Deskeditor on sample articles, in a new window"
            ),
        )
        self.about = make(QT_TRANSLATE_NOOP("WindowActions", "&About Deskeditor"))

    def desk_commands(self) -> list[QAction]:
        """The commands the open desk's controllers answer: all but the window's own
        (showing its panes and tabs, answered by the window itself)."""
        own = {self.toggle_list, self.toggle_preview, self.show_articles, self.show_inbox}
        found = [a for a in vars(self).values() if isinstance(a, QAction) and a not in own]
        return [*found, *self.export.values()]

    def populate(self, window: QMainWindow) -> QToolBar:
        bar = window.menuBar()
        self._menu(
            bar.addMenu(QCoreApplication.translate("WindowActions", "&File")),
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
                self.since_filed,
                self.queries_in_exports,
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
            bar.addMenu(QCoreApplication.translate("WindowActions", "&Edit")),
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
                self.add_query,
            ],
        )
        self._menu(
            bar.addMenu(QCoreApplication.translate("WindowActions", "&View")),
            [self.toggle_list, self.toggle_preview],
        )
        self._menu(
            bar.addMenu(QCoreApplication.translate("WindowActions", "&Go")),
            [
                self.focus_search,
                self.show_articles,
                self.show_inbox,
                None,
                self.next_article,
                self.previous_article,
                self.history,
                None,
                self.refresh,
            ],
        )
        self._menu(
            bar.addMenu(QCoreApplication.translate("WindowActions", "&Help")),
            [self.shortcuts, None, self.open_demo, None, self.about],
        )
        toolbar = window.addToolBar(QCoreApplication.translate("WindowActions", "Main"))
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
