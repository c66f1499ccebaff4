"""The open article's history in the window: the History tab lists its revisions;
choosing one shows it as it was, read-only, in the editor's place; Compare shows
two of them (or one and the text as typed now) word by word; Restore brings one
back (whole, or one field) as a new revision; "Since filed" compares the story as
filed with now and exports that as a report for the reporter.

Diffs are computed, and their HTML made, on the history worker (a LatestJob: the
newest request wins); only setHtml runs on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QTabWidget, QWidget

from deskeditor.domain.article import Article, ChangeCount
from deskeditor.services.articles import ArticleService
from deskeditor.services.diff_view import change_report, inline_html, side_columns
from deskeditor.services.errors import ServiceError
from deskeditor.services.exporting import ArticleExporter, ExportFormat, PdfDetails
from deskeditor.services.revisions import Comparison, RevisionService, Side
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.labels import field_label
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.models.revision_list_model import RevisionListModel
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.compare_view import CompareView
from deskeditor.ui.widgets.history_panel import HistoryPanel
from deskeditor.ui.widgets.revision_view import RevisionView
from deskeditor.ui.worker import LatestJob, Worker

log = logging.getLogger(__name__)
PROBLEMS = (ServiceError, StorageError, OSError)
V = TypeVar("V", bound=QWidget)
Request = tuple[int, int | None, int | None, Article]  # article, older (None: filed), newer, now


@dataclass(frozen=True)
class Shown:
    """A comparison ready to show: the HTML of both views and what it compares."""

    comparison: Comparison
    inline: str
    columns: tuple[str, str]  # old and new, side by side


class HistoryController(QObject):
    def __init__(
        self,
        window: MainWindow,
        tabs: QTabWidget,
        center: QStackedWidget,
        article: OpenArticle,
        services: tuple[ArticleService, RevisionService],
        exporter: ArticleExporter,
        worker: Worker,
        reopen: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.article = article
        self.articles, self.revisions = services
        self.exporter = exporter
        self._reopen = reopen  # show the stored article afresh, and its row in the list
        self.model = RevisionListModel(self)
        self.panel = HistoryPanel(self.model)
        self.tab = tabs.addTab(self.panel, self.tr("History"))
        self.tabs = tabs
        self.center = center
        self._revision_view: RevisionView | None = None  # built when first shown
        self._compare_view: CompareView | None = None
        self.shown: Shown | None = None
        self._wanted: Request | None = None
        self._stale = False
        self._diffs: LatestJob[Request, Shown] = LatestJob(worker, self._take, self._compute)
        self._diffs.finished.connect(lambda _request, shown: self._show(shown))
        self._diffs.failed.connect(lambda _request, error: self._failed(error))
        self._counts: LatestJob[tuple[int, list[int]], dict[int, ChangeCount]] = LatestJob(
            worker, self._take_uncounted, lambda job: self.revisions.count_missing(*job)
        )
        self._uncounted: tuple[int, list[int]] | None = None
        self._counts.finished.connect(lambda _job, counted: self.model.counted(counted))
        self._wire()

    def _wire(self) -> None:
        self.article.opened.connect(lambda *_: self.reload())
        self.article.saved.connect(lambda _stored: self._saved())
        self.model.uncounted.connect(self._count_later)
        self.tabs.currentChanged.connect(self._tab_changed)
        p = self.panel
        p.view_requested.connect(self.view)
        p.compare_requested.connect(self.compare)
        p.restore_requested.connect(self.restore)
        p.since_filed_requested.connect(lambda: self.compare(None, None))

    # -- the views, in the editor's place ------------------------------------------------
    @property
    def revision_view(self) -> RevisionView:
        """A revision as it was: built the first time one is shown (an article editor
        of its own, ~20 ms, is not built while the desk opens)."""
        if self._revision_view is None:
            view = RevisionView()
            view.back_requested.connect(self.back)
            view.compare_requested.connect(self._compare_shown)
            view.restore_requested.connect(self._restore_shown)
            self._revision_view = self._place(view)
        return self._revision_view

    @property
    def compare_view(self) -> CompareView:
        """Two versions compared: built the first time a comparison is asked for."""
        if self._compare_view is None:
            view = CompareView()
            view.back_requested.connect(self.back)
            view.export_requested.connect(self.export_report)
            self._compare_view = self._place(view)
        return self._compare_view

    def _place(self, view: V) -> V:
        """``view`` in the editor's place, Escape going back from it."""
        self.center.addWidget(view)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), view)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back)
        return view

    # -- the list ------------------------------------------------------------------------
    def show_panel(self) -> None:
        """Ctrl+Alt+H: the History tab, with the cursor in the list."""
        self.tabs.setCurrentIndex(self.tab)
        self.panel.table.setFocus()
        if self.model.rowCount() and not self.panel.chosen():
            self.panel.choose_row(0)

    def reload(self) -> None:
        self.back()
        stored = self.article.article
        article_id = stored.id if stored is not None else None
        try:
            self.model.set_article(self.revisions if article_id else None, article_id)
        except PROBLEMS as error:
            self._tell(self.tr("Cannot read the article's history"), str(error))
            return
        self._stale = False
        self.panel.show_heading(stored.headline if stored else None, self.model.rowCount())

    def _saved(self) -> None:
        """A save may have kept a revision: show it if the list is on screen."""
        comparing = self.center.currentWidget() is self._compare_view  # (None: never built)
        if self.panel.isVisible() and not comparing:
            self._panel_shown()
        else:
            self._stale = True

    def _tab_changed(self, _index: int) -> None:
        if self._stale:
            self._panel_shown()

    def _panel_shown(self) -> None:
        if not self.panel.isVisible():
            return
        chosen = set(self.panel.chosen())
        stored = self.article.article
        self.model.refresh()
        self._stale = False
        self.panel.show_heading(stored.headline if stored else None, self.model.rowCount())
        for row in range(min(self.model.rowCount(), 2 * RevisionListModel.PAGE_SIZE)):
            info = self.model.revision(row)
            if info is not None and info.id in chosen:
                self.panel.choose_row(row, show=False)
                break

    def _count_later(self, ids: list[int]) -> None:
        if self.model.article_id is not None:
            self._uncounted = (self.model.article_id, ids)
            self._counts.request()

    def _take_uncounted(self) -> tuple[int, list[int]] | None:
        job, self._uncounted = self._uncounted, None
        return job

    # -- viewing ---------------------------------------------------------------------------
    def view(self, revision_id: int) -> None:
        stored = self.article.article
        if stored is None or stored.id is None:
            return
        try:
            revision = self.revisions.revision(revision_id, stored.id)
        except PROBLEMS as error:
            self._tell(self.tr("Cannot show the revision"), str(error))
            return
        body_font = self.window.editor.body.font()
        self.revision_view.show_revision(revision, self.model.what(revision), stored, body_font)
        self.center.setCurrentWidget(self.revision_view)

    def back(self) -> None:
        """Back to the article being edited."""
        if self.center.currentWidget() is not self.center.widget(0):
            self.center.setCurrentIndex(0)

    # -- comparing ---------------------------------------------------------------------------
    def compare(self, older: int | None, newer: int | None) -> None:
        """Revision ``older`` (None: as filed) against ``newer`` (None: the text as typed)."""
        draft = self.article.draft()
        if draft is None or draft.id is None:
            return
        self._wanted = (draft.id, older, newer, draft)
        self.compare_view.waiting(self.tr("Comparing…"))
        self.center.setCurrentWidget(self.compare_view)
        self._diffs.run_now()

    def _compare_shown(self) -> None:
        if self._revision_view is not None and self._revision_view.revision is not None:
            self.compare(self._revision_view.revision.id, None)

    def _take(self) -> Request | None:
        request, self._wanted = self._wanted, None
        return request

    def _compute(self, request: Request) -> Shown:
        """On the worker: the comparison and both views' HTML."""
        article_id, older, newer, now = request
        comparison = self.revisions.compare(article_id, older, newer, current=now)
        return Shown(comparison, inline_html(comparison.runs), side_columns(comparison.runs))

    def _show(self, shown: Shown) -> None:
        self.shown = shown
        c = shown.comparison
        authors = ", ".join(c.authors) if c.authors else self.tr("nobody")
        heading = self.tr(
            "<b>{0}</b> → <b>{1}</b><br>%n word(s) added, {2} removed · changes by {3}",
            "",
            c.changes.added,
        ).format(self._label(c.before), self._label(c.after), c.changes.removed, authors)
        self.compare_view.show_comparison(heading, shown.inline, shown.columns)

    def _label(self, side: Side) -> str:
        r = side.revision
        if r is None:
            return self.tr("the current text")
        when = f"{r.created_at.astimezone():%Y-%m-%d %H:%M}"
        return self.tr("revision {0} ({1}, {2})").format(r.id, when, r.author or self.tr("unknown"))

    def _failed(self, error: Exception) -> None:
        self.back()
        self._tell(self.tr("Cannot compare"), str(error))

    def export_report(self) -> Path | None:
        """The comparison on show as a change report (HTML or PDF) for the reporter."""
        stored = self.article.article
        if self.shown is None or stored is None:
            return None
        formats = (ExportFormat.PDF, ExportFormat.HTML)
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the changes"),
            str(Path.home() / f"{stored.slug or 'article'}-changes.pdf"),
            ";;".join(self.tr(f.file_filter) for f in formats),
        )
        if not name:
            return None
        path = Path(name)
        fmt = next((f for f in formats if path.suffix.lower() == f.suffix), None)
        fmt = fmt or next((f for f in formats if self.tr(f.file_filter) == chosen), formats[0])
        c = self.shown.comparison
        page = change_report(
            stored.headline, stored.slug, c.before.label, c.after.label, c.authors, c.runs,
            self.compare_view.side_by_side,
        )  # fmt: skip
        details = PdfDetails(
            f"What changed in “{stored.headline or 'Untitled'}”", ", ".join(c.authors), stored.slug
        )
        try:
            written = self.exporter.export_page(page, fmt, path, details)
        except PROBLEMS as error:
            self._tell(self.tr("Export failed"), str(error))
            return None
        self.window.statusBar().showMessage(
            self.tr("Changes exported to {0}").format(written), 6000
        )
        return written

    # -- restoring ---------------------------------------------------------------------------
    def _restore_shown(self) -> None:
        if self._revision_view is not None and self._revision_view.revision is not None:
            self.restore(self._revision_view.revision.id, None)

    def restore(self, revision_id: int, field: str | None) -> bool:
        """Bring back revision ``revision_id`` (or one field of it) as a new revision,
        after saying what will happen; True when it was restored."""
        what = self.tr("the whole article") if field is None else field_label(field)
        if self.article.read_only or not messages.choose(
            self.window,
            self.tr("Restore revision {0}?").format(revision_id),
            self.tr(
                "Restore {0} from revision {1}? The text as it is now is kept in the history "
                "first; nothing is deleted."
            ).format(what, revision_id),
            accept=self.tr("Restore"),
            reject=self.tr("Cancel"),
        ):
            return False
        if not self.article.flush():
            return False
        current = self.article.article
        assert current is not None and current.id is not None
        try:
            self.articles.restore_revision(current, revision_id, field)
        except PROBLEMS as error:
            self._tell(self.tr("Cannot restore the revision"), str(error))
            return False
        self._reopen(current.id)
        self.window.statusBar().showMessage(
            self.tr("Restored {0} from revision {1}: kept in the history").format(
                what, revision_id
            ),
            8000,
        )
        return True

    def _tell(self, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)
        messages.warn(self.window, title, text)
