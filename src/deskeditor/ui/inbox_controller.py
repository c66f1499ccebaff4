"""The corrections inbox in the window: reading mail (files, mbox, a watched
Maildir), the request list, and each request from triage to notice and reply."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow

from deskeditor.domain.corrections import RequestStatus
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import InboxOutcome, InboxService
from deskeditor.services.ledger import CorrectionsLedger
from deskeditor.services.triage import TriageService
from deskeditor.settings import CORRECTIONS_EMAIL, MAILDIR, Settings
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.article_picker_dialog import ArticlePickerDialog
from deskeditor.ui.dialogs.dashboard_dialog import DashboardDialog
from deskeditor.ui.dialogs.notice_dialog import NoticeDialog
from deskeditor.ui.dialogs.request_dialog import RequestDialog
from deskeditor.ui.editing_controller import EditingController
from deskeditor.ui.widgets.inbox_panel import OVERDUE_FILTER, InboxPanel
from deskeditor.ui.worker import Worker

log = logging.getLogger(__name__)
PROBLEMS = (ServiceError, StorageError, OSError)


class InboxController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        panel: InboxPanel,
        articles: ArticleService,
        inbox: InboxService,
        ledger: CorrectionsLedger,
        triage: TriageService,
        editing: EditingController,
        worker: Worker,
        settings: Settings,
        data_dir: Path,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.articles = articles
        self.inbox = inbox
        self.ledger = ledger
        self.triage = triage
        self.editing = editing
        self._worker = worker
        self._settings = settings
        self._outbox = data_dir / "outbox"
        self.dialog: RequestDialog | None = None
        self._request_id: int | None = None
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
        if maildir := settings.get(MAILDIR):
            self.watch(Path(maildir))
        self.refresh()

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
            self.refresh()
            new = sum(o.outcome in ("new", "thread") for o in outcomes)
            failed = [o for o in outcomes if o.request_id is None]
            if new or not quiet:
                text = self.tr("{0} new message(s), {1} already in the inbox").format(
                    new, sum(o.outcome == "duplicate" for o in outcomes)
                )
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
        chosen = self.panel.chosen_filter()
        try:
            status = RequestStatus(chosen) if chosen and chosen != OVERDUE_FILTER else None
            rows = self.inbox.requests(status)
        except PROBLEMS as error:
            log.warning("cannot read the inbox: %s", error)
            return
        if chosen == OVERDUE_FILTER:
            rows = [r for r in rows if r.overdue]
        self.panel.model.set_requests(rows)
        waiting = sum(r.status is RequestStatus.NEW for r in rows)
        overdue = sum(r.overdue for r in rows)
        self.panel.summary.setText(
            self.tr("{0} request(s) · {1} new · {2} over 30 days").format(
                len(rows), waiting, overdue
            )
        )

    # -- one request ------------------------------------------------------------------------
    def open_request(self, request_id: int) -> None:
        if self.dialog is None:
            self.dialog = RequestDialog(self.window)
            self.dialog.status_chosen.connect(lambda s: self._act(self.triage.set_status, s))
            self.dialog.assignee_edited.connect(lambda a: self._act(self.triage.set_assignee, a))
            self.dialog.notes_edited.connect(lambda n: self._act(self.triage.set_notes, n))
            self.dialog.link_requested.connect(self.link)
            self.dialog.notice_requested.connect(self.write_notice)
            self.dialog.reply_requested.connect(self.draft_reply)
        self._request_id = request_id
        self._show()
        self.dialog.show()
        self.dialog.raise_()

    def link(self) -> None:
        chosen = ArticlePickerDialog.ask(self.dialog, lambda q: self.articles.search(q, 30))
        if chosen is not None:
            self._act(self.triage.link, chosen)

    def write_notice(self) -> None:
        if self._request_id is None:
            return
        self.editing.article.flush()  # the notice starts from what is stored
        detail = self.triage.detail(self._request_id)
        if detail.article is None:
            return
        choice = NoticeDialog.ask(self.dialog, detail.article.body, detail.quoted_phrase)
        if choice is None:
            return
        corrected = detail.article.replace(body=choice.body)
        try:
            stored = self.triage.publish_notice(
                self._request_id, corrected, choice.kind, choice.text, choice.position
            )
        except PROBLEMS as error:
            messages.warn(self.dialog, self.tr("The notice was not published"), str(error))
            return
        assert stored.id is not None
        self.editing.reopen(stored.id)
        self._show()
        self.refresh()

    def draft_reply(self) -> None:
        if self._request_id is None:
            return
        try:
            target = self.triage.draft_reply(
                self._request_id, self._outbox, self._settings.get(CORRECTIONS_EMAIL)
            )
        except PROBLEMS as error:
            messages.warn(self.dialog, self.tr("No reply drafted"), str(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Reply saved as {0}: send it from your mail program").format(target), 10000
        )
        self._show()
        self.refresh()

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
        text = self.ledger.export_csv() if kind == "csv" else self.ledger.export_jsonld()
        Path(name).write_text(text, encoding="utf-8")
        return Path(name)

    def _act(self, action: object, value: object) -> None:
        if self._request_id is None:
            return
        try:
            action(self._request_id, value)  # type: ignore[operator]
        except PROBLEMS as error:
            messages.warn(self.dialog, self.tr("Not changed"), str(error))
        self._show()
        self.refresh()

    def _show(self) -> None:
        if self.dialog is not None and self._request_id is not None:
            self.dialog.show_detail(self.triage.detail(self._request_id))

    def _failed(self, error: Exception) -> None:
        log.warning("reading mail failed", exc_info=error)
        messages.warn(self.window, self.tr("Mail was not read"), str(error))
