"""The corrections inbox in the window: reading mail (files, mbox, a watched
Maildir), the request list and the dashboard. Each request opens in the same pane
(request_controller.py), beside its article."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from deskeditor.domain.corrections import RequestStatus
from deskeditor.files import write_text_atomically
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import InboxOutcome, InboxService
from deskeditor.services.inbox_list import InboxCounts, RequestFilter, RequestSummary
from deskeditor.services.ledger import CorrectionsLedger
from deskeditor.services.replies import ReplyService
from deskeditor.services.triage import TriageService
from deskeditor.settings import MAILDIR, Settings
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.dashboard_dialog import DashboardDialog
from deskeditor.ui.editing_controller import EditingController
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.models.request_list_model import RequestListModel
from deskeditor.ui.request_controller import RequestController
from deskeditor.ui.widgets.inbox_panel import OVERDUE_FILTER, InboxPanel
from deskeditor.ui.worker import LatestJob, Worker

log = logging.getLogger(__name__)
PROBLEMS = (ServiceError, StorageError, OSError)


@dataclass(frozen=True)
class ListState:
    """The inbox list as read: for which filter, how many, the first page, the counts."""

    which: RequestFilter
    count: int
    first_page: list[RequestSummary]
    counts: InboxCounts


class InboxController(QObject):
    def __init__(
        self,
        window: MainWindow,
        panel: InboxPanel,
        articles: ArticleService,
        inbox: InboxService,
        ledger: CorrectionsLedger,
        triage: TriageService,
        replies: ReplyService,
        editing: EditingController,
        workers: tuple[Worker, Worker, Worker],
        settings: Settings,
        data_dir: Path,
    ) -> None:
        """``workers``: the save worker (what is typed), the intake worker (mail) and the
        list's (reading the inbox never waits for an import)."""
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.articles = articles
        self.inbox = inbox
        self.ledger = ledger
        self.triage = triage
        self.editing = editing
        save_worker, self._worker, list_worker = workers
        self._settings = settings
        self.request = RequestController(
            window,
            panel.request,
            (articles, inbox, triage, replies),
            editing,
            save_worker,
            self._worker,
            data_dir / "outbox",
        )
        self.request.changed.connect(self.refresh)
        self.request.closed.connect(panel.show_list)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(500)
        self._settle.timeout.connect(self.read_maildir)
        self._watcher.directoryChanged.connect(lambda _: self._settle.start())
        panel.request_activated.connect(self.open_request)
        panel.filter_changed.connect(self.refresh)
        panel.import_button.clicked.connect(self.choose_mail)
        panel.maildir_button.clicked.connect(self.choose_maildir)
        panel.dashboard_button.clicked.connect(self.show_dashboard)
        self._loading: LatestJob[RequestFilter, ListState] = LatestJob(
            list_worker, self._filter, self._read_list, parent=self
        )
        self._loading.finished.connect(lambda which, state: self._show_list(self._filter(), state))
        self._loading.failed.connect(
            lambda _, error: log.warning("cannot read the inbox: %s", error)
        )
        if maildir := settings.get(MAILDIR):
            self.watch(Path(maildir))
        self.load()

    # -- intake --------------------------------------------------------------------------
    def choose_mail(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import reader email"),
            str(Path.home()),
            self.tr("Email (*.eml *.mbox *.mbx);;All files (*)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_maildir(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self.window, self.tr("Maildir to read"), str(Path.home())
        )
        if name:
            self._settings.set(MAILDIR, name)
            self.watch(Path(name))

    def watch(self, maildir: Path) -> None:
        """Read the Maildir now and whenever new mail arrives in it."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        for sub in ("new", "cur"):
            if (maildir / sub).is_dir():
                self._watcher.addPath(str(maildir / sub))
        self.read_maildir()

    def read_maildir(self) -> None:
        maildir = self._settings.get(MAILDIR)
        if maildir and Path(maildir).is_dir():
            self.import_paths([Path(maildir)], quiet=True)

    def import_paths(self, paths: list[Path], quiet: bool = False) -> None:
        def done(outcomes: list[InboxOutcome]) -> None:
            self.load()
            new = sum(o.outcome in ("new", "thread") for o in outcomes)
            failed = [o for o in outcomes if o.request_id is None]
            if new or not quiet:
                old = sum(o.outcome == "duplicate" for o in outcomes)
                text = self.tr("%n new message(s)", "", new) + ", "
                text += self.tr("%n already in the inbox", "", old)
                self.window.statusBar().showMessage(text, 6000)
            if failed and not quiet:
                messages.warn(
                    self.window,
                    self.tr("Some mail was not read"),
                    "\n".join(f"{o.source}: {o.error}" for o in failed[:10]),
                )

        self._worker.submit(lambda: self.inbox.import_sources(paths), done, self._failed)

    # -- the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the inbox as stored now, after the user changed something: a page and
        a few counts, indexed queries that cost milliseconds however big it is."""
        which = self._filter()
        try:
            self._show_list(which, self._read_list(which))
        except PROBLEMS as error:
            log.warning("cannot read the inbox: %s", error)

    def load(self) -> None:
        """Read the inbox on a worker: opening the desk never waits for it, nor does
        mail coming in."""
        self._loading.request()

    def _filter(self) -> RequestFilter:
        chosen = self.panel.chosen_filter()
        if chosen == OVERDUE_FILTER:
            return RequestFilter(overdue=True)
        return RequestFilter(RequestStatus(chosen) if chosen else None)

    def _read_list(self, which: RequestFilter) -> ListState:
        """What the list shows (on any thread: it only reads)."""
        counts = self.inbox.counts()
        count = counts.total if which == RequestFilter() else self.inbox.request_count(which)
        first = self.inbox.request_page(which, 0, RequestListModel.PAGE_SIZE)
        return ListState(which, count, first, counts)

    def _show_list(self, which: RequestFilter, state: ListState) -> None:
        if state.which != which:
            return  # the filter changed meanwhile; its own read follows
        self.panel.model.show(
            state.count, state.first_page, lambda at, n: self.inbox.request_page(which, at, n)
        )
        counts = state.counts
        self.panel.summary.setText(
            self.tr("%Ln request(s)", "", counts.total)
            + " · "
            + self.tr("{0} new · {1} over 30 days").format(f"{counts.new:,}", f"{counts.overdue:,}")
        )

    # -- one request ------------------------------------------------------------------------
    def open_request(self, request_id: int) -> None:
        """Show the request in the inbox pane, its article in the editor beside it."""
        if self.request.open(request_id):
            self.window.left_tabs.setCurrentWidget(self.panel)
            self.panel.show_request()

    def show_dashboard(self) -> DashboardDialog:
        dialog = DashboardDialog(self.window, self.ledger.dashboard())
        dialog.show()
        return dialog

    def export_ledger(self, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the corrections ledger"),
            str(Path.home() / f"corrections.{kind}"),
            self.tr("CSV (*.csv)") if kind == "csv" else self.tr("JSON-LD (*.jsonld *.json)"),
        )
        if not name:
            return None
        try:
            text = self.ledger.export_csv() if kind == "csv" else self.ledger.export_jsonld()
            written = write_text_atomically(Path(name), text)
        except PROBLEMS as error:
            messages.warn(self.window, self.tr("The ledger was not exported"), str(error))
            return None
        self.window.statusBar().showMessage(self.tr("Exported to {0}").format(written), 6000)
        return written

    def _failed(self, error: Exception) -> None:
        log.warning("reading mail failed", exc_info=error)
        messages.warn(self.window, self.tr("Mail was not read"), str(error))
