"""Keeps the preview in step with the open article: incremental rendering on the
render worker, block-level updates of the pane, and scroll sync both ways between
the body and the preview."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QPoint

from deskeditor.domain.article import Article
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.queries import Query
from deskeditor.services.rendering import ArticleRenderer, RenderedArticle, RenderedBlock
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.preview_pane import PreviewPane
from deskeditor.ui.worker import Debounce, LatestJob, Worker

log = logging.getLogger(__name__)
# The draft, its notices and its queries (the preview shows the open ones).
RenderInput = tuple[Article, list[CorrectionNotice], list[Query]]


class PreviewController(QObject):
    """Renders on the render worker, always from the newest draft: at most DELAY_MS
    after a keystroke while typing goes on (so the preview keeps pace), and shows
    the result block by block."""

    DELAY_MS = 16  # a frame: the render itself costs a block or two

    def __init__(
        self,
        pane: PreviewPane,
        editor: ArticleEditor,
        article: OpenArticle,
        renderer: ArticleRenderer,
        worker: Worker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.editor = editor
        self.article = article
        self.renderer = renderer
        self._blocks: tuple[RenderedBlock, ...] = ()
        self._job: LatestJob[RenderInput, RenderedArticle] = LatestJob(
            worker,
            self._render_input,
            lambda job: renderer.render(*job),
            self.DELAY_MS,
            Debounce.DEADLINE,
            parent=self,
        )
        self._job.finished.connect(self._rendered)
        self._job.failed.connect(self._render_failed)
        article.opened.connect(self._opened)
        article.edited.connect(self._job.request)
        article.queries_changed.connect(self._job.request)
        editor.body.cursorPositionChanged.connect(self._follow_cursor)
        editor.body.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        pane.block_clicked.connect(self.jump_to_source)

    @property
    def pending(self) -> bool:
        """A render is due or running, or its blocks are still going in."""
        return self._job.pending or not self.pane.complete

    def _opened(self, article: Article | None, _notices: object) -> None:
        """A new article is open: show it from scratch."""
        self._job.cancel()
        self._blocks = ()
        self.pane.clear_article()
        if article is not None:
            self._job.run_now()

    def refresh(self) -> None:
        """Render what is typed now."""
        self._job.run_now()

    def _render_input(self) -> RenderInput | None:
        draft = self.article.draft()
        return (draft, self.article.notices, self.article.queries) if draft is not None else None

    def _rendered(self, _job: object, rendered: RenderedArticle) -> None:
        if self.article.article is None:
            return
        self._blocks = rendered.blocks
        self.pane.show_article(rendered)

    def _render_failed(self, _job: object, error: Exception) -> None:
        log.error("preview rendering failed", exc_info=error)

    # -- scroll sync ---------------------------------------------------------------
    def block_of_offset(self, offset: int) -> int:
        index = -1
        for i, block in enumerate(self._blocks):
            if block.start > offset:
                break
            index = i
        return max(index, 0)

    def _follow_cursor(self) -> None:
        if self._blocks:
            self.pane.scroll_to_block(
                self.block_of_offset(self.editor.body.textCursor().position())
            )

    def _follow_scroll(self) -> None:
        if self._blocks and not self.editor.body.hasFocus():
            top = self.editor.body.cursorForPosition(QPoint(4, 4)).position()
            self.pane.scroll_to_block(self.block_of_offset(top))

    def jump_to_source(self, index: int) -> None:
        """Put the editor's cursor at the start of block ``index``'s Markdown."""
        if not 0 <= index < len(self._blocks):
            return
        body = self.editor.body
        cursor = body.textCursor()
        cursor.setPosition(min(self._blocks[index].start, len(body.toPlainText())))
        body.setTextCursor(cursor)
        body.centerCursor()
        body.setFocus()
