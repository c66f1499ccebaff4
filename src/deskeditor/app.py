"""Composition root: builds the application, its settings, storage, services and
window, and wires them together. Nothing else creates these objects.

The window paints before SQLAlchemy is imported. A desk already on disk shows its
list and last article in that first frame (the first look, plain sqlite3) and
takes typing while the database opens on a worker; the open desk takes over what
was typed.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from deskeditor import __version__
from deskeditor.files import replace_atomically
from deskeditor.paths import APP_AUTHOR, APP_ID, APP_NAME, data_dir
from deskeditor.resources import resource_path
from deskeditor.settings import (
    BODY_FONT_FAMILY,
    BODY_FONT_SIZE,
    DEK_BUDGET,
    DESK_LANGUAGE,
    HEADLINE_BUDGET,
    LAST_ARTICLE,
    QUERIES_IN_EXPORTS,
    UI_LANGUAGE,
    Settings,
    author_name,
    user_store,
)
from deskeditor.ui.dialogs import messages
from deskeditor.ui.localization import install_translations, remove_translations
from deskeditor.ui.main_window import MainWindow
from deskeditor.ui.models.article_list_model import ArticleListModel
from deskeditor.ui.startup_trace import StartupTrace, launch_time
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.preview_pane import PreviewPane
from deskeditor.ui.worker import Worker

if TYPE_CHECKING:
    from deskeditor.storage.database import Database
    from deskeditor.ui.checks_controller import ChecksController
    from deskeditor.ui.desk_controller import DeskController
    from deskeditor.ui.editing_controller import EditingController
    from deskeditor.ui.first_look_desk import FirstLookDesk
    from deskeditor.ui.intake import Intake
    from deskeditor.ui.open_article import OpenArticle
    from deskeditor.ui.preview_controller import PreviewController
    from deskeditor.ui.wire_folder_controller import WireFolderController

log = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1440, 900)


def demo_samples() -> Path:
    """The demo desk's sample articles."""
    return resource_path("demo", "articles.json")


@dataclass(frozen=True)
class AppOptions:
    database: Path
    demo: bool = False
    screenshot: Path | None = None
    # True when the database is the default one in the data folder: a first
    # start there offers the demo articles.
    default_location: bool = False
    notice: str | None = None  # said once in the status bar when the desk is open


