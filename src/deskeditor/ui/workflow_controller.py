"""The article's workflow in the window: the status control offers only the moves
the state machine allows, and a move forward over errors asks first (a yes for
ready, an override with a reason for published); a published article's slug
changes only deliberately. Both are kept in the article's history."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from deskeditor.domain.text import follows_headline
from deskeditor.domain.workflow import Gate
from deskeditor.services.errors import ServiceError
from deskeditor.services.workflow import WorkflowService
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.slug_dialog import SlugDialog
from deskeditor.ui.dialogs.status_gate_dialog import StatusGateDialog
from deskeditor.ui.labels import status_label
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.article_editor import ArticleEditor

log = logging.getLogger(__name__)
PROBLEMS = (ServiceError, StorageError)


class WorkflowController(QObject):
    moved = Signal(object)  # the stored Article at its new status

    def __init__(
        self,
        window: QMainWindow,
        editor: ArticleEditor,
        article: OpenArticle,
        workflow: WorkflowService,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.article = article
        self.workflow = workflow
        editor.status.activated.connect(self._chosen)
        editor.slug_change_requested.connect(self.change_slug)
        article.saved.connect(self._reflect)

    def _chosen(self, index: int) -> None:
        target = ArticleStatus(self.editor.status.itemData(index))
        stored = self.article.article
        if stored is None:
            return
        self.editor.show_status(stored.status)  # it shows the stored status until it moves
        if target is not stored.status:
            self.move_to(target)

    def move_to(self, target: ArticleStatus) -> bool:
        """Move the open article (everything typed saved first) to ``target``;
        True when it moved."""
        if self.article.read_only or not self.article.flush():
            return False
        draft = self.article.draft()
        assert draft is not None
        try:
            assessment = self.workflow.assess(draft, target)
            reason, confirmed = "", False
            if assessment.gate is not Gate.NONE:
                answer = StatusGateDialog.ask(self.window, draft.headline, assessment)
                if answer is None:
                    self._say(
                        self.tr("Still {0}: nothing changed").format(status_label(draft.status))
                    )
                    return False
                reason, confirmed = answer.reason, True
            moved = self.workflow.change_status(draft, target, override=reason, confirmed=confirmed)
        except PROBLEMS as error:
            self._tell(self.tr("The status did not change"), str(error))
            return False
        self.article.adopt(moved)
        self.moved.emit(moved)
        self._say(
            self.tr("{0} → {1}: kept in the article's history").format(
                status_label(draft.status), status_label(moved.status)
            )
        )
        return True

    def change_slug(self) -> None:
        """Give a published article a new address, deliberately: it is recorded."""
        stored = self.article.article
        if stored is None or self.article.read_only or not self.article.flush():
            return
        new = SlugDialog.ask(self.window, stored.slug)
        draft = self.article.draft()
        if new is None or draft is None:
            return
        try:
            moved = self.workflow.articles.save(draft.replace(slug=new), RevisionReason.SAVE)
        except PROBLEMS as error:
            self._tell(self.tr("The address did not change"), str(error))
            return
        self.article.adopt(moved)
        self._say(
            self.tr("Address changed to “{0}”: kept in the article's history").format(moved.slug)
        )

    def _reflect(self, stored: Article) -> None:
        """Show what the store made of the article: its status and moves, the slug
        made from the headline (numbered if taken), frozen once published."""
        if self.editor.status.currentData() != stored.status:
            self.editor.show_status(stored.status)
        slug = self.editor.fields["slug"]
        headline = self.editor.fields["headline"].text()
        numbered = follows_headline(slug.text(), headline) and follows_headline(
            stored.slug, headline
        )
        if slug.text() != stored.slug and (numbered or stored.ever_published):
            slug.setText(stored.slug)
        if stored.ever_published:
            self.editor.freeze_slug(True)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _tell(self, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)
        messages.warn(self.window, title, text)
