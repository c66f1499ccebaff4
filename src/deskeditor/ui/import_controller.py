"""File → Import and files dropped on the list: read on a worker with a progress
dialog that can stop it, then a summary of what came in and what did not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog, QWidget

from deskeditor.formats.registry import FORMATS
from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import (
    Duplicate,
    ImportOutcome,
    OnDuplicate,
    find_duplicates,
    import_files,
)
from deskeditor.settings import CORRECTIONS_EMAIL, Settings
from deskeditor.ui.dialogs.duplicate_import_dialog import DuplicateImportDialog
from deskeditor.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from deskeditor.ui.worker import Worker


class ImportController(QObject):
    progressed = Signal(int, int, str)  # done, all, current file; emitted on the worker
    imported = Signal(object)  # list[ImportOutcome], on the GUI thread

    def __init__(
        self,
        parent_widget: QWidget,
        service: ArticleService,
        worker: Worker,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = parent_widget
        self._service = service
        self._worker = worker
        self._settings = settings
        self._cancel = False
        self._dialog: QProgressDialog | None = None
        self.progressed.connect(self._show_progress)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import articles"), str(Path.home()), self._file_filter()
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def _file_filter(self) -> str:
        """Every importable extension, then all files, in the window's language."""
        articles = FORMATS.file_filter(self.tr("Articles")).split(";;")[0]
        return f"{articles};;{self.tr('All files')} (*)"

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import a folder"), str(Path.home())
        )
        if name:
            self.import_paths([Path(name)])

    def import_paths(
        self, paths: list[Path], done: Callable[[list[ImportOutcome]], None] | None = None
    ) -> None:
        """Import ``paths``; files imported before (the same bytes) are asked about once."""

        def checked(duplicates: list[Duplicate]) -> None:
            choice: OnDuplicate | None = OnDuplicate.SKIP
            if duplicates:
                choice = DuplicateImportDialog.ask(self._window, duplicates)
            if choice is None:
                if isinstance(self._window, QMainWindow):
                    self._window.statusBar().showMessage(self.tr("Nothing imported"), 4000)
                return
            self._start(paths, choice, done)

        self._worker.submit(lambda: find_duplicates(paths, self._service), checked, self._failed)

    def _start(
        self,
        paths: list[Path],
        on_duplicate: OnDuplicate,
        done: Callable[[list[ImportOutcome]], None] | None,
    ) -> None:
        self._cancel = False
        dialog = QProgressDialog(self.tr("Reading files…"), self.tr("Stop"), 0, 0, self._window)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(self._stop)
        self._dialog = dialog

        def progress(count: int, total: int, path: Path) -> bool:  # on the worker thread
            self.progressed.emit(count, total, path.name)
            return not self._cancel

        def finished(outcomes: list[ImportOutcome]) -> None:
            cancelled = self._cancel
            dialog.reset()
            self._dialog = None
            self._summarise(outcomes, cancelled)
            self.imported.emit(outcomes)
            if done is not None:
                done(outcomes)

        self._worker.submit(
            lambda: import_files(paths, self._service, progress, on_duplicate),
            finished,
            self._failed,
        )

    def _stop(self) -> None:
        self._cancel = True

    def _show_progress(self, count: int, total: int, name: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(count)
            self._dialog.setLabelText(
                self.tr("Importing {0} ({1} of {2})").format(name, count + 1, total)
            )

    def _summarise(self, outcomes: list[ImportOutcome], cancelled: bool) -> None:
        emails = [
            o.imported.corrections_email
            for o in outcomes
            if o.imported and o.imported.corrections_email
        ]
        offer = emails[0] if emails and emails[0] != self._settings.get(CORRECTIONS_EMAIL) else None
        if ImportSummaryDialog.ask(self._window, outcomes, cancelled, offer) and offer:
            self._settings.set(CORRECTIONS_EMAIL, offer)

    def _failed(self, error: Exception) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog = None
        from deskeditor.ui.dialogs import messages

        messages.warn(self._window, self.tr("Import failed"), str(error))
