"""File → Export and Print preview for the open article, as typed: where to write
is asked here, what to write is the export service's business."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from deskeditor.domain.queries import Query
from deskeditor.services.errors import ServiceError
from deskeditor.services.exporting import ArticleExporter, ExportFormat, PdfDetails
from deskeditor.ui.dialogs import messages
from deskeditor.ui.labels import export_file_filter
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.printing import print_preview


class ExportController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        article: OpenArticle,
        exporter: ArticleExporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._article = article
        self.exporter = exporter
        self.with_queries = False  # File → Mark queries in exports

    def export(self, fmt: ExportFormat) -> Path | None:
        """Ask where, then write the open article in ``fmt``; the path written, or None."""
        article = self._article.draft()
        if article is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export article"),
            str(Path.home() / fmt.file_name(article.slug)),
            export_file_filter(fmt),
        )
        if not name:
            return None
        try:
            written = self.exporter.export(
                article, self._article.notices, fmt, Path(name), queries=self._queries()
            )
        except (ServiceError, OSError) as error:
            messages.warn(self._window, self.tr("Export failed"), str(error))
            return None
        self._window.statusBar().showMessage(self.tr("Exported to {0}").format(written), 6000)
        return written

    def print_preview(self, proof: bool = False) -> None:
        """The article on paper; ``proof``: a desk proof, each page headed with slug,
        status, section, date and page n of m."""
        article = self._article.draft()
        if article is not None:
            html = self.exporter.document(article, self._article.notices, self._queries())
            header = PdfDetails.of(article, proof=True).proof if proof else None
            print_preview(self._window, html, header)

    def _queries(self) -> list[Query]:
        """The open queries, when File → Mark queries in exports is on; else none."""
        return [q for q in self._article.queries if q.open] if self.with_queries else []
