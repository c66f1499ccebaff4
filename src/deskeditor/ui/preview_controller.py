"""Keeps the preview in step with the editor: debounced, incremental rendering, off
the GUI thread when much is new (a big paste, a new article), and scroll sync
both ways between the body and the preview."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QFileDialog

from deskeditor.domain.article import Article
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.services import article_files
from deskeditor.services.docx_files import write_docx
from deskeditor.services.rendering import ArticleRenderer, RenderedArticle, RenderedBlock
from deskeditor.ui.dialogs import messages
from deskeditor.ui.printing import print_preview, write_pdf
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.preview_pane import PreviewPane
from deskeditor.ui.worker import Worker

log = logging.getLogger(__name__)
EXPORT_FILTERS = {
    "html": "Web page (*.html)",
    "pdf": "PDF (*.pdf)",
    "md": "Markdown (*.md)",
    "docx": "Word document (*.docx)",
    "json": "Deskeditor JSON (*.json)",
    "txt": "Plain text (*.txt)",
}


@dataclass
class _Pending:
    article: Article
    notices: list[CorrectionNotice]


class PreviewController(QObject):
    DEBOUNCE_MS = 120
    # Rendering this much new Markdown takes more than a frame: do it in the background.
    BACKGROUND_CHARS = 12_000

    def __init__(
        self,
        pane: PreviewPane,
        editor: ArticleEditor,
        renderer: ArticleRenderer,
        worker: Worker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.editor = editor
        self.renderer = renderer
        self._worker = worker
        self._base: Article | None = None
        self._notices: list[CorrectionNotice] = []
        self._blocks: tuple[RenderedBlock, ...] = ()
        self._rendering = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        editor.edited.connect(self._timer.start)
        editor.body.cursorPositionChanged.connect(self._follow_cursor)
        editor.body.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        pane.block_clicked.connect(self.jump_to_source)

    def set_article(self, article: Article | None, notices: list[CorrectionNotice]) -> None:
        """A new article is open: show it from scratch."""
        self._timer.stop()
        self._base = article
        self._notices = notices
        self._blocks = ()
        self.pane.clear_article()
        self.refresh()

    def refresh(self) -> None:
        """Render what is typed now and update the pane where it changed."""
        self._timer.stop()
        if self._base is None:
            self.pane.clear_article()
            return
        if self._rendering:
            self._again = True
            return
        draft = self.editor.draft(self._base)
        notices = list(self._notices)
        if self.renderer.uncached_chars(draft) <= self.BACKGROUND_CHARS:
            self._show(self.renderer.render(draft, notices))
            return
        self._rendering = True
        self._worker.submit(
            lambda: self.renderer.render(draft, notices), self._rendered, self._render_failed
        )

    def _rendered(self, rendered: RenderedArticle) -> None:
        self._rendering = False
        self._show(rendered)
        if self._again:
            self._again = False
            self.refresh()

    def _render_failed(self, error: Exception) -> None:
        self._rendering = False
        log.error("preview rendering failed", exc_info=error)

    def _show(self, rendered: RenderedArticle) -> None:
        self._blocks = rendered.blocks
        self.pane.show_article(rendered)

    # -- export and print ---------------------------------------------------------------
    def document_html(self) -> str | None:
        """The article as typed, as a standalone document (the export template)."""
        if self._base is None:
            return None
        return self.renderer.document(self.editor.draft(self._base), self._notices)

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the open article as html, pdf, md, docx, json or txt."""
        if self._base is None:
            return None
        article = self.editor.draft(self._base)
        suggested = f"{article.slug or 'article'}.{kind}"
        name, _ = QFileDialog.getSaveFileName(
            self.pane.window(),
            self.tr("Export article"),
            str(Path.home() / suggested),
            self.tr(EXPORT_FILTERS[kind]),
        )
        if not name:
            return None
        target = Path(name)
        try:
            if kind in ("html", "pdf"):
                html = self.renderer.document(article, self._notices)
                if kind == "html":
                    target.write_text(html, encoding="utf-8")
                else:
                    write_pdf(html, target)
            elif kind == "docx":
                write_docx(article, target)
            else:
                writers = {
                    "md": lambda: article_files.write_markdown(article),
                    "json": lambda: article_files.write_json(article, self._notices),
                    "txt": lambda: article_files.write_text(article),
                }
                target.write_text(writers[kind](), encoding="utf-8")
        except OSError as error:
            messages.warn(self.pane.window(), self.tr("Export failed"), str(error))
            return None
        return target

    def print_preview(self) -> None:
        html = self.document_html()
        if html is not None:
            print_preview(self.pane.window(), html)

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
