"""One correction request in the inbox pane, from triage to notice and reply.

Everything typed is kept as typed: the assignee and notes, and the reply under
review, are saved within DELAY_MS of the first change (on the save worker, in
order with the article's saves) and at once when the request is left, another is
opened, a notice is published or the window closes. Only saving the reply moves
the request on ("reply saved").
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from deskeditor.domain.article import Article
from deskeditor.domain.corrections import Reply, RequestStatus
from deskeditor.services.articles import ArticleService
from deskeditor.services.diff_view import correction_html, published_html
from deskeditor.services.errors import ServiceError
from deskeditor.services.inbox import InboxService
from deskeditor.services.matching import Match
from deskeditor.services.replies import ReplyService
from deskeditor.services.revisions import RevisionService
from deskeditor.services.triage import TriageService
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.article_picker_dialog import ArticlePickerDialog
from deskeditor.ui.dialogs.notice_dialog import NoticeDialog
from deskeditor.ui.editing_controller import EditingController
from deskeditor.ui.widgets.request_pane import RequestPane
from deskeditor.ui.worker import Debounce, LatestJob, Worker

log = logging.getLogger(__name__)
PROBLEMS = (ServiceError, StorageError, OSError)
Fields = tuple[int, str, str]  # request id, assignee, notes


class RequestController(QObject):
    changed = Signal()  # a request changed: the list shows it
    closed = Signal()  # back to the list

    DELAY_MS = 800

    def __init__(
        self,
        window: QMainWindow,
        pane: RequestPane,
        services: tuple[ArticleService, InboxService, TriageService, ReplyService],
        editing: EditingController,
        save_worker: Worker,
        lookup_worker: Worker,
        outbox: Path,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.pane = pane
        self.articles, self.inbox, self.triage, self.replies = services
        self.editing = editing
        self._lookups = lookup_worker
        self._outbox = outbox
        self.request_id: int | None = None
        self._revisions: RevisionService | None = None
        self._fields_dirty = False
        self._reply_dirty = False
        self._fields: LatestJob[Fields, None] = LatestJob(
            save_worker, self._fields_to_save, self._save_fields, self.DELAY_MS,
            Debounce.DEADLINE, drop_stale=False, parent=self,
        )  # fmt: skip
        self._fields.failed.connect(lambda _f, error: self._save_failed(error, fields=True))
        self._reply: LatestJob[Reply, Reply] = LatestJob(
            save_worker, self._reply_to_save, self.replies.update, self.DELAY_MS,
            Debounce.DEADLINE, drop_stale=False, parent=self,
        )  # fmt: skip
        self._reply.finished.connect(lambda _r, stored: pane.reply.adopt(stored))
        self._reply.failed.connect(lambda _r, error: self._save_failed(error, fields=False))
        pane.back_requested.connect(self.close)
        pane.status_chosen.connect(self.set_status)
        pane.fields_edited.connect(self._fields_edited)
        pane.open_article_requested.connect(self.open_article)
        pane.link_requested.connect(self.pick_article)
        pane.candidate_chosen.connect(self.link)
        pane.notice_requested.connect(self.write_notice)
        pane.reply_requested.connect(self.draft_reply)
        pane.reply.edited.connect(self._reply_edited)
        pane.reply.save_requested.connect(self.save_reply)

    # -- opening and leaving -------------------------------------------------------------
    def open(self, request_id: int) -> bool:
        """Show the request (what was typed in the one before is saved first) and its
        article in the editor beside it."""
        self.flush()
        try:
            detail = self.triage.detail(request_id)
            replies = self.replies.replies(request_id)
        except PROBLEMS as error:
            messages.warn(self.window, self.tr("Cannot open the request"), str(error))
            return False
        self.request_id = request_id
        self.pane.show_detail(detail)
        self._show_fix(request_id, detail.article)
        self.pane.show_candidates([])
        self.pane.reply.show_reply(replies[-1] if replies else None, self.replies.sender)
        self.pane.tabs.setCurrentIndex(0)
        if detail.article is None:
            self._suggest(request_id)
        elif detail.article.id is not None:
            self.editing.open_article(detail.article.id)
        return True

    def set_revisions(self, revisions: RevisionService) -> None:
        """Where the Fix tab finds what a notice changed (the article's history)."""
        self._revisions = revisions

    def _show_fix(self, request_id: int, article: Article | None) -> None:
        """The Fix tab: what the request's published notices changed, and the article
        as first published (what the reader read)."""
        if self._revisions is None or article is None or article.id is None:
            self.pane.fix.setHtml(self.tr("<p><i>Not linked to an article.</i></p>"))
            return
        try:
            notices = [n for n in self.articles.notices(article.id) if n.request_id == request_id]
            parts = [correction_html(self._revisions.correction_context(n)) for n in notices]
            if not parts:
                parts.append(self.tr("<p><i>No notice published for this request yet.</i></p>"))
                first = self._revisions.as_published(article.id)
                if first is not None:
                    parts.append(published_html(*first))
        except PROBLEMS as error:
            self.pane.fix.setPlainText(self.tr("Cannot show the fix: {0}").format(error))
            return
        self.pane.fix.setHtml("<hr>".join(parts))

    def close(self) -> None:
        self.flush()
        self.request_id = None
        self.closed.emit()

    def flush(self) -> None:
        """Store what is typed now, on this thread."""
        self._fields.wait()
        self._fields.cancel()
        fields = self._fields_to_save()
        if fields is not None:
            try:
                self._save_fields(fields)
            except PROBLEMS as error:
                self._save_failed(error, fields=True)
        self._reply.wait()
        self._reply.cancel()
        reply = self._reply_to_save()
        if reply is not None:
            try:
                self.pane.reply.adopt(self.replies.update(reply))
            except PROBLEMS as error:
                self._save_failed(error, fields=False)

    # -- the request's own fields -------------------------------------------------------------
    def set_status(self, status: RequestStatus) -> None:
        self._act(lambda rid: self.triage.set_status(rid, status))

    def _fields_edited(self) -> None:
        self._fields_dirty = True
        self._fields.request()

    def _fields_to_save(self) -> Fields | None:
        if self.request_id is None or not self._fields_dirty:
            return None
        self._fields_dirty = False
        assignee, notes = self.pane.typed()
        return self.request_id, assignee, notes

    def _save_fields(self, fields: Fields) -> None:  # on the save worker, or in flush()
        request_id, assignee, notes = fields
        self.triage.save_fields(request_id, assignee=assignee, notes=notes)

    # -- the article ------------------------------------------------------------------------
    def open_article(self) -> None:
        if self.request_id is None:
            return
        detail = self.triage.detail(self.request_id)
        if detail.article is not None and detail.article.id is not None:
            self.editing.open_article(detail.article.id)

    def pick_article(self) -> None:
        chosen = ArticlePickerDialog.ask(self.window, lambda q: self.articles.search(q, 30))
        if chosen is not None:
            self.link(chosen)

    def link(self, article_id: int) -> None:
        if self._act(lambda rid: self.triage.link(rid, article_id)):
            self.pane.show_candidates([])
            self.editing.open_article(article_id)

    def _suggest(self, request_id: int) -> None:
        def found(matches: list[Match]) -> None:
            if self.request_id == request_id:
                self.pane.show_candidates(matches)

        self._lookups.submit(
            lambda: self.inbox.candidates(request_id),
            found,
            lambda error: log.warning("no suggestions for request %s", request_id, exc_info=error),
        )

    def write_notice(self) -> None:
        if self.request_id is None:
            return
        self.flush()
        self.editing.article.flush()  # the notice starts from what is stored
        detail = self.triage.detail(self.request_id)
        if detail.article is None:
            return
        choice = NoticeDialog.ask(self.window, detail.article.body, detail.quoted_phrase)
        if choice is None:
            return
        corrected = detail.article.replace(body=choice.body)
        try:
            stored = self.triage.publish_notice(
                self.request_id, corrected, choice.kind, choice.text, choice.position
            )
        except PROBLEMS as error:
            messages.warn(self.window, self.tr("The notice was not published"), str(error))
            return
        assert stored.id is not None
        self.editing.reopen(stored.id)
        self._refresh()

    # -- the reply ---------------------------------------------------------------------------
    def draft_reply(self) -> None:
        """Open the reply for review: the draft being written, or a new one. The
        request does not change until the reply is saved."""
        if self.request_id is None:
            return
        self.flush()
        try:
            reply = self.replies.draft(self.request_id)
        except PROBLEMS as error:
            messages.warn(self.window, self.tr("No reply drafted"), str(error))
            return
        self.pane.reply.show_reply(reply, self.replies.sender)
        self.pane.tabs.setCurrentIndex(self.pane.reply_tab)
        self.pane.reply.body.setFocus()

    def _reply_edited(self) -> None:
        self._reply_dirty = True
        self._reply.request()

    def _reply_to_save(self) -> Reply | None:
        if not self._reply_dirty:
            return None
        self._reply_dirty = False
        return self.pane.reply.typed()

    def save_reply(self) -> None:
        typed = self.pane.reply.typed()
        if typed is None:
            return
        self.flush()
        try:
            target = self.replies.save(self.pane.reply.typed() or typed, self._outbox)
            saved = [r for r in self.replies.replies(typed.request_id) if r.id == typed.id]
        except PROBLEMS as error:
            messages.warn(self.window, self.tr("The reply was not saved"), str(error))
            return
        self.pane.reply.show_reply(saved[0] if saved else None)
        self.window.statusBar().showMessage(
            self.tr("Reply saved as {0}: send it from your mail program").format(target), 10000
        )
        self._refresh()

    # -- helpers ------------------------------------------------------------------------------
    def _act(self, action: object) -> bool:
        if self.request_id is None:
            return False
        try:
            action(self.request_id)  # type: ignore[operator]
        except PROBLEMS as error:
            messages.warn(self.window, self.tr("Not changed"), str(error))
            return False
        finally:
            self._refresh()
        return True

    def _refresh(self) -> None:
        """Show the request as stored; what is being typed stays as typed."""
        if self.request_id is not None:
            try:
                detail = self.triage.detail(self.request_id)
            except PROBLEMS as error:
                log.warning("cannot read request %s: %s", self.request_id, error)
            else:
                self.pane.show_detail(detail, keep_typing=True)
                self._show_fix(self.request_id, detail.article)
        self.changed.emit()

    def _save_failed(self, error: Exception, fields: bool) -> None:
        log.warning("saving the request failed", exc_info=error)
        if fields:
            self._fields_dirty = True
        else:
            self._reply_dirty = True
        self.window.statusBar().showMessage(
            self.tr("Not saved: {0}. What you typed is still here.").format(error), 10000
        )
