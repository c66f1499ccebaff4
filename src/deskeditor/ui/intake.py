"""Readers' mail in, replies out: the corrections inbox with its services, the mail
accounts it reads and the sending of replies, built together once the desk is open
(app.py builds this after the article list and the open article)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.resources import resource_path
from deskeditor.services.inbox import InboxService
from deskeditor.services.ledger import CorrectionsLedger
from deskeditor.services.replies import ReplyService
from deskeditor.services.triage import TriageService
from deskeditor.settings import Settings, author_name, publication_identity
from deskeditor.ui.inbox_controller import InboxController
from deskeditor.ui.mail_controller import MailController
from deskeditor.ui.reply_sending import ReplySending

if TYPE_CHECKING:
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.revisions import RevisionService
    from deskeditor.storage.unit_of_work import UnitOfWork
    from deskeditor.ui.editing_controller import EditingController
    from deskeditor.ui.main_window import MainWindow
    from deskeditor.ui.worker import Worker


class Intake:
    """Owns the inbox's services and controllers for the life of the window."""

    def __init__(
        self,
        window: MainWindow,
        unit_of_work: Callable[[], UnitOfWork],
        articles: ArticleService,
        editing: EditingController,
        revisions: RevisionService,
        workers: tuple[Worker, Worker, Worker],  # saves, imports, the inbox list
        settings: Settings,
        folder: Path,  # where exports are offered first
    ) -> None:
        imports = workers[1]
        identity = publication_identity(settings)
        self.service = InboxService(
            unit_of_work, articles, site_url_pattern=identity.site_url_pattern
        )
        self.triage = TriageService(unit_of_work, articles, actor=author_name(settings))
        self.replies = ReplyService(unit_of_work, self.triage, identity)
        ledger = CorrectionsLedger(unit_of_work, self.service, articles)
        self.inbox = InboxController(
            window, window.inbox_panel, articles, self.service, ledger, self.triage,
            self.replies, editing, workers, settings, folder,
        )  # fmt: skip
        self.inbox.request.set_revisions(revisions)
        actions = window.window_actions
        actions.export_ledger_csv.triggered.connect(lambda: self.inbox.export_ledger("csv"))
        actions.export_ledger_jsonld.triggered.connect(lambda: self.inbox.export_ledger("jsonld"))
        self.mail = MailController(
            window, window.inbox_panel, unit_of_work, articles, imports, settings,
            self.inbox.refresh,
        )  # fmt: skip
        self.reply_sending = ReplySending(
            window, self.inbox.request, self.replies, unit_of_work, imports, settings
        )
        self._settings = settings

    def read_mail(self) -> None:
        """Start reading the configured mail accounts (never on a demo desk)."""
        self.mail.start()

    def import_demo_mail(self) -> None:
        """The demo desk's sample reader mail, in its inbox."""
        self.inbox.import_paths([resource_path("demo", "mail")], quiet=True)

    def apply_preferences(self) -> None:
        """The name and the publication from Preferences count from the next change on."""
        self.triage.actor = author_name(self._settings)
        identity = publication_identity(self._settings)
        self.replies.identity = identity
        self.service.set_site(identity.site_url_pattern)

    def flush(self) -> None:
        """The request being edited is stored (before the window closes)."""
        self.inbox.request.flush()

    def close(self) -> None:
        self.mail.close()
