"""Autosave: the open article is saved within 0.8 s of its first unsaved change
(so a crash loses less than a second of typing, however long typing goes on),
on switching articles and on close.

Saves run on the worker thread so a keystroke never waits for the database.
A save that meets a newer stored version raises a conflict for the user to
settle; nothing typed is dropped on any path.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from deskeditor.domain.article import Article, RevisionReason
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError, ConflictError
from deskeditor.ui.worker import Worker

log = logging.getLogger(__name__)


class SaveState(StrEnum):
    SAVED = "Saved"
    SAVING = "Saving…"
    UNSAVED = "Unsaved changes"
    CONFLICT = "Conflict"
    FAILED = "Not saved"


class AutosaveController(QObject):
    state_changed = Signal(str, str)  # SaveState, detail for the user
    saved = Signal(object)  # the stored Article
    conflict = Signal(object)  # ConflictError: the user must choose
    gone = Signal(object)  # the Article as typed, whose stored row was deleted elsewhere

    DELAY_MS = 800

    def __init__(
        self,
        service: ArticleService,
        worker: Worker,
        draft: Callable[[Article], Article],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._worker = worker
        self._draft = draft  # builds the article as typed on top of a stored one
        self._current: Article | None = None
        self._stored_by_worker: Article | None = None
        self._dirty_since: float | None = None
        self._in_flight = False
        self._generation = 0  # results of background saves older than this are stale
        self._blocked = False  # a conflict or deletion awaits the user's choice
        self.state = SaveState.SAVED
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._save_in_background)

    @property
    def current(self) -> Article | None:
        """The article as last stored."""
        return self._current

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None

    def set_article(self, article: Article | None) -> None:
        """Start tracking a freshly loaded article (call flush() first)."""
        self._timer.stop()
        self._generation += 1  # a save still running for the previous article reports to nobody
        self._in_flight = False
        self._current = article
        self._dirty_since = None
        self._blocked = False
        self._set_state(SaveState.SAVED)

    def edited(self) -> None:
        """The user changed something: save within DELAY_MS of the first unsaved change."""
        if self._current is None:
            return
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()
        if self._blocked:
            return
        if self.state is not SaveState.SAVING:
            self._set_state(SaveState.UNSAVED)
        if not self._timer.isActive() and not self._in_flight:
            self._timer.start(self._remaining_ms())

    def flush(self, reason: RevisionReason = RevisionReason.AUTOSAVE) -> bool:
        """Save now, on this thread (switching articles, closing, Ctrl+S).

        True when everything typed is stored; False when a conflict, a deleted
        article or a storage error stands in the way (the user has been told).
        """
        self._timer.stop()
        self._worker.wait()
        self._generation += 1  # callbacks still queued for earlier saves are now stale
        self._in_flight = False
        self._adopt(self._stored_by_worker)
        if self._current is None or self._blocked:
            return not self.dirty
        draft = self._draft(self._current)
        if not self.dirty and reason is RevisionReason.AUTOSAVE:
            return True
        try:
            stored = self._service.save(draft, reason)
        except Exception as error:
            self._failed(error)
            return False
        self._saved_ok(stored, draft)
        return True

    def resolve(self, article: Article, still_dirty: bool) -> None:
        """After the user settled a conflict: track ``article`` as stored."""
        self._current = article
        self._blocked = False
        self._dirty_since = time.monotonic() if still_dirty else None
        self._set_state(SaveState.UNSAVED if still_dirty else SaveState.SAVED)
        if still_dirty:
            self.edited()

    # -- background path -----------------------------------------------------
    def _save_in_background(self) -> None:
        if self._current is None or self._blocked or not self.dirty:
            return
        if self._in_flight:
            return  # one save at a time; its completion schedules the next
        draft = self._draft(self._current)
        taken = time.monotonic()
        self._in_flight = True
        self._set_state(SaveState.SAVING)

        def job() -> Article:
            stored = self._service.save(draft, RevisionReason.AUTOSAVE)
            self._stored_by_worker = stored
            return stored

        generation = self._generation

        def done(stored: Article) -> None:
            if generation == self._generation:
                self._saved_ok(stored, draft, taken)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._failed(error)

        self._worker.submit(job, done, failed)

    def _saved_ok(self, stored: Article, draft: Article, taken: float | None = None) -> None:
        self._in_flight = False
        self._adopt(stored)
        if self._current is None or self._current.id != stored.id:
            return
        if self._draft(self._current).same_content(draft):
            self._dirty_since = None
            self._set_state(SaveState.SAVED)
        else:  # typing went on while saving: those edits are newer than the draft
            self._dirty_since = taken if taken is not None else time.monotonic()
            self._set_state(SaveState.UNSAVED)
            self._timer.start(self._remaining_ms())
        self.saved.emit(stored)

    def _failed(self, error: Exception) -> None:
        self._in_flight = False
        if isinstance(error, ConflictError):
            self._blocked = True
            self._set_state(SaveState.CONFLICT, str(error))
            self.conflict.emit(error)
        elif isinstance(error, ArticleNotFoundError) and self._current is not None:
            self._blocked = True
            self._set_state(SaveState.FAILED, str(error))
            self.gone.emit(self._draft(self._current))
        else:
            log.warning("autosave failed", exc_info=error)
            self._set_state(SaveState.FAILED, str(error))
            self._timer.start(3000)  # the text stays in the editor; retry soon

    def _adopt(self, stored: Article | None) -> None:
        """Take a newer stored version (e.g. one the worker saved) as current."""
        current = self._current
        if stored is None or current is None or stored.id != current.id:
            return
        if (stored.version or 0) > (current.version or 0):
            self._current = stored

    def _remaining_ms(self) -> int:
        if self._dirty_since is None:
            return self.DELAY_MS
        waited = (time.monotonic() - self._dirty_since) * 1000
        return max(0, int(self.DELAY_MS - waited))

    def _set_state(self, state: SaveState, detail: str = "") -> None:
        self.state = state
        self.state_changed.emit(str(state), detail)
