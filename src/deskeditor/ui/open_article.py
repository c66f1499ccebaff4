"""The article being edited, with one owner for its state.

`OpenArticle` holds the article as last stored, its notices and its queries, builds
the draft (everything as typed) from the editor, and saves it with the changes to
its queries: within DELAY_MS of the first unsaved change (so a crash loses less
than a second of typing, however long typing goes on, with room for a save slowed
by a busy machine), on flush() (switching articles, closing, Ctrl+S), never two
saves at once. Preview, checks, pull quotes, queries and the inbox subscribe to
its signals and ask it for draft(); none keeps a copy of its own.

Queries' anchors follow the text as it is typed: the body document's
contentsChange gives each edit's position and length (a change of formatting
alone, as the highlighter makes, changes no text and is ignored), and a one-line
field's edit is read from its old and new text.

When a save cannot go over the stored article (someone else saved first, or
deleted it), the text is kept aside as a pending draft before the user is asked,
and kept current at the same pace while they decide; a pending draft left by a
window that died is offered again when its article is next opened.

Threads: the object and its attributes belong to the GUI thread. Background saves
run through a LatestJob on the save worker with an immutable draft; their
outcome comes back as a signal on the GUI thread.
"""

from __future__ import annotations

import dataclasses
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from deskeditor.domain.article import EDITABLE_FIELDS, Article, RevisionReason
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.domain.queries import (
    Edit,
    Query,
    QueryChanges,
    new_query,
    single_edit,
    typed_edits,
)
from deskeditor.domain.query_tracker import QueryTracker
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError, ConflictError
from deskeditor.ui.widgets.article_editor import ArticleEditor
from deskeditor.ui.widgets.paragraph_field import ParagraphField
from deskeditor.ui.worker import Debounce, LatestJob, Worker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SaveJob:
    draft: Article
    queries: QueryChanges  # the changes to its queries since they were stored
    held: bool = False  # a conflict or deletion awaits the user: keep the text aside


def store(service: ArticleService, session: str, job: SaveJob) -> Article | None:
    """A save job on the worker: the draft saved (the stored article), or kept aside
    as the window's pending draft (None). A save refused because someone else saved or
    deleted the article keeps the text aside before the refusal reaches the user."""
    if job.held:
        service.keep_pending(job.draft, session)
        return None
    try:
        return service.save(job.draft, RevisionReason.AUTOSAVE, queries=job.queries)
    except (ConflictError, ArticleNotFoundError):
        keep_aside(service, session, job.draft)
        raise


def keep_aside(service: ArticleService, session: str, draft: Article) -> None:
    try:
        service.keep_pending(draft, session)
    except Exception:  # the refusal still reaches the user, who still has the text
        log.warning("could not keep the unsaved text aside", exc_info=True)


