"""The editing controller: opening, creating and saving articles, wired to the
list, the editor, the open article and the window's actions. (The trash is
trash_controller.py; status moves are workflow_controller.py.)"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from deskeditor import __version__
from deskeditor.domain.article import Article, RevisionReason
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.queries import Query
from deskeditor.domain.text import count_words
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ConflictError, ServiceError
from deskeditor.services.importing import ImportOutcome
from deskeditor.settings import (
    BODY_FONT_FAMILY,
    BODY_FONT_SIZE,
    DEK_BUDGET,
    HEADLINE_BUDGET,
    LAST_ARTICLE,
    Settings,
)
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from deskeditor.ui.dialogs.preferences_dialog import PreferencesDialog
from deskeditor.ui.dialogs.shortcut_sheet import ShortcutSheet
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.empty_desk import demo_desk_command, start_demo_desk

log = logging.getLogger(__name__)
USER_ERRORS = (ServiceError, StorageError, OSError)


class EditingController(QObject):
    budgets_changed = Signal(int, int)  # headline, dek
    preferences_changed = Signal()

    def __init__(
        self,
        window: MainWindow,
        service: ArticleService,
        article: OpenArticle,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.article = article
        self.settings = settings
        self.editor = window.editor
        self.list = window.list_panel
        self._word_timer = QTimer(self)
        self._word_timer.setSingleShot(True)
        self._word_timer.setInterval(300)
        self._word_timer.timeout.connect(self._count_words)
        self._recheck_quotes = QTimer(self)
        self._recheck_quotes.setSingleShot(True)
        self._recheck_quotes.setInterval(400)
        self._recheck_quotes.timeout.connect(self.editor.pull_quotes.recheck)
        self.shortcut_sheet: ShortcutSheet | None = None
        self._wire()
        self.apply_preferences()

    def _wire(self) -> None:
        a = self.window.window_actions
        self.list.article_selected.connect(self.open_article)
        self.article.edited.connect(self._word_timer.start)
        self.article.edited.connect(self._recheck_quotes.start)
        self.article.edited.connect(self._count_chars)
        self.article.opened.connect(self._opened)
        self.article.state_changed.connect(self.window.show_save_state)
        self.article.saved.connect(self._on_saved)
        self.article.conflicted.connect(self._resolve_conflict)
        self.article.gone.connect(self._article_gone)
        self.editor.body.highlighting_changed.connect(self._highlighting_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        a.new.triggered.connect(self.new_article)
        a.duplicate.triggered.connect(self.duplicate_article)
        a.save.triggered.connect(self.save_now)
        a.preferences.triggered.connect(self.edit_preferences)
        a.quit.triggered.connect(self.window.close)
        a.undo.triggered.connect(lambda: self._on_focused("undo"))
        a.redo.triggered.connect(lambda: self._on_focused("redo"))
        a.find.triggered.connect(lambda: self.editor.find_bar.open(replace=False))
        a.replace.triggered.connect(lambda: self.editor.find_bar.open(replace=True))
        a.find_next.triggered.connect(lambda: self._find_again(forward=True))
        a.find_previous.triggered.connect(lambda: self._find_again(forward=False))
        a.next_article.triggered.connect(lambda: self.list.step(1))
        a.previous_article.triggered.connect(lambda: self.list.step(-1))
        a.focus_search.triggered.connect(self._focus_search)
        a.refresh.triggered.connect(self.refresh_list)
        a.about.triggered.connect(self._about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.open_demo.triggered.connect(self._open_demo)
        self.list.model.modelReset.connect(self._reselect_open_article)
        self.window.close_guard = self.close

    # -- opening ---------------------------------------------------------------
    def start(self, first_look: tuple[Article, bool] | None = None) -> None:
        """Fill the list and reopen the article that was open last time; or, given
        the article the first look showed and whether it was typed into, that one,
        with what was typed."""
        recovered = self._recover_orphans()
        if first_look is not None and self._take_over(*first_look):
            new = first_look[0].id is None
            self.refresh_list(rows=recovered or new)  # the rows the first look read, else
            return
        self.refresh_list()
        last = self.settings.get(LAST_ARTICLE)
        if last and self.load(last, quiet=True):
            return
        first = self.list.model.index(0, 0)
        if first.isValid():
            self.list.table.setCurrentIndex(first)

    def _recover_orphans(self) -> bool:
        """Text a window kept aside for an article deleted meanwhile, when that window
        died before its user chose: each becomes a new draft, so nothing is lost.
        True when there were some (the list has new rows)."""
        try:
            recovered = self.service.recover_orphaned_drafts(exclude=self.article.session)
        except USER_ERRORS as error:
            log.warning("could not recover kept text: %s", error)
            return False
        if recovered:
            self.window.statusBar().showMessage(
                self.tr(
                    "Recovered %n article(s) typed into after being deleted elsewhere",
                    "",
                    len(recovered),
                ),
                10000,
            )
        return bool(recovered)

    def open_article(self, article_id: int) -> None:
        # Picked in the trash while open as a live article (trashed in another window):
        # open it again, as it is now.
        same_place = self.list.model.query.trash == self.article.read_only
        if self.article.article_id == article_id and same_place:
            return
        if not self.article.flush():
            self._reselect_open_article()
            return
        self.load(article_id)

    def load(self, article_id: int, quiet: bool = False) -> bool:
        """Open the stored article (read-only when it is in the trash)."""
        try:
            article, notices, queries = self._read(article_id)
        except USER_ERRORS as error:
            if not quiet:
                self._tell(self.tr("Cannot open the article"), str(error))
            return False
        self.article.show(article, notices, queries)
        self.list.select_article(article_id)
        self.settings.set(LAST_ARTICLE, article_id)
        return True

    def _take_over(self, shown: Article, typed: bool) -> bool:
        """Open the article the first look showed, keeping what was typed into it."""
        if shown.id is None:
            self._store_new()
            return True
        try:
            stored, notices, queries = self._read(shown.id)
        except USER_ERRORS as error:
            if not typed:
                return False
            # Saving it says what stands in the way (deleted meanwhile: kept aside).
            log.warning("could not read the article typed into at start-up: %s", error)
            stored, notices, queries = shown, [], []
        self.article.take_over(shown, stored, typed, notices, queries)
        if self.list.current_article_id() != shown.id:  # the list was read afresh
            self.list.select_article(shown.id)
        self.settings.set(LAST_ARTICLE, shown.id)
        return True

    def _store_new(self) -> None:
        """The new article the first look opened: stored as typed so far (a storage
        error is the desk's failure to open: what was typed is kept in a file)."""
        created = self.service.create(self.editor.draft(Article()))
        if created.slug != self.editor.fields["slug"].text():  # made free: "ferry-2"
            self.editor.set_fields(created, {"slug"})
        self.article.take_over(created, created, typed=False)
        assert created.id is not None
        self.settings.set(LAST_ARTICLE, created.id)

    def _read(self, article_id: int) -> tuple[Article, list[CorrectionNotice], list[Query]]:
        """The stored article with its notices and queries, as opening it shows them."""
        service = self.service
        return service.get(article_id), service.notices(article_id), service.queries(article_id)

    def _opened(self, article: Article | None, _notices: object) -> None:
        self._count_words()
        self._count_chars()

    # -- commands --------------------------------------------------------------
    def new_article(self) -> None:
        self._create(Article())

    def duplicate_article(self) -> None:
        current = self.article.article_id
        if current is None or not self.article.flush():
            return
        if self.article.read_only:
            self._say_in_trash()
            return
        try:
            copy = self.service.duplicate(current)
        except USER_ERRORS as error:
            self._tell(self.tr("Cannot duplicate the article"), str(error))
            return
        self._show_created(copy)

    def _create(self, article: Article) -> Article | None:
        if not self.article.flush():
            return None
        try:
            created = self.service.create(article)
        except USER_ERRORS as error:
            self._tell(self.tr("Cannot create the article"), str(error))
            return None
        self._show_created(created)
        return created

    def _show_created(self, article: Article) -> None:
        assert article.id is not None
        self.refresh_list()
        self.load(article.id)
        self.editor.fields["headline"].setFocus()

    def save_now(self) -> None:
        if self.article.read_only:
            self._say_in_trash()
        elif self.article.flush(RevisionReason.SAVE):
            self.window.statusBar().showMessage(self.tr("Saved, with a revision kept"), 3000)

    def _say_in_trash(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("This article is in the trash: Restore it to edit, save or copy it"), 6000
        )

    def reopen(self, article_id: int) -> None:
        """Show the stored state of an article changed elsewhere in the app (e.g.
        corrected from the inbox), if it is the one open, and refresh the list."""
        if self.article.article_id == article_id and self.article.flush():
            self.load(article_id)
        self.refresh_list()

    def show_imported(self, outcomes: list[ImportOutcome]) -> None:
        """After an import: the list shows the new articles; the first one opens."""
        self.refresh_list()
        first = next((o.article_id for o in outcomes if o.article_id is not None), None)
        if first is not None and self.article.flush():
            self.load(first)

    def refresh_list(self, rows: bool = True) -> None:
        """The sections, and the list's rows read afresh (``rows``)."""
        try:
            sections = self.service.sections()
            if rows:
                self.list.model.refresh()
        except USER_ERRORS as error:
            self._tell(self.tr("Cannot read the article list"), str(error))
            return
        self.list.set_sections(sections)
        self.editor.set_sections(sections)
        if self.article.article is None:
            self.editor.show_empty(self.list.desk_empty)

    def edit_preferences(self) -> None:
        if PreferencesDialog.ask(self.window, self.settings):
            self.apply_preferences()
            self.preferences_changed.emit()

    def apply_preferences(self) -> None:
        s = self.settings
        self.editor.body.set_body_font(s.get(BODY_FONT_FAMILY), s.get(BODY_FONT_SIZE))
        self.editor.set_budgets(s.get(HEADLINE_BUDGET), s.get(DEK_BUDGET))
        self.budgets_changed.emit(s.get(HEADLINE_BUDGET), s.get(DEK_BUDGET))

    def close(self) -> bool:
        """Save before the window closes; True when it may close."""
        if self.article.flush() or not self.article.dirty:
            return True
        return messages.choose(
            self.window,
            self.tr("Unsaved changes"),
            self.tr(
                "Your latest changes could not be saved ({0}). Quit anyway and lose them, "
                "or stay and copy your text somewhere safe?"
            ).format(self.window.save_label.toolTip() or self.article.state),
            accept=self.tr("Quit and lose them"),
            reject=self.tr("Stay"),
        )

    # -- conflicts and deletions elsewhere -----------------------------------------
    def _resolve_conflict(self, error: ConflictError) -> None:
        """Someone else saved first. Until the user chooses, their text is kept aside
        (OpenArticle); whichever they choose, the other text is kept too."""
        mine, theirs = error.mine, error.theirs
        choice = ConflictDialog.ask(self.window, error)
        try:
            if choice is not ConflictChoice.KEEP_MINE:  # the queries asked meanwhile stay
                assert theirs.id is not None
                self.service.keep_queries(theirs.id, self.article.query_changes(), mine)
            if choice is ConflictChoice.KEEP_MINE:
                if self.article.keep_mine(error):
                    return
            elif choice is ConflictChoice.SAVE_COPY:
                copy = self.article.save_copy(mine)
                message = self.tr("Your version was saved as a new article: “{0}”")
                self.window.statusBar().showMessage(message.format(copy.headline), 8000)
            else:
                self.article.set_aside(mine)
                self.window.statusBar().showMessage(
                    self.tr("Your version is kept in the article's revisions"), 8000
                )
        except USER_ERRORS as failure:
            self._tell(self.tr("Cannot settle the conflict"), str(failure))
            return
        assert theirs.id is not None
        self.load(theirs.id)  # the stored text, afresh
        self.refresh_list()

    def _article_gone(self, mine: Article) -> None:
        """The open article was deleted or trashed elsewhere while it was being typed
        in. Asked once: keep the text as a new draft, or let it go. Either way it
        closes, so nothing asks again."""
        keep = messages.choose(
            self.window,
            self.tr("Article deleted elsewhere"),
            self.tr(
                "“{0}” was deleted in another window while you were editing it. "
                "Keep your text as a new draft?"
            ).format(mine.headline or self.tr("Untitled")),
            accept=self.tr("Keep as a new draft"),
            reject=self.tr("Let it go"),
        )
        try:
            if keep:
                copy = self.article.save_copy(mine)
            else:
                self.article.let_go(mine)
        except USER_ERRORS as failure:
            self._tell(self.tr("Cannot keep the text"), str(failure))
            return
        self.article.show(None)
        self.refresh_list()
        if keep:
            self._show_created(copy)

    # -- status bar and small helpers ----------------------------------------------
    def _on_saved(self, stored: Article) -> None:
        self.list.model.update_summary(stored.summary())
        if stored.section and self.editor.section.findText(stored.section) < 0:
            sections = self.service.sections()
            self.list.set_sections(sections)
            self.editor.set_sections(sections)

    def _count_words(self) -> None:
        words = count_words(self.editor.body.toPlainText())
        self.window.words_label.setText(self.tr("%Ln word(s)", "", words))

    def _highlighting_changed(self, on: bool) -> None:
        if not on:
            self.window.statusBar().showMessage(
                self.tr("A very long body: highlighting is off so typing stays quick"), 8000
            )

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._count_chars()

    def _count_chars(self) -> None:
        focused = QApplication.focusWidget()
        if (
            focused is None
            or not self.editor.isAncestorOf(focused)
            or self.editor.find_bar.isAncestorOf(focused)  # the find bar counts matches
        ):
            self.window.chars_label.clear()
            return
        if isinstance(focused, QLineEdit):
            length = len(focused.text())
        elif isinstance(focused, QPlainTextEdit):
            length = max(0, focused.document().characterCount() - 1)
        else:
            self.window.chars_label.clear()
            return
        name = focused.accessibleName() or self.tr("field")
        self.window.chars_label.setText(self.tr("{0}: %Ln character(s)", "", length).format(name))

    def _on_focused(self, method: str) -> None:
        """Edit → Undo/Redo: the field with the focus; from anywhere else (a button,
        the list, the find bar right after Replace all), the body."""
        bar = self.editor.find_bar
        focused: QWidget | None = QApplication.focusWidget()
        in_bar = focused is not None and bar.isAncestorOf(focused)
        if isinstance(focused, QLineEdit | QPlainTextEdit) and not in_bar:
            getattr(focused, method)()
        elif method == "undo" and bar.undo_replace_all():
            return
        elif isinstance(focused, QLineEdit) and in_bar:
            getattr(focused, method)()
        elif self.editor.has_article:
            getattr(self.editor.body, method)()

    def _find_again(self, forward: bool) -> None:
        bar = self.editor.find_bar
        if not bar.find_field.text():
            bar.open(replace=False)
        elif forward:
            bar.find_next()
        else:
            bar.find_previous()

    def _focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def _reselect_open_article(self) -> None:
        """Keep the open article's row selected, where the list shows it as it is open
        (a live article trashed elsewhere is picked afresh from the trash)."""
        current = self.article.article_id
        if current is not None and self.list.model.query.trash == self.article.read_only:
            self.list.select_article(current)

    def show_shortcuts(self) -> ShortcutSheet:
        """Help → Keyboard shortcuts: one sheet, raised again if it is open."""
        if self.shortcut_sheet is None or not self.shortcut_sheet.isVisible():
            self.shortcut_sheet = ShortcutSheet.show_for(self.window)
        self.shortcut_sheet.raise_()
        self.shortcut_sheet.activateWindow()
        return self.shortcut_sheet

    def _open_demo(self) -> None:
        if start_demo_desk():
            self.window.statusBar().showMessage(
                self.tr("The demo desk opens in a new window; this desk stays as it is"), 6000
            )
        else:
            self._tell(self.tr("Cannot open the demo desk"), " ".join(demo_desk_command()))

    def _about(self) -> None:
        messages.inform(
            self.window,
            self.tr("About Deskeditor"),
            self.tr("Deskeditor {0}\nAn editorial workstation for news copy editors.").format(
                __version__
            ),
        )

    def _tell(self, title: str, message: str) -> None:
        log.warning("%s: %s", title, message)
        messages.warn(self.window, title, message)
