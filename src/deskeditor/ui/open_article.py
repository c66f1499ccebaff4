"""The article being edited, with one owner for its state.

`OpenArticle` holds the article as last stored and its notices, builds the draft
(everything as typed) from the editor, and saves it: within DELAY_MS of the first
unsaved change (so a crash loses less than a second of typing, however long
typing goes on), on flush() (switching articles, closing, Ctrl+S), never two
saves at once. Preview, checks, pull quotes and the inbox subscribe to its
signals and ask it for draft(); none keeps a copy of its own.

Threads: the object and its attributes belong to the GUI thread. Background saves
run through a LatestJob on the save worker with an immutable draft; their
outcome comes back as a signal on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from deskeditor.domain.article import Article, RevisionReason
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError, ConflictError
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.worker import Debounce, LatestJob, Worker

log = logging.getLogger(__name__)


class SaveState(StrEnum):
    SAVED = "Saved"
    SAVING = "Saving…"
    UNSAVED = "Unsaved changes"
    CONFLICT = "Conflict"
    FAILED = "Not saved"


class OpenArticle(QObject):
    opened = Signal(object, object)  # Article | None, list[CorrectionNotice]
    edited = Signal()  # the draft changed
    saved = Signal(object)  # the stored Article
    state_changed = Signal(str, str)  # SaveState, detail for the user
    conflicted = Signal(object)  # ConflictError: the user must choose
    gone = Signal(object)  # the draft, whose stored article was deleted elsewhere
    notices_changed = Signal()  # a notice's wording or place was stored

    DELAY_MS = 800
    RETRY_MS = 3000

    def __init__(
        self,
        service: ArticleService,
        editor: ArticleEditor,
        worker: Worker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._editor = editor
        self._stored: Article | None = None
        self._notices: list[CorrectionNotice] = []
        self._dirty_since: float | None = None
        self._taken: float | None = None  # when the draft being saved was taken
        self._blocked = False  # a conflict or deletion awaits the user's choice
        self.state = SaveState.SAVED
        self._saving: LatestJob[Article, Article] = LatestJob(
            worker,
            self._draft_to_save,
            lambda draft: service.save(draft, RevisionReason.AUTOSAVE),
            self.DELAY_MS,
            Debounce.DEADLINE,
            drop_stale=False,
            parent=self,
        )
        self._saving.finished.connect(self._saved_ok)
        self._saving.failed.connect(self._failed)
        editor.edited.connect(self._on_edit)

    # -- what is open --------------------------------------------------------------
    @property
    def article(self) -> Article | None:
        """The article as last stored (None: nothing open)."""
        return self._stored

    @property
    def article_id(self) -> int | None:
        return self._stored.id if self._stored is not None else None

    @property
    def notices(self) -> list[CorrectionNotice]:
        return list(self._notices)

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None

    @property
    def read_only(self) -> bool:
        """A trashed article is shown, never saved: whatever happens in the editor."""
        return self._stored is not None and self._stored.in_trash

    def draft(self) -> Article | None:
        """The open article with every field as typed (as stored, when read-only)."""
        if self._stored is None or self.read_only:
            return self._stored
        return self._editor.draft(self._stored)

    def show(self, article: Article | None, notices: Sequence[CorrectionNotice] = ()) -> None:
        """Open ``article`` (None: close); call flush() first. Undo starts afresh."""
        self._saving.cancel()  # a save still running for the previous one reports to nobody
        self._stored = article
        self._notices = list(notices)
        self._dirty_since = None
        self._blocked = False
        self._editor.load(article)
        self._set_state(SaveState.SAVED)
        self.opened.emit(article, self.notices)

    # -- saving ---------------------------------------------------------------------
    def flush(self, reason: RevisionReason = RevisionReason.AUTOSAVE) -> bool:
        """Save now, on this thread (switching articles, closing, Ctrl+S).

        True when everything typed is stored; False when a conflict, a deleted
        article or a storage error stands in the way (the user has been told).
        """
        self._saving.wait()  # the save in flight lands first (its version is adopted)
        self._saving.cancel()
        if self._stored is None or self._blocked or self.read_only:
            return not self.dirty
        if not self.dirty and reason is RevisionReason.AUTOSAVE:
            return True
        draft = self.draft()
        assert draft is not None
        self._taken = time.monotonic()
        try:
            stored = self._service.save(draft, reason)
        except Exception as error:
            self._failed(draft, error)
            return False
        self._saved_ok(draft, stored)
        return True

    def resolve(self, article: Article, still_dirty: bool) -> None:
        """After the user settled a conflict: ``article`` is what is stored now."""
        self._stored = article
        self._blocked = False
        self._dirty_since = time.monotonic() if still_dirty else None
        self._set_state(SaveState.UNSAVED if still_dirty else SaveState.SAVED)
        if still_dirty:
            self._saving.request()

    def adopt(self, stored: Article) -> None:
        """The open article was stored elsewhere in this app (its status moved, a
        notice was published with its fix): take the new version without touching
        what is typed, and say it was saved."""
        if self._stored is not None and stored.id == self._stored.id:
            self._stored = stored
            self.saved.emit(stored)

    def notice_stored(self, notice: CorrectionNotice) -> None:
        """A notice of the open article was reworded or moved (the preview shows it)."""
        self._notices = [notice if n.id == notice.id else n for n in self._notices]
        self.notices_changed.emit()

    # -- reactions ---------------------------------------------------------------------
    def _on_edit(self) -> None:
        if self._stored is None or self.read_only:
            return
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()
        self.edited.emit()
        if self._blocked:
            return
        if self.state is not SaveState.SAVING:
            self._set_state(SaveState.UNSAVED)
        self._saving.request()

    def _draft_to_save(self) -> Article | None:
        if self._stored is None or self._blocked or not self.dirty:
            return None
        self._taken = time.monotonic()
        self._set_state(SaveState.SAVING)
        return self.draft()

    def _saved_ok(self, draft: Article, stored: Article) -> None:
        current = self._stored
        if current is None or current.id != stored.id:
            return
        if (stored.version or 0) >= (current.version or 0):
            self._stored = stored
        now = self.draft()
        if now is not None and now.same_content(draft):
            self._dirty_since = None
            self._set_state(SaveState.SAVED)
        else:  # typing went on while saving: those edits are newer than the draft
            self._dirty_since = self._taken or time.monotonic()
            self._set_state(SaveState.UNSAVED)
            self._saving.request(self._remaining_ms())
        self.saved.emit(stored)

    def _failed(self, draft: Article, error: Exception) -> None:
        if isinstance(error, ConflictError):
            self._blocked = True
            self._set_state(SaveState.CONFLICT, str(error))
            self.conflicted.emit(error)
        elif isinstance(error, ArticleNotFoundError) and self._stored is not None:
            self._blocked = True
            self._set_state(SaveState.FAILED, str(error))
            self.gone.emit(self.draft() or draft)
        else:
            log.warning("saving failed", exc_info=error)
            self._set_state(SaveState.FAILED, str(error))
            self._saving.request(self.RETRY_MS)  # the text stays in the editor; retry soon

    def _remaining_ms(self) -> int:
        if self._dirty_since is None:
            return self.DELAY_MS
        waited = (time.monotonic() - self._dirty_since) * 1000
        return max(0, int(self.DELAY_MS - waited))

    def _set_state(self, state: SaveState, detail: str = "") -> None:
        self.state = state
        self.state_changed.emit(str(state), detail)