def _now() -> datetime:
    return datetime.now(UTC)


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
    queries_changed = Signal()  # a query was added, answered, resolved, moved or deleted
    changed_by = Signal(str)  # someone else's change was merged in (their name)

    DELAY_MS = 400  # at 800, saves slowed past 200 ms by a loaded machine lost text (soak)
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
        self._tracker = QueryTracker()  # its queries, following the text as typed
        self._loading = False
        self._changed_by = ""  # who changed the open article elsewhere, last
        self._offer_once_saved: Article | None = None  # see _open
        self.session = uuid.uuid4().hex  # this window's pending drafts
        self._settles: set[str] = set()  # the sessions whose drafts the awaited choice settles
        self.state = SaveState.SAVED
        session = self.session
        self._saving: LatestJob[SaveJob, Article | None] = LatestJob(
            worker,
            self._draft_to_save,
            lambda job: store(service, session, job),
            self.DELAY_MS,
            Debounce.DEADLINE,
            drop_stale=False,
            parent=self,
        )
        self._saving.finished.connect(self._saved_ok)
        self._saving.failed.connect(self._failed)
        editor.edited.connect(self._on_edit)
        editor.body.document().contentsChange.connect(self._body_changed)
        for name, field in editor.fields.items():
            changed = field.changed if isinstance(field, ParagraphField) else field.textChanged
            changed.connect(lambda text, n=name: self._line_changed(n, text))

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

    def show(
        self,
        article: Article | None,
        notices: Sequence[CorrectionNotice] = (),
        queries: Sequence[Query] = (),
    ) -> None:
        """Open ``article`` (None: close) with its notices and queries; call flush()
        first. Undo starts afresh."""
        self._loading = True
        try:
            self._editor.load(article)
        finally:
            self._loading = False
        self._open(article, notices, queries)

    def take_over(
        self,
        shown: Article,
        stored: Article,
        typed: bool,
        notices: Sequence[CorrectionNotice] = (),
        queries: Sequence[Query] = (),
    ) -> None:
        """Open ``stored`` in an editor that has shown ``shown`` since before the desk
        opened (its first look) and was perhaps typed into meanwhile. What was typed
        stays as it is and is saved now, as a draft of ``shown``: a change stored
        elsewhere in that second meets it as a conflict, never overwrites it. Untyped,
        the editor keeps its cursor unless the article changed meanwhile."""
        if not typed and stored != shown:
            self.show(stored, notices, queries)
            return
        self._open(shown if typed else stored, notices, queries, self._texts_of(shown), typed)
        if typed:
            moved = False
            for name, text in self._typed_texts().items():
                edits = typed_edits(self._tracker.text(name), text)
                moved = self._tracker.follow(name, text, edits) or moved
            if moved:
                self.queries_changed.emit()
            self._on_edit()

    def _open(
        self,
        article: Article | None,
        notices: Sequence[CorrectionNotice],
        queries: Sequence[Query],
        texts: dict[str, str] | None = None,
        typed: bool = False,
    ) -> None:
        """Make ``article`` the open one, as the editor shows it (or as ``texts``).
        Text another window kept aside for it is offered at once; when ``typed``
        into already (a first look's), once that typing is stored, so that neither
        text offered lacks it."""
        self._saving.cancel()  # a save still running for the previous one reports to nobody
        self._stored = article
        self._notices = list(notices)
        self._tracker.reset(queries, self._typed_texts() if texts is None else texts)
        self._dirty_since = None
        self._blocked = False
        self._settles = set()
        self._set_state(SaveState.SAVED)
        self.opened.emit(article, self.notices)
        self.queries_changed.emit()
        self._offer_once_saved = article if typed else None
        if article is not None and article.id is not None and not typed:
            QTimer.singleShot(0, lambda: self._offer_kept(article))

    # -- saving ---------------------------------------------------------------------
    def flush(self, reason: RevisionReason = RevisionReason.AUTOSAVE) -> bool:
        """Save now, on this thread (switching articles, closing, Ctrl+S).

        True when everything typed is stored; False when a conflict, a deleted
        article or a storage error stands in the way (the user has been told).
        """
        self._saving.wait()  # the save in flight lands first (its version is adopted)
        self._saving.cancel()
        if self._stored is None or self.read_only:
            return not self.dirty
        draft = self.draft()
        assert draft is not None
        if self._blocked:  # the user has not chosen yet: the text stays aside, current
            if self.dirty:
                keep_aside(self._service, self.session, draft)
            return not self.dirty
        if not self.dirty and reason is RevisionReason.AUTOSAVE:
            return True
        job = SaveJob(draft, self.query_changes())
        self._taken = time.monotonic()
        try:
            stored = self._service.save(draft, reason, queries=job.queries)
        except Exception as error:
            if isinstance(error, ConflictError | ArticleNotFoundError):
                keep_aside(self._service, self.session, draft)
            self._failed(job, error)
            return not self.dirty and not self._blocked  # merged with a change made elsewhere
        self._saved_ok(job, stored)
        return True

    # -- settling a conflict or a deletion elsewhere (the user has chosen) -------------
    def keep_mine(self, error: ConflictError) -> bool:
        """Store the text kept in ``error`` over theirs. True when the editor already
        shows it (a live conflict); False when it must be opened afresh."""
        self._saving.cancel()
        stored = self._service.settle_keep_mine(error.mine, error.theirs, self._settled())
        shown = self.draft()
        if shown is None or not shown.same_content(error.mine):
            return False
        self._stored = stored
        self._blocked = False
        still_dirty = bool(self.query_changes())  # queries go with the next save
        self._dirty_since = time.monotonic() if still_dirty else None
        self._set_state(SaveState.UNSAVED if still_dirty else SaveState.SAVED)
        if still_dirty:
            self._saving.request()
        self.saved.emit(stored)
        return True

    def save_copy(self, mine: Article) -> Article:
        """``mine`` as a new article; the one it was typed into stays as stored."""
        return self._service.settle_as_copy(mine, self._settled())

    def set_aside(self, mine: Article) -> None:
        """Keep ``mine`` in the article's revisions (the user took the other text)."""
        self._service.set_aside(mine, self._settled())

    def let_go(self, mine: Article) -> None:
        """The article was deleted elsewhere and the user lets it go: the text stays in
        its revisions while it is in the trash (nothing, once deleted for good)."""
        try:
            self._service.set_aside(mine, self._settled())
        except ArticleNotFoundError:
            self._service.drop_pending(mine.id or 0, self._settled())

    def _settled(self) -> set[str]:
        return {self.session, *self._settles}

    def _offer_kept(self, article: Article) -> None:
        """A pending draft left by a window that died before its user chose: ask again."""
        stale = self._stored is None or self._stored.id != article.id
        if stale or self._blocked or self.read_only:  # a trashed article's: recovered at start
            return
        try:
            pending = self._service.pending_drafts(article.id or 0)
        except Exception:
            log.warning("could not look for text kept from an earlier conflict", exc_info=True)
            return
        kept = [d for d in pending if d.session != self.session]
        if not kept:
            return
        newest = kept[-1]
        assert self._stored is not None
        self._blocked = True
        self._settles = {d.session for d in kept}
        error = ConflictError(newest.article, self._stored)
        self._set_state(SaveState.CONFLICT, str(error))
        self.conflicted.emit(error)

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
        if not self._blocked and self.state is not SaveState.SAVING:
            self._set_state(SaveState.UNSAVED)
        self._saving.request()  # saved, or kept aside while the user chooses

    def _draft_to_save(self) -> SaveJob | None:
        if self._stored is None or not self.dirty:
            return None
        draft = self.draft()
        if draft is None:
            return None
        if self._blocked:
            return SaveJob(draft, QueryChanges((), ()), held=True)
        self._taken = time.monotonic()
        self._set_state(SaveState.SAVING)
        return SaveJob(draft, self.query_changes())

    def _saved_ok(self, job: SaveJob, stored: Article | None) -> None:
        if stored is None:  # kept aside while a choice waits; the state says "Conflict"
            return
        draft, changes = job.draft, job.queries
        current = self._stored
        if current is None or current.id != stored.id:
            return
        if (stored.version or 0) >= (current.version or 0):
            self._stored = stored
        self._tracker.stored(changes)
        now = self.draft()
        if now is not None and now.same_content(draft) and not self.query_changes():
            self._dirty_since = None
            self._set_state(SaveState.SAVED)
        else:  # typing went on while saving: those edits are newer than the draft
            self._dirty_since = self._taken or time.monotonic()
            self._set_state(SaveState.UNSAVED)
            self._saving.request(self._remaining_ms())
        self.saved.emit(stored)
        waiting, self._offer_once_saved = self._offer_once_saved, None
        if waiting is not None:
            QTimer.singleShot(0, lambda: self._offer_kept(stored))

    def changed_elsewhere(self, stored: Article, by: str) -> None:
        """The open article changed under it (a desk's pull): nothing typed is replaced.
        With nothing unsaved the editor keeps showing what it shows and the change
        waits behind "changed by NAME"; typing merges it in (see _merge)."""
        if self._stored is None or stored.id != self._stored.id or self.read_only:
            return
        self._changed_by = by
        if not self.dirty:
            self.changed_by.emit(by)
            return
        self.flush()  # merges now, field by field, or asks

    def _merge(self, error: ConflictError) -> tuple[SaveJob, Article] | None:
        """Fields only they changed come in, fields only I changed stay mine; None
        when we both changed one field differently (the user must choose)."""
        base, theirs, mine = self._stored, error.theirs, self.draft()
        if base is None or mine is None:
            return None
        names = [*EDITABLE_FIELDS, "pull_quotes"]
        ours = {n for n in names if getattr(mine, n) != getattr(base, n)}
        theirs_changed = {n for n in names if getattr(theirs, n) != getattr(base, n)}
        if any(getattr(mine, n) != getattr(theirs, n) for n in ours & theirs_changed):
            error.base = base
            return None
        merged = theirs.replace(**{n: getattr(mine, n) for n in ours})
        changes = self.query_changes()
        stored = self._service.save(merged, RevisionReason.AUTOSAVE, queries=changes)
        self._service.drop_pending(stored.id or 0, {self.session})  # kept aside by the refusal
        self._editor.set_fields(stored, theirs_changed - ours)
        self.changed_by.emit(self._changed_by)
        return SaveJob(self.draft() or merged, changes), stored

    def _failed(self, job: SaveJob, error: Exception) -> None:
        draft = job.draft
        if job.held:  # keeping it aside failed: the text is still in the editor
            log.warning("could not keep the unsaved text aside", exc_info=error)
            self._saving.request(self.RETRY_MS)
            return
        if isinstance(error, ConflictError) and not self._blocked:
            try:
                merged = self._merge(error)
            except Exception as failure:  # the merged save failed: ask as before
                log.warning("merging a change made elsewhere failed", exc_info=failure)
                merged = None
            if merged is not None:
                self._saved_ok(*merged)
                return
        if isinstance(error, ConflictError):
            self._blocked = True
            self._settles = set()
            self._offer_once_saved = None  # a dead window's text waits for the next open
            self._set_state(SaveState.CONFLICT, str(error))
            error.mine = self.draft() or error.mine  # everything typed, including since
            self.conflicted.emit(error)
        elif isinstance(error, ArticleNotFoundError) and self._stored is not None:
            self._blocked = True
            self._settles = set()
            self._set_state(SaveState.FAILED, str(error))
            self.gone.emit(self.draft() or draft)
        else:
            log.warning("saving failed", exc_info=error)
            self._set_state(SaveState.FAILED, str(error))
            self._saving.request(self.RETRY_MS)  # the text stays in the editor; retry soon

    # -- queries ------------------------------------------------------------------------
    @property
    def queries(self) -> list[Query]:
        """The open article's queries as they are now, oldest first."""
        return self._tracker.queries

    def query(self, uid: str) -> Query | None:
        return self._tracker.get(uid)

    def query_changes(self) -> QueryChanges:
        """What changed in the queries since they were last stored."""
        return self._tracker.changes()

    def add_query(self, field: str, start: int, end: int, text: str) -> Query | None:
        """Ask about ``field``'s text from ``start`` to ``end`` (as typed now)."""
        if self._stored is None or self.read_only:
            return None
        typed = self._tracker.text(field)
        query = new_query(field, start, end, typed, self._service.author, text, _now())
        self._change_query(query)
        return query

    def reply(self, uid: str, text: str) -> None:
        if (query := self._open_query(uid)) is not None:
            self._change_query(query.replied(self._service.author, text, _now()))

    def set_resolved(self, uid: str, resolved: bool) -> None:
        if (query := self._open_query(uid)) is not None:
            self._change_query(query.resolved(self._service.author, _now() if resolved else None))

    def reanchor(self, uid: str, start: int, end: int) -> None:
        """Anchor a query (an orphaned one, say) to another span of its field."""
        if (query := self._open_query(uid)) is not None:
            quoted = self._tracker.text(query.field)[start:end]
            moved = dataclasses.replace(query, start=start, end=end, orphaned=False, quoted=quoted)
            self._change_query(moved)

    def delete_query(self, uid: str) -> None:
        if self._open_query(uid) is not None:
            self._tracker.remove(uid)
            self._queries_edited()

    def _open_query(self, uid: str) -> Query | None:
        return None if self.read_only else self._tracker.get(uid)

    def _change_query(self, query: Query) -> None:
        self._tracker.put(query)
        self._queries_edited()

    def _queries_edited(self) -> None:
        self.queries_changed.emit()
        self._on_edit()

    def _body_changed(self, position: int, removed: int, added: int) -> None:
        if self._loading or self._stored is None:
            return
        old = self._tracker.text("body")
        new = self._editor.body.toPlainText()
        if removed == added and old == new:
            return  # formatting (the highlighter, spelling marks): no text changed
        edit = Edit(position, removed, added)
        if len(old) - removed + added != len(new) or position + removed > len(old):
            edit = single_edit(old, new) or edit  # Qt counted the final separator: read it off
        if self._tracker.follow("body", new, [edit]):
            self.queries_changed.emit()
        self._on_edit()

    def _line_changed(self, name: str, text: str) -> None:
        if self._loading or self._stored is None:
            return
        edit = single_edit(self._tracker.text(name), text)
        if self._tracker.follow(name, text, [edit] if edit is not None else []):
            self.queries_changed.emit()

    def _typed_texts(self) -> dict[str, str]:
        texts = {name: field.text() for name, field in self._editor.fields.items()}
        texts["body"] = self._editor.body.toPlainText()
        return texts

    def _texts_of(self, article: Article) -> dict[str, str]:
        """The texts the editor showed ``article`` with (the anchors' frame)."""
        texts = {name: str(getattr(article, name)) for name in self._editor.fields}
        texts["body"] = article.body
        return texts

    def _remaining_ms(self) -> int:
        if self._dirty_since is None:
            return self.DELAY_MS
        waited = (time.monotonic() - self._dirty_since) * 1000
        return max(0, int(self.DELAY_MS - waited))

    def _set_state(self, state: SaveState, detail: str = "") -> None:
        self.state = state
        self.state_changed.emit(str(state), detail)
