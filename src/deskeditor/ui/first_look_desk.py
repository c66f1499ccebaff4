"""The desk as its first look shows it, taking typing while the database opens.

A desk already on disk shows its list (newest first) and the article open last
time right after the first paint, read with plain sqlite3 (storage/first_look.py),
while SQLAlchemy loads and the database opens on a worker, about a second. Until
the open desk takes over (`hand_over`):

- the article shown takes typing; the desk, once open, keeps what was typed and
  saves it (OpenArticle.take_over). If the desk cannot open, `keep_typed` writes
  it to a Deskeditor JSON file (importable) that the error names;
- another row picked opens that article while nothing has been typed; once
  something has, the typed article stays open and selected until it is saved;
- the window's commands only the open desk answers (new article, save, export…)
  are disabled, so a shortcut is seen to do nothing, never silently dropped;
- a search or a filter shows nothing until the desk's index is open.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from deskeditor.domain.article import Article
from deskeditor.files import private_folder, write_text_atomically
from deskeditor.storage.first_look import FirstLook
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.models.article_list_model import ArticleListModel

log = logging.getLogger(__name__)
KEPT_FOLDER = "kept"  # in the data folder: typing the desk could not take


class FirstLookDesk(QObject):
    """Owns the first look's state: the article shown and whether it was typed into."""

    def __init__(self, look: FirstLook, window: MainWindow, parent: QObject | None = None):
        super().__init__(parent)
        self._look = look
        self._window = window
        self._editor = window.editor
        self._list = window.list_panel
        self.shown: Article | None = None
        self.typed = False
        self._disabled: list[QAction] = []

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
        commands = self._window.window_actions.desk_commands()
        self._disabled = [a for a in commands if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        # The one-line fields, section, language and pull quotes say `edited`; the
        # body's document is modified by typing only (its highlighting is layout).
        self._editor.edited.connect(self._on_edit)
        self._editor.body.document().modificationChanged.connect(self._on_edit)
        self._list.article_selected.connect(self._pick)

    def hand_over(self) -> None:
        """The open desk takes over (its controllers answer the commands from now on)."""
        self._editor.edited.disconnect(self._on_edit)
        self._editor.body.document().modificationChanged.disconnect(self._on_edit)
        self._list.article_selected.disconnect(self._pick)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []

    def close(self) -> None:
        self._look.close()

    def keep_typed(self, folder: Path) -> Path | None:
        """What was typed into the article shown, as a Deskeditor JSON file in
        ``folder``/kept (for when the desk cannot open); None when nothing was typed."""
        if self.shown is None or not self.typed:
            return None
        from deskeditor.formats.json import write_json

        draft = self._editor.draft(self.shown)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = folder / KEPT_FOLDER / f"{draft.slug or 'article'}-{stamp}.json"
        private_folder(target.parent)
        return write_text_atomically(target, write_json(draft, ()), private=True)

    def _read(self, article_id: int) -> Article | None:
        try:
            return self._look.get(article_id)
        except (sqlite3.Error, ValueError) as error:  # the open desk says what is wrong
            log.info("no first look at article %s: %s", article_id, error)
            return None

    def _open(self, article: Article) -> None:
        assert article.id is not None
        self._editor.load(article)
        self._list.select_article(article.id)
        self.shown = article

    def _on_edit(self, *_: object) -> None:
        self.typed = self.typed or self.shown is not None

    def _pick(self, article_id: int) -> None:
        """Another row: opened if nothing was typed; else the typed one stays."""
        current = self.shown.id if self.shown is not None else None
        if article_id == current:
            return
        article = None if self.typed else self._read(article_id)
        if article is not None:
            self._open(article)
            return
        if current is not None:
            self._list.select_article(current)
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Opening the desk… this article stays open until it is saved"
            ),
            4000,
        )