class DeskeditorApp:
    """Owns the long-lived objects of one running app."""

    def __init__(self, options: AppOptions, settings_store: QSettings | None = None) -> None:
        self.options = options
        existing = QApplication.instance()
        self.qt = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        self.qt.setApplicationName(APP_NAME)
        self.qt.setOrganizationName(APP_AUTHOR)
        self.qt.setApplicationVersion(__version__)
        self.qt.setDesktopFileName(APP_ID)
        self.qt.setWindowIcon(QIcon(str(resource_path("icons", "deskeditor.svg"))))
        self.settings = Settings(settings_store if settings_store is not None else user_store())
        self.translators = install_translations(self.qt, self.settings.get(UI_LANGUAGE))
        self.list_model = ArticleListModel()
        # As Preferences set them, from the first paint on (the first look is typed in).
        self.editor = ArticleEditor(
            self.settings.get(HEADLINE_BUDGET), self.settings.get(DEK_BUDGET)
        )
        self.editor.body.set_body_font(
            self.settings.get(BODY_FONT_FAMILY), self.settings.get(BODY_FONT_SIZE)
        )
        css = resource_path("preview", "article.css").read_text(encoding="utf-8")
        self.preview = PreviewPane(css)
        self.window = MainWindow(self.settings, self.list_model, self.editor, self.preview)
        self.worker = Worker(self.window)  # saves, in order
        self.render_worker = Worker(self.window)  # long previews, never delaying a save
        self.check_worker = Worker(self.window)  # copy-desk checks
        self.import_worker = Worker(self.window)  # imports, beside autosave
        self.history_worker = Worker(self.window)  # diffs of revisions
        self.inbox_worker = Worker(self.window)  # the inbox list, never waiting on an import
        self.article: OpenArticle | None = None
        self.editing: EditingController | None = None
        self.preview_controller: PreviewController | None = None
        self.checks_controller: ChecksController | None = None
        self.database: Database | None = None
        self.intake: Intake | None = None  # the corrections inbox, built after the desk
        self.wire: WireFolderController | None = None
        self.desk: DeskController | None = None
        self.exit_code = 0
        self._demo_dir: Path | None = None
        self._trace: StartupTrace | None = None
        self._first: FirstLookDesk | None = None  # until the open desk takes over
        self._closing = False

    def open_database(self, intake_later: bool = False) -> bool:
        """Open (create, upgrade) the database and show its articles; False on failure.
        With ``intake_later`` the inbox and the shared desk are built on the event
        loop's next turn, once the desk is usable."""
        from deskeditor.storage.database import open_database
        from deskeditor.storage.errors import StorageError

        try:
            path = self._desk_path()
            if self.options.demo and not path.exists():
                from deskeditor.services.demo import make_demo_desk

                make_demo_desk(path, demo_samples())
            first_run = self.options.default_location and not path.exists()
            database = open_database(path)
            seeded = not self.options.demo and first_run and self._wants_demo(path)
            if seeded:  # the first run's desk, in the data folder, filled with the demo's
                from deskeditor.services.demo import seed_demo

                seed_demo(database.unit_of_work, demo_samples())
            demo = self.options.demo or seeded
        except (StorageError, OSError) as error:
            self.fail(str(error))
            return False
        self._open_desk(database, demo, intake_later)
        return True

    def open_behind_first_look(self) -> None:
        """Open the database on a worker while the first look takes typing; the desk
        takes over once it is open (or when the window is closed)."""
        assert self._first is not None
        self._first.open_behind(
            self.worker,
            lambda database: self._open_desk(database, self.options.demo, intake_later=True),
            self.fail,
            data_dir(),  # what was typed is kept there, never in the demo's folder
        )

    def _open_desk(self, database: Database, demo: bool, intake_later: bool) -> None:
        """Build the desk on the open database and show it; the first look hands over."""
        self.database = database
        if database.backup_taken:
            path = database.path
            log.info("backed up %s to %s before upgrading", path, database.backup_taken)
        first = self._first
        self._build_editing(database)
        self._build_history(database)
        self._build_workflow()
        assert self.editing is not None
        self.window.statusBar().clearMessage()  # "Opening the desk…"; start() may say more
        shown = first.shown if first is not None else None
        self.editing.start(None if first is None or shown is None else (shown, first.typed))
        if self.options.notice:
            self.window.statusBar().showMessage(self.options.notice, 15000)
        title = (
            QCoreApplication.translate("MainWindow", "Demo desk (discarded on exit)")
            if self.options.demo
            else str(self.options.database)
        )
        self.window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Deskeditor — {0}").format(title)
        )
        if self._trace is not None:
            self._trace.say("desk")
            self._trace.usable(self.window)
        if intake_later:  # the list and the article first; the inbox and the desk next turn
            QTimer.singleShot(0, lambda: self._build_intake_if_open(database, demo))
        else:
            self._build_intake(database, demo)

    def _build_intake_if_open(self, database: Database, demo: bool) -> None:
        if not self._closing and self.window.isVisible():  # not closed before its turn
            self._build_intake(database, demo)

    def _build_intake(self, database: Database, demo: bool) -> None:
        """What reaches the desk from outside: reader mail and the shared desk."""
        self._build_inbox(database, demo)
        self._build_desk(database)

    def _build_editing(self, database: Database) -> None:
        """The open article and what follows it: editing, preview, checks, export, import."""
        from deskeditor.services.articles import ArticleService
        from deskeditor.services.exporting import ArticleExporter
        from deskeditor.services.rendering import ArticleRenderer
        from deskeditor.ui.checks_controller import ChecksController
        from deskeditor.ui.editing_controller import EditingController
        from deskeditor.ui.export_controller import ExportController
        from deskeditor.ui.import_controller import ImportController
        from deskeditor.ui.open_article import OpenArticle
        from deskeditor.ui.preview_controller import PreviewController
        from deskeditor.ui.printing import write_pdf
        from deskeditor.ui.wire_folder_controller import WireFolderController

        self.articles = ArticleService(database.unit_of_work, author=author_name(self.settings))
        if self._first is not None:
            self._first.hand_over(self.articles)  # the list keeps what it read
            self._close_first_look()
        else:
            self.list_model.set_service(self.articles)
        self.article = OpenArticle(self.articles, self.editor, self.worker, self.window)
        self.editing = EditingController(self.window, self.articles, self.article, self.settings)
        self.editing.preferences_changed.connect(self._apply_author)
        renderer = ArticleRenderer(resource_path("preview"))
        self.preview_controller = PreviewController(
            self.preview, self.editor, self.article, renderer, self.render_worker, self.window
        )
        self.checks_controller = ChecksController(
            self.editor.checks,
            self.editor,
            self.article,
            self.check_worker,
            self._demo_dir or data_dir(),
            (self.settings.get(HEADLINE_BUDGET), self.settings.get(DEK_BUDGET)),
            self.window,
        )
        self.editing.budgets_changed.connect(self.checks_controller.set_budgets)
        actions = self.window.window_actions
        actions.smart_quotes.triggered.connect(self.checks_controller.curl_quotes)
        self.renderer = renderer
        self._apply_desk_language()
        self.editing.preferences_changed.connect(self._apply_desk_language)
        exporter = ArticleExporter(
            renderer, write_pdf, never_overwrite=database.files(), sources=self.articles.source
        )
        self.exports = ExportController(self.window, self.article, exporter, self.window)
        for fmt, action in actions.export.items():
            action.triggered.connect(lambda _=False, f=fmt: self.exports.export(f))
        actions.print_preview.triggered.connect(lambda: self.exports.print_preview())
        actions.print_proof.triggered.connect(lambda: self.exports.print_preview(proof=True))
        self.importer = ImportController(
            self.window, self.articles, self.import_worker, self.settings
        )
        actions.import_files.triggered.connect(self.importer.choose_files)
        actions.import_folder.triggered.connect(self.importer.choose_folder)
        self.window.list_panel.files_dropped.connect(self.importer.import_paths)
        self.importer.imported.connect(self.editing.show_imported)
        self.wire = WireFolderController(
            self.window, database.unit_of_work, self.articles, self.editing, self.import_worker,
            self.settings,
        )  # fmt: skip
        self.wire.configure()

    def _apply_desk_language(self) -> None:
        """The language of articles that set none, from Preferences, to everything that
        reads it: the editor, the checks and the renderer (preview and exports)."""
        assert self.checks_controller is not None and self.preview_controller is not None
        language = self.settings.get(DESK_LANGUAGE)
        self.editor.set_desk_language(language)
        self.checks_controller.set_desk_language(language)
        if language != self.renderer.language:
            self.renderer.language = language
            self.preview_controller.refresh()

    def _build_history(self, database: Database) -> None:
        """The article's revisions (view, compare, restore, since filed) and its queries."""
        from deskeditor.services.revisions import RevisionService
        from deskeditor.ui.history_controller import HistoryController
        from deskeditor.ui.queries_controller import QueriesController

        assert self.article is not None and self.editing is not None
        self.history = HistoryController(
            self.window,
            self.window.left_tabs,
            self.window.center,
            self.article,
            (self.articles, RevisionService(database.unit_of_work)),
            self.exports.exporter,
            self.history_worker,
            self.editing.reopen,
        )
        self.queries = QueriesController(self.window, self.editor, self.article)
        actions = self.window.window_actions
        actions.history.triggered.connect(self.history.show_panel)
        actions.since_filed.triggered.connect(lambda: self.history.compare(None, None))
        actions.add_query.triggered.connect(self.queries.add_query)
        in_exports = actions.queries_in_exports
        in_exports.setChecked(self.settings.get(QUERIES_IN_EXPORTS))
        self.exports.with_queries = in_exports.isChecked()
        in_exports.toggled.connect(self._queries_in_exports)

    def _queries_in_exports(self, on: bool) -> None:
        self.settings.set(QUERIES_IN_EXPORTS, on)
        self.exports.with_queries = on

    def _build_workflow(self) -> None:
        """Status moves and their gate, the trash, and the article's notices."""
        from deskeditor.services.workflow import WorkflowService
        from deskeditor.ui.notices_controller import NoticesController
        from deskeditor.ui.trash_controller import TrashController
        from deskeditor.ui.workflow_controller import WorkflowController

        assert self.article is not None and self.editing is not None
        assert self.checks_controller is not None and self.preview_controller is not None
        workflow = WorkflowService(self.articles, self.checks_controller.gate_check)
        self.workflow = WorkflowController(self.window, self.editor, self.article, workflow)
        checks = self.checks_controller
        self.workflow.moved.connect(lambda _: checks.run())  # what the new status needs
        self.trash = TrashController(self.window, self.articles, self.article, self.editing)
        self.notices = NoticesController(
            self.editor.notices,
            self.article,
            self.articles,
            self.worker,
            self.history.revisions,
            self.window,
        )
        self.article.notices_changed.connect(self.preview_controller.refresh)

    def _build_inbox(self, database: Database, demo: bool) -> None:
        from deskeditor.ui.intake import Intake

        assert self.editing is not None
        self.intake = Intake(
            self.window, database.unit_of_work, self.articles, self.editing,
            self.history.revisions, (self.worker, self.import_worker, self.inbox_worker),
            self.settings, self._demo_dir or data_dir(),
        )  # fmt: skip
        if demo:
            self.intake.import_demo_mail()
        elif self.options.screenshot is None:  # a demo desk reads no real mail
            self.intake.read_mail()
        self.window.close_guard = self._may_close

    def _build_desk(self, database: Database) -> None:
        """On a laptop database that joined a shared desk: sync, leases, live updates."""
        from deskeditor.services.desk.service import DeskService
        from deskeditor.ui.desk_controller import DeskController

        service = DeskService(database)
        if service.state() is None or self.options.screenshot is not None:
            return
        assert self.article is not None and self.editing is not None
        self.desk = DeskController(
            self.window, service, self.articles, self.article, self.list_model,
            self.editor.changed_bar, self.editing.load,
        )  # fmt: skip
        self.desk.start()

    def _may_close(self) -> bool:
        """Everything typed is stored before the window closes: the request and the
        notice being edited, then the article (which may ask)."""
        assert self.editing is not None and self.intake is not None
        self.intake.flush()
        self.notices.flush()
        return self.editing.close()

    def _apply_author(self) -> None:
        """The name and the publication from Preferences count from the next change on."""
        self.articles.author = author_name(self.settings)
        if self.intake is not None:  # else it reads them when it is built
            self.intake.apply_preferences()

    def _wants_demo(self, path: Path) -> bool:
        if self.options.screenshot is not None:
            return False
        from deskeditor.ui.dialogs.first_run_dialog import FirstRunDialog

        return FirstRunDialog.ask(self.window, str(path.parent))

    def fail(self, message: str) -> None:
        """Tell the user what went wrong and end with a non-zero status."""
        self.exit_code = 1
        print(f"deskeditor: {message}", file=sys.stderr)
        if self.options.screenshot is None:
            messages.critical(
                self.window, QCoreApplication.translate("MainWindow", "Deskeditor"), message
            )
        self.qt.exit(1)

    def take_screenshot(self, target: Path) -> None:
        self.window.resize(*SCREENSHOT_SIZE)
        self.window.show()
        self.settle()
        image = self.window.grab()

        def write(path: Path) -> None:
            if not image.save(str(path), "PNG"):
                raise OSError(f"could not write the screenshot to {target}")

        try:
            replace_atomically(target, write)
        except OSError as error:
            self.fail(str(error))

    def settle(self, timeout: float = 5.0) -> None:
        """Process events until background work (previews, checks) has come back."""
        deadline = time.monotonic() + timeout
        workers = (
            self.worker,
            self.render_worker,
            self.check_worker,
            self.import_worker,
            self.history_worker,
            self.inbox_worker,
        )
        while time.monotonic() < deadline:
            self.qt.processEvents()
            if not any(w.busy for w in workers) and not self.jobs_pending():
                break
            time.sleep(0.02)
        self.qt.processEvents()

    def idle(self) -> bool:
        """Start-up's background work is done: the checks' dictionary is in and no
        job is due or running."""
        workers = (self.worker, self.render_worker, self.check_worker, self.import_worker)
        checks = self.checks_controller
        loaded = checks is not None and checks.ready and self.intake is not None
        return loaded and not any(w.busy for w in workers) and not self.jobs_pending()

    def jobs_pending(self) -> bool:
        """A preview or a check is due or running."""
        controllers = (
            getattr(self, "checks_controller", None),
            getattr(self, "preview_controller", None),
        )
        return any(c is not None and c.pending for c in controllers)

    def run(self) -> int:
        if self.options.screenshot is not None:
            if self.open_database():
                self.take_screenshot(self.options.screenshot)
            return self.close()
        launched = launch_time()
        if launched is not None:
            self._trace = StartupTrace(launched, self.window, self.idle, self.qt.quit)
        # The first frame shows a desk on disk as plain sqlite3 reads it (its list and
        # last article, a few ms), and it takes typing while the database opens
        # behind it. A desk with no first look (new, the demo, one to upgrade) opens
        # after the first paint, before any input is handled: what is typed
        # meanwhile waits in the window system's queue.
        looked = self.show_first_look()
        self.window.present()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opening the desk…")
        )
        self.qt.processEvents()
        if looked:
            trace = self._trace
            if trace is not None:
                # Typing is taken from the loop's first turn (an empty desk's in New article).
                trace.say("shown")
                QTimer.singleShot(0, lambda: trace.usable(None))
            self.open_behind_first_look()
        elif not self.open_database(intake_later=True):
            return self.close()
        code = self.qt.exec()
        self.close()
        return self.exit_code or code

    def show_first_look(self) -> bool:
        """The article list and the article open last time, read without SQLAlchemy
        (storage/first_look.py); False when there is no first look."""
        from deskeditor.ui.first_look_desk import FirstLookDesk

        path = self._desk_path()
        if self.options.demo:
            from deskeditor.storage.templates import copy_demo_template

            if not copy_demo_template(demo_samples(), path, datetime.now(UTC)):
                return False  # the first demo: written through the open desk
        self._first = FirstLookDesk.look(path, self.window)
        if self._first is None:
            return False
        self._first.show(self.settings.get(LAST_ARTICLE))
        return True

    def _desk_path(self) -> Path:
        """The database file: the one asked for, or the demo desk's in a folder of
        its own, discarded on exit."""
        if not self.options.demo:
            return self.options.database
        if self._demo_dir is None:
            self._demo_dir = Path(tempfile.mkdtemp(prefix="deskeditor-demo-"))
        return self._demo_dir / "demo.sqlite"

    def _close_first_look(self) -> None:
        if self._first is not None:
            self._first.close()
            self._first = None

    def close(self) -> int:
        self._closing = True
        if self._first is not None:
            self._first.settle()  # what was typed is saved as the window closes
        self.window.close()
        if self.intake is not None:
            self.intake.close()
        if self.wire is not None:
            self.wire.stop()
        if self.desk is not None:
            self.desk.stop()
        if self.checks_controller is not None:
            self.checks_controller.close()  # before waiting for the check worker
        self.worker.shutdown()
        self.render_worker.shutdown()
        self.check_worker.shutdown()
        self.import_worker.shutdown()
        self.history_worker.shutdown()
        self.inbox_worker.shutdown()
        self._close_first_look()
        if self.database is not None:
            self.database.close()
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)
        remove_translations(self.qt, self.translators)
        return self.exit_code


def run(options: AppOptions) -> int:
    return DeskeditorApp(options).run()
