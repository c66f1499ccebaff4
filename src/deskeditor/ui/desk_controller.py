"""The shared desk in the window: the indicator in the status bar (online,
offline, syncing, n waiting), sync on a timer, on demand and when the server
NOTIFYs, who is editing what in the list, "changed by NAME" for the open
article, and the desk's conflicts in the conflict dialog.

Threads: sync, leases and conflict settling run on the controller's worker;
LISTEN runs on a thread of its own that only emits ``_notified``. Every
attribute here belongs to the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from deskeditor.domain.article import EDITABLE_FIELDS, Article, ArticleStatus
from deskeditor.services.articles import ArticleService
from deskeditor.services.desk.connection import DeskOfflineError
from deskeditor.services.desk.service import DeskService, SyncReport
from deskeditor.services.errors import ConflictError, ServiceError
from deskeditor.storage.errors import StorageError
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from deskeditor.ui.models.article_list_model import ArticleListModel
from deskeditor.ui.open_article import OpenArticle
from deskeditor.ui.widgets.changed_bar import ChangedBar
from deskeditor.ui.worker import Worker

log = logging.getLogger(__name__)


class DeskController(QObject):
    SYNC_MS = 30_000  # also after every NOTIFY, coalesced
    RENEW_MS = 5 * 60_000  # leases last 15 minutes
    _notified = Signal()  # from the LISTEN thread
    synced = Signal(object)  # SyncReport, after it was shown

    def __init__(
        self,
        window: QMainWindow,
        service: DeskService,
        articles: ArticleService,
        article: OpenArticle,
        list_model: ArticleListModel,
        changed_bar: ChangedBar,
        reload: Any,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self._articles = articles
        self._article = article
        self._list = list_model
        self._bar = changed_bar
        self._reload = reload  # opens an article afresh (the editing controller's load)
        state = service.state()
        assert state is not None
        self._login, self._name = state.login, state.name
        self.worker = Worker(self)
        self.label = QLabel()
        self.label.setObjectName("deskState")
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("Sync with the desk"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Alt+Y"))
        self.action.triggered.connect(self.sync)
        window.addAction(self.action)
        self._running = False
        self._again = False
        self.online: bool | None = None
        self._lease_uid = ""
        self._asked = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.SYNC_MS)
        self._timer.timeout.connect(self.sync)
        self._renew = QTimer(self)
        self._renew.setInterval(self.RENEW_MS)
        self._renew.timeout.connect(self._take_lease)
        self._notified.connect(self.sync)
        self._soon = QTimer(self)  # a save goes out at once, to reach the others quickly
        self._soon.setSingleShot(True)
        self._soon.setInterval(200)
        self._soon.timeout.connect(self.sync)
        article.saved.connect(lambda _stored: self._soon.start())
        self._stop = threading.Event()
        self._reconnect = threading.Event()  # a sync got through: listen again now
        self._listening: threading.Thread | None = None
        article.opened.connect(self._opened)
        article.changed_by.connect(self._show_changed)
        changed_bar.show_requested.connect(self._show_theirs)
        self._show_state()

    # -- running ------------------------------------------------------------------------------
    def start(self) -> None:
        self._timer.start()
        self._listening = threading.Thread(target=self._listen, name="desk-listen", daemon=True)
        self._listening.start()
        self.sync()
        self._opened(self._article.article, [])

    def stop(self) -> None:
        self._stop.set()
        self._reconnect.set()
        self._timer.stop()
        self._renew.stop()
        if self._lease_uid:
            uid, self._lease_uid = self._lease_uid, ""
            with contextlib.suppress(DeskOfflineError, ServiceError):  # it expires anyway
                self.service.release_lease(uid)
        self.worker.shutdown()
        if self._listening is not None:
            self._listening.join(timeout=3)
        self.service.close()

    def _listen(self) -> None:
        """LISTEN thread: emit on every notification; reconnect after a failure."""
        while not self._stop.is_set():
            try:
                listener = self.service.listener()
                listener.open()
            except Exception as error:  # offline: the timer's syncs say so
                log.info("cannot listen to the desk: %s", error)
                self._reconnect.wait(10)  # or as soon as a sync got through
                self._reconnect.clear()
                continue
            try:
                while not self._stop.is_set():
                    if listener.wait(timeout=0.5):
                        self._notified.emit()
            except Exception as error:
                log.info("the desk's notifications stopped: %s", error)
            finally:
                listener.close()

    # -- sync ---------------------------------------------------------------------------------
    @property
    def syncing(self) -> bool:
        return self._running

    def sync(self) -> None:
        """Sync now (or right after the sync in flight)."""
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        self._show_state()
        self._article.flush()  # what is typed goes with this sync

        def job() -> tuple[SyncReport, dict[str, str]]:
            report = self.service.sync()
            leases = self.service.leases()
            return report, {uid: lease.name for uid, lease in leases.items()
                            if lease.login != self._login}  # fmt: skip

        self.worker.submit(job, self._synced, self._failed)

    def _synced(self, outcome: tuple[SyncReport, dict[str, str]]) -> None:
        report, editors = outcome
        self._running, self.online = False, True
        self._reconnect.set()
        self._list.set_editors(editors)
        changed = [(uid, by) for table, uid, by in report.changed
                   if table == "articles" and by != self._login]  # fmt: skip
        if changed or report.pulled:
            self._list.refresh()
        current = self._article.article
        for uid, by in changed:
            if current is not None and current.uid == uid:
                self._open_changed(current, by, report.people.get(by, by))
        for refused in report.refused:
            self.window.statusBar().showMessage(
                self.tr("The desk refused a change: {0}").format(refused.message), 15000
            )
        self._show_state()
        by_row: dict[str, list[dict[str, Any]]] = {}
        for conflict in report.conflicts:
            if conflict["table_name"] == "articles" and conflict["field"] in EDITABLE_FIELDS:
                by_row.setdefault(conflict["row_uid"], []).append(conflict)
        for conflicts in by_row.values():
            self._settle(conflicts)
        self.synced.emit(report)
        if self._again:
            self.sync()

    def _failed(self, error: Exception) -> None:
        self._running = False
        self.online = False
        log.info("desk sync failed: %s", error)
        if "refused the login" in str(error) and not self._asked:
            self._asked = True  # once per start: a wrong password is not asked in a loop
            if self._ask_password():
                self.sync()
                return
        self.label.setToolTip(str(error))
        self._show_state()
        if self._again:
            self._again = False
            QTimer.singleShot(5000, self.sync)

    def _ask_password(self) -> bool:
        """Ask for the password; keep it in the keyring, or (without one) for this
        session only, and say why."""
        from deskeditor.services.credentials import (
            DESK_SERVICE,
            KeyringUnavailableError,
            keep_secret,
            keyring_problem,
        )
        from deskeditor.ui.dialogs.desk_password_dialog import DeskPasswordDialog

        address = self.service.address()
        note = keyring_problem() or ""
        password = DeskPasswordDialog.ask(self.window, address.login, address.host, note)
        if password is None:
            return False
        self.service.use_password(password)
        try:
            keep_secret(address.public_url, password, DESK_SERVICE)
        except KeyringUnavailableError as problem:
            self.window.statusBar().showMessage(str(problem), 15000)
        return True

    def _show_state(self) -> None:
        pending = self.service.pending()
        if self._running:
            text = self.tr("Desk: syncing…")
        elif self.online is False:
            text = self.tr("Desk: offline")
        elif pending:
            text = self.tr("Desk: %n waiting", "", pending)
        else:
            text = self.tr("Desk: online")
        if self.online is False and pending:
            text += " · " + self.tr("%n waiting", "", pending)
        self.label.setText(text)
        if self.online:
            self.label.setToolTip(self.tr("Synced with {0}").format(self.service.address().host))

    # -- the open article -------------------------------------------------------------------
    def _open_changed(self, current: Article, login: str, name: str) -> None:
        try:
            stored = self._articles.get(current.id or 0)
        except (ServiceError, StorageError):
            return
        self._article.changed_elsewhere(stored, name)

    def _show_changed(self, name: str) -> None:
        self._bar.show_change(name)

    def _show_theirs(self) -> None:
        current = self._article.article_id
        self._bar.hide()
        if current is not None and self._article.flush():
            self._reload(current)

    def _opened(self, article: Article | None, _notices: object) -> None:
        self._bar.hide()
        previous, self._lease_uid = self._lease_uid, article.uid if article else ""
        if previous and previous != self._lease_uid:
            self.worker.submit(lambda: self.service.release_lease(previous), _ignore, _ignore)
        if self._lease_uid and not (article and article.in_trash):
            self._take_lease()
            self._renew.start()
        else:
            self._renew.stop()

    def _take_lease(self) -> None:
        uid = self._lease_uid
        if not uid:
            return
        self.worker.submit(lambda: self.service.take_lease(uid), self._leased, _ignore)

    def _leased(self, lease: Any) -> None:
        if lease.article_uid == self._lease_uid and lease.login != self._login:
            self.window.statusBar().showMessage(
                self.tr("{0} is editing this article: your changes will be merged").format(
                    lease.name
                ),
                10000,
            )

    # -- conflicts from the desk ---------------------------------------------------------------
    def _settle(self, conflicts: list[dict[str, Any]]) -> None:
        """The desk kept their values of one article: the user chooses in the conflict
        dialog (base, theirs, mine), and mine, when kept, is a new edit."""
        try:
            theirs = self._articles.find(conflicts[0]["row_uid"])
        except (ServiceError, StorageError):
            return
        mine_values: dict[str, Any] = {}
        base_values: dict[str, Any] = {}
        for conflict in conflicts:
            field, mine, base = conflict["field"], conflict["mine"], conflict["base"]
            if field == "status":
                mine, base = ArticleStatus(mine), ArticleStatus(base or "draft")
            mine_values[field] = mine
            base_values[field] = base if base is not None else ""
        mine_article = theirs.replace(**mine_values)
        base_article = theirs.replace(**base_values)
        error = ConflictError(mine_article, theirs, base_article)
        choice = ConflictDialog.ask(self.window, error)
        try:
            if choice is ConflictChoice.KEEP_MINE:
                self._article.flush()
                stored = self._articles.save(mine_article)
                if self._article.article_id == stored.id and stored.id is not None:
                    self._reload(stored.id)
            elif choice is ConflictChoice.SAVE_COPY:
                self._articles.create(mine_article.as_new_draft())
            kept = "mine" if choice is ConflictChoice.KEEP_MINE else "theirs"
            for conflict in conflicts:
                self.service.resolve(conflict["uid"], kept, self._name)
        except (ServiceError, StorageError) as failure:
            self.window.statusBar().showMessage(str(failure), 10000)
        self._list.refresh()
        self._soon.start()  # the choice goes to the desk


def _ignore(_value: object) -> None:
    """A lease is advisory: failing to take or release one changes nothing."""
