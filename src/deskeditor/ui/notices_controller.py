"""The Notices tab: the open article's published notices, their wording and place
edited in place. Each change is kept as typed (within DELAY_MS, on the save
worker; at once when another notice or article is chosen or the window closes)
and recorded in the article's history as a "notice edit"."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from deskeditor.domain.article import Article
from deskeditor.domain.corrections import CorrectionNotice, NoticePosition
from deskeditor.services.articles import ArticleService
from deskeditor.services.diff_view import correction_html
from deskeditor.services.errors import ServiceError
from deskeditor.services.revisions import RevisionService
from deskeditor.storage.errors import StorageError
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.notices_panel import NoticesPanel
from deskeditor.ui.worker import Debounce, LatestJob, Worker

log = logging.getLogger(__name__)
NoticeEdit = tuple[int, str, NoticePosition]  # notice id, wording, place


class NoticesController(QObject):
    DELAY_MS = 800

    def __init__(
        self,
        panel: NoticesPanel,
        article: OpenArticle,
        service: ArticleService,
        worker: Worker,
        revisions: RevisionService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.article = article
        self.service = service
        self.revisions = revisions
        self._pending: NoticeEdit | None = None
        self._job: LatestJob[NoticeEdit, CorrectionNotice] = LatestJob(
            worker, self._take, lambda e: service.update_notice(*e), self.DELAY_MS,
            Debounce.DEADLINE, drop_stale=False, parent=self,
        )  # fmt: skip
        self._job.finished.connect(lambda _edit, notice: self._stored(notice))
        self._job.failed.connect(self._failed)
        article.opened.connect(self._opened)
        panel.edited.connect(self._edited)
        panel.chosen.connect(self.flush)
        panel.chosen.connect(self.show_context)

    @property
    def pending(self) -> bool:
        return self._pending is not None or self._job.pending

    def flush(self) -> None:
        """Store the edit being typed now, on this thread."""
        self._job.wait()
        self._job.cancel()
        edit = self._take()
        if edit is None:
            return
        try:
            self._stored(self.service.update_notice(*edit))
        except Exception as error:
            self._failed(edit, error)

    def _opened(self, article: Article | None, notices: list[CorrectionNotice]) -> None:
        self.flush()  # an edit of the article before still lands on its notice
        self.panel.set_notices(list(notices) if article is not None else [])
        self.show_context()

    def show_context(self) -> None:
        """The chosen notice's fix, and the text as first published."""
        notice = self.panel.current
        if notice is None:
            self.panel.context.clear()
            return
        try:
            context = self.revisions.correction_context(notice)
        except (ServiceError, StorageError) as error:
            log.warning("cannot show a notice's fix: %s", error)
            self.panel.context.setPlainText(self.tr("Cannot show the fix: {0}").format(error))
            return
        self.panel.context.setHtml(correction_html(context))

    def _edited(self) -> None:
        notice = self.panel.current
        if notice is None or notice.id is None or self.article.read_only:
            return
        text, position = self.panel.typed()
        self._pending = (notice.id, text, position)
        self.panel.state.setText(self.tr("Unsaved changes"))
        self._job.request()

    def _take(self) -> NoticeEdit | None:
        edit, self._pending = self._pending, None
        return edit

    def _stored(self, notice: CorrectionNotice) -> None:
        self.article.notice_stored(notice)
        self.panel.update_notice(notice)
        if self._pending is None:
            self.panel.state.setText(self.tr("Saved, and kept in the article's history"))

    def _failed(self, edit: NoticeEdit, error: Exception) -> None:
        log.warning("a notice edit was not saved: %s", error)
        if self._pending is None:
            self._pending = edit  # kept: the next change or flush tries again
        self.panel.state.setText(self.tr("Not saved: {0}").format(error))
