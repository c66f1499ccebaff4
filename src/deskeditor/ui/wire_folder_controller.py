"""Wire folders watched while the app runs (Preferences → Wire folders): every
second the import worker looks for settled files and imports them; a burst of a
thousand files goes through on the worker, its progress in the status bar, and
the list shows the new articles as they are in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import ImportOutcome
from deskeditor.services.wire_folders import WireFolders
from deskeditor.settings import WIRE_FOLDERS, WIRE_MOVE_IMPORTED, Settings
from deskeditor.storage.unit_of_work import UnitOfWork
from deskeditor.ui.editing_controller import EditingController
from deskeditor.ui.worker import Worker

POLL_MS = 1000
REFRESH_EVERY = 50  # files: the list shows a long burst coming in, not only its end


class WireFolderController(QObject):
    progressed = Signal(int, int, str)  # done, all, file name; emitted on the worker

    def __init__(
        self,
        window: QMainWindow,
        unit_of_work: Callable[[], UnitOfWork],
        articles: ArticleService,
        editing: EditingController,
        worker: Worker,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._uow = unit_of_work
        self._articles = articles
        self._editing = editing
        self._worker = worker
        self._settings = settings
        self._wire: WireFolders | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.look)
        self.progressed.connect(self._show_progress)
        editing.preferences_changed.connect(self.configure)

    @property
    def folders(self) -> tuple[Path, ...]:
        return self._wire.folders if self._wire else ()

    def configure(self) -> None:
        """Watch the folders Preferences lists (none: stop)."""
        folders = [Path(f) for f in self._settings.get(WIRE_FOLDERS).splitlines() if f.strip()]
        if not folders:
            self._wire = None
            self._timer.stop()
            return
        if self._wire is None or list(self._wire.folders) != folders:
            self._wire = WireFolders(self._uow, self._articles, folders)
        self._wire.move_imported = self._settings.get(WIRE_MOVE_IMPORTED)
        self._timer.start()

    def look(self) -> None:
        """One look at the folders, on the worker; never two at once."""
        wire = self._wire
        if wire is None or self._busy:
            return
        self._busy = True

        def progress(done: int, total: int, path: Path) -> bool:  # on the worker
            self.progressed.emit(done, total, path.name)
            return True

        self._worker.submit(lambda: wire.import_ready(progress), self._done, self._failed)

    def stop(self) -> None:
        self._timer.stop()

    def _show_progress(self, done: int, total: int, name: str) -> None:
        if total > 1:
            self.window.statusBar().showMessage(
                self.tr("Wire: importing {0} ({1} of {2})").format(name, done + 1, total), 2000
            )
        if done and done % REFRESH_EVERY == 0:
            self._editing.refresh_list()

    def _done(self, outcomes: list[ImportOutcome]) -> None:
        self._busy = False
        if not outcomes:
            return
        self._editing.refresh_list()
        good = [o for o in outcomes if o.ok and o.imported]
        bad = [o for o in outcomes if not o.ok]
        if len(good) == 1 and good[0].imported is not None:
            text = self.tr("Wire: “{0}” from {1}").format(
                good[0].imported.article.headline, good[0].path
            )
        else:
            text = self.tr("Wire: %n new article(s)", "", len(good))
        if bad:
            text += self.tr("; not imported: {0}").format(
                "; ".join(f"{o.path.name} ({o.error})" for o in bad[:3])
            )
        self.window.statusBar().showMessage(text, 10000)

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.window.statusBar().showMessage(self.tr("Wire folders: {0}").format(error), 10000)
