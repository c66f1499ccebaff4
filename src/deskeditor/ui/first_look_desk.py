"""The desk as its first look shows it, taking typing while the database opens.

A desk already on disk shows its list (newest first) and the article open last
time in the window's first frame, read with plain sqlite3 (storage/first_look.py),
while SQLAlchemy loads and the database opens on a worker (`open_behind`, the job
in ui/desk_opening.py), about a second. Until the open desk takes over:

- the article shown takes typing; the desk, once open, keeps what was typed and
  saves it (OpenArticle.take_over). If the desk cannot open, it is written to a
  Deskeditor JSON file (importable) that the error names;
- closing the window waits for the desk to open and lets it save what was typed;
- another row picked opens that article while nothing has been typed; once
  something has, the typed article stays open and selected until it is saved;
- New article opens a blank one at once (on an empty desk, the only way in): what
  is typed into it is stored as a new article when the desk opens;
- the window's other commands only the open desk answers (save, export…) are
  disabled, so a shortcut is seen to do nothing, never silently dropped; so
  are the editor's controls it answers (the status, a published slug's change,
  the checks and the queries);
- a search or a filter shows nothing until the desk's index is open.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from deskeditor.domain.article import Article, ArticleQuery
from deskeditor.files import private_folder, write_text_atomically
from deskeditor.storage.first_look import FirstLook, first_look
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.models.article_list_model import ArticleListModel, ArticlePages
from deskeditor.ui.worker import Worker

if TYPE_CHECKING:
    from deskeditor.storage.database import Database

log = logging.getLogger(__name__)
KEPT_FOLDER = "kept"  # in the data folder: typing the desk could not take


class FirstLookDesk(QObject):
    """Owns the desk until it is open: the article shown, whether it was typed into,
    and the database opening behind it."""

    def __init__(self, path: Path, look: FirstLook, window: MainWindow) -> None:
        super().__init__(window)
        self._path = path
        self._look = look
        self._window = window
        self._editor = window.editor
        self._list = window.list_panel
        self.shown: Article | None = None
        self.typed = False
        self._disabled: list[QAction] = []
        self._loading = False
        self._opening: Future[Database] | None = None
        self._opened: Callable[[Database], None] = lambda _database: None
        self._failed: Callable[[str], None] = lambda _message: None
        self._kept_folder = path.parent

    @classmethod
    def look(cls, path: Path, window: MainWindow) -> FirstLookDesk | None:
        """The first look at the database at ``path``; None when there is none (a new
        desk, one to upgrade, an unreadable file: the full open deals with them)."""
        look = first_look(path)
        return cls(path, look, window) if look is not None else None

    def show(self, last_article: int | None) -> None:
        """The list, and ``last_article`` open (else the newest), typing taken."""
        self._list.model.set_service(self._look)
        article = self._read(last_article) if last_article else None
        if article is None:
            first = self._list.model.index(0, 0)
            newest = first.data(ArticleListModel.ArticleIdRole) if first.isValid() else None
            article = self._read(newest) if isinstance(newest, int) else None
        if article is not None:
            self._open(article)
        else:
            self._editor.show_empty(self._list.desk_empty)
        actions = self._window.window_actions
        commands = [a for a in actions.desk_commands() if a is not actions.new]
        self._disabled = [a for a in commands if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        actions.new.triggered.connect(self._new)
        # The one-line fields, section, language and pull quotes say `edited`; the
        # body's document is modified by typing only (its highlighting is layout).
        self._editor.edited.connect(self._on_edit)
        self._editor.body.document().modificationChanged.connect(self._on_body_modified)
        self._list.article_selected.connect(self._pick)

    def hand_over(self, pages: ArticlePages) -> None:
        """The open desk takes over: ``pages`` serve the list from now on and its
        controllers answer the commands. The rows the first look read for the list's
        default order (a second ago) stay, its selection with them, unless the
        database changed meanwhile; any other query is read afresh."""
        model = self._list.model
        unchanged = model.query == ArticleQuery() and not self._look.changed()
        model.set_service(pages, keep_rows=unchanged)
        self._editor.edited.disconnect(self._on_edit)
        self._editor.body.document().modificationChanged.disconnect(self._on_body_modified)
        self._list.article_selected.disconnect(self._pick)
        self._window.window_actions.new.triggered.disconnect(self._new)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self._editor.set_read_only(self._editor.read_only)  # its controls, as the article has them
        self._editor.trash_bar.setEnabled(True)

    def close(self) -> None:
        self._look.close()

    def open_behind(
        self,
        worker: Worker,
        opened: Callable[[Database], None],
        failed: Callable[[str], None],
        kept_folder: Path,
    ) -> None:
        """Open the database on ``worker``; then ``opened(database)`` on the GUI thread
        builds the desk (which calls hand_over), or ``failed(message)`` says why it
        could not, what was typed kept in ``kept_folder``/kept."""
        from deskeditor.ui.desk_opening import open_desk_storage
        from deskeditor.ui.interpreter import switch_threads_quickly

        switch_threads_quickly()  # the window answers typing while the worker loads
        self._opened, self._failed, self._kept_folder = opened, failed, kept_folder
        path, page = self._path, ArticleListModel.PAGE_SIZE
        shown = self.shown.id if self.shown is not None else None
        self._opening = worker.submit(
            lambda: open_desk_storage(path, shown, page), self._deliver, self._fail
        )
        self._window.close_guard = self._close_while_opening

    def settle(self) -> None:
        """Wait for the opening (a second at most, mostly) and let the desk take over
        what was typed, or say why it cannot."""
        opening = self._opening
        if opening is None:
            return
        try:
            database = opening.result()
        except Exception as error:
            self._fail(error)
            return
        self._deliver(database)

    def _close_while_opening(self) -> bool:
        """Closed before the desk opened: it opens, then closes as an open desk does."""
        self.settle()
        guard = self._window.close_guard
        return True if guard == self._close_while_opening else guard()

    def _deliver(self, database: Database) -> None:
        if self._opening is None:  # taken over already, by closing the window
            return
        self._opening = None
        try:
            self._opened(database)
        except Exception as error:  # the desk could not be built on it: not opened
            self._give_up(error)

    def _fail(self, error: Exception) -> None:
        if self._opening is None:
            return
        self._opening = None
        self._give_up(error)

    def _give_up(self, error: Exception) -> None:
        from deskeditor.storage.errors import StorageError

        if not isinstance(error, StorageError | OSError):
            log.error("the desk did not open", exc_info=error)
        message = str(error) or type(error).__name__
        try:
            kept = self._keep_typed()
        except OSError as keeping:
            message += f"\nWhat you typed could not be kept: {keeping}"
        else:
            if kept is not None:
                message += f"\nWhat you typed is kept in {kept} (File → Import reads it)."
        self._failed(message)

    def _keep_typed(self) -> Path | None:
        """What was typed into the article shown, as a Deskeditor JSON file in the
        kept folder; None when nothing was typed."""
        if self.shown is None or not self.typed:
            return None
        from deskeditor.formats.json import write_json

        draft = self._editor.draft(self.shown)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = self._kept_folder / KEPT_FOLDER / f"{draft.slug or 'article'}-{stamp}.json"
        private_folder(target.parent)
        return write_text_atomically(target, write_json(draft, ()), private=True)

    def _read(self, article_id: int) -> Article | None:
        try:
            return self._look.get(article_id)
        except (sqlite3.Error, ValueError) as error:  # the open desk says what is wrong
            log.info("no first look at article %s: %s", article_id, error)
            return None

    def _open(self, article: Article) -> None:
        """Show ``article`` (a new one has no id yet: no row is selected)."""
        self._loading = True
        try:
            self._editor.load(article)
        finally:
            self._loading = False
        e = self._editor  # what only the open desk answers waits for it
        for control in (e.status, e.change_slug, e.checks, e.queries, e.trash_bar):
            control.setEnabled(False)
        self.shown = article
        self._select_shown()

    def _select_shown(self) -> None:
        """The shown article's row selected; none for a new one (it has no row yet)."""
        if self.shown is not None and self.shown.id is not None:
            self._list.select_article(self.shown.id)
        else:
            self._list.clear_selection()

    def _new(self) -> None:
        """New article: a blank one, typed into now and stored when the desk opens;
        not while another article's typing waits to be saved."""
        if self.shown is None or self.shown.id is not None:  # not the new one already
            if self.typed:
                self._say_stays_open()
                return
            self._open(Article())
        self._editor.fields["headline"].setFocus()

    def _on_edit(self) -> None:
        """The fields, section, language and pull quotes: never said while loading."""
        self.typed = self.typed or self.shown is not None

    def _on_body_modified(self, modified: bool) -> None:
        """The body's document: modified by typing, never by its highlighting."""
        if modified and not self._loading:
            self._on_edit()

    def _pick(self, article_id: int) -> None:
        """Another row: opened if nothing was typed; else the typed one stays."""
        current = self.shown.id if self.shown is not None else None
        if article_id == current:
            return
        article = None if self.typed else self._read(article_id)
        if article is not None:
            self._open(article)
            return
        if self.shown is not None:
            self._select_shown()
        self._say_stays_open()

    def _say_stays_open(self) -> None:
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Opening the desk… this article stays open until it is saved"
            ),
            4000,
        )
