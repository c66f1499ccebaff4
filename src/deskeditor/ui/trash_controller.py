"""The trash: moving an article there (asks), bringing it back, deleting it for good
(asks). A trashed article opens read-only under a bar that offers Restore and
Delete forever; nothing in the trash is edited, saved, published or copied."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.delete_dialog import DeleteDialog, PurgeDialog
from deskeditor.ui.editing_controller import EditingController
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.open_article import OpenArticle

log = logging.getLogger(__name__)
PROBLEMS = (ServiceError, StorageError, OSError)


class TrashController(QObject):
    def __init__(
        self,
        window: MainWindow,
        service: ArticleService,
        article: OpenArticle,
        editing: EditingController,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.article = article
        self.editing = editing
        self.list = window.list_panel
        actions = window.window_actions
        actions.delete.triggered.connect(self.delete)
        actions.restore.triggered.connect(self.restore)
        bar = window.editor.trash_bar
        bar.restore_button.clicked.connect(self.restore)
        bar.purge_button.clicked.connect(self.purge)
        article.opened.connect(self._opened)
        self.list.trash_button.toggled.connect(lambda _: self._opened(article.article))
        self._opened(None)

    def delete(self) -> None:
        """Move the open article to the trash (it asks); in the trash, delete it forever."""
        if self.article.read_only:
            self.purge()
            return
        current = self.article.article_id
        if current is None:
            return
        try:
            info = self.service.deletion_info(current)
            if not DeleteDialog.ask(self.window, info):
                return
            self.article.flush()
            self.service.delete(current)
        except PROBLEMS as error:
            self._tell(self.tr("Cannot delete the article"), str(error))
            return
        self.article.show(None)
        self.editing.refresh_list()
        self._say(self.tr("Moved to the trash; File → Restore from trash brings it back"))

    def restore(self) -> None:
        """Bring back the trashed article that is open, or the one chosen in the trash."""
        chosen = self.article.article_id if self.article.read_only else None
        if chosen is None and self.list.model.query.trash:
            chosen = self.list.current_article_id()
            if chosen is None:
                self._say(self.tr("Pick an article in the trash to restore it"))
                return
        if chosen is None:
            self._say(
                self.tr("Show the trash (the Trash button over the list) and pick an article")
            )
            return
        try:
            self.service.restore(chosen)
        except PROBLEMS as error:
            self._tell(self.tr("Cannot restore the article"), str(error))
            return
        self.list.trash_button.setChecked(False)
        self.editing.load(chosen)
        self._say(self.tr("Restored: back on the desk"))

    def purge(self) -> None:
        """Delete the open trashed article for good, after asking."""
        current = self.article.article
        if current is None or current.id is None or not current.in_trash:
            return
        try:
            if not PurgeDialog.ask(self.window, self.service.deletion_info(current.id)):
                return
            self.service.purge(current.id)
        except PROBLEMS as error:
            self._tell(self.tr("Cannot delete the article"), str(error))
            return
        self.article.show(None)
        self.editing.refresh_list()
        self._say(self.tr("Deleted forever"))

    def _opened(self, article: Article | None, _notices: object = None) -> None:
        """What the window offers follows where the open article is."""
        trashed = article is not None and article.in_trash
        actions = self.window.window_actions
        for action in (actions.duplicate, actions.save):
            action.setEnabled(article is not None and not trashed)
        actions.delete.setEnabled(article is not None)
        actions.delete.setText(self.tr("&Delete forever…") if trashed else self.tr("&Delete…"))
        actions.restore.setEnabled(trashed or self.list.trash_button.isChecked())

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _tell(self, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)
        messages.warn(self.window, title, text)
