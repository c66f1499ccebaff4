"""Two windows on two laptop databases against one desk (offscreen): an edit on
one appears on the other, "changed by NAME" never replaces what is open, and
offline edits of one field on both show the conflict dialog with base, theirs
and mine. Screenshots of both windows go to $DESKEDITOR_TEST_SHOTS when it is set."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskeditor.app import AppOptions, DeskeditorApp
from deskeditor.domain.article import Article
from deskeditor.services.desk.service import DeskService
from deskeditor.services.errors import ConflictError
from deskeditor.storage.database import open_database
from deskeditor.ui.desk_controller import DeskController
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog, conflict_text
from deskeditor.ui.dialogs.desk_password_dialog import DeskPasswordDialog
from tests.pgserver import Desk, needs_postgres, postgres
from tests.services.desk.laptops import add_person

pytestmark = [postgres, needs_postgres]
# DESKEDITOR_TEST_SHOTS=FOLDER keeps screenshots of the two windows (for a reviewer).
SHOTS = os.environ.get("DESKEDITOR_TEST_SHOTS", "")


@pytest.fixture
def windows(
    qtbot: QtBot, tmp_path: Path, desk_server: Desk, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[DeskeditorApp, DeskeditorApp, str]]:
    passwords: dict[str, str] = {}
    paths = []
    uid = ""
    for name in ("Ann", "Ben"):
        login, password = add_person(desk_server, name.lower(), "copy-editor", name)
        passwords[login] = password
        path = tmp_path / f"{name.lower()}.sqlite"
        database = open_database(path)
        service = DeskService(database)
        service.join(desk_server.url(login, password), name=name)
        if name == "Ann":
            from deskeditor.services.articles import ArticleService

            created = ArticleService(database.unit_of_work, author=name).create(
                Article(headline="Ferry returns", body="The otters are back.\n\nSecond.")
            )
            uid = created.uid
        service.sync()
        service.close()
        database.close()
        paths.append(path)

    def answer(
        cls: type[DeskPasswordDialog], parent: QWidget | None, login: str, host: str, note: str
    ) -> str:
        return passwords[login]  # no keyring here: the window asks (and says why)

    monkeypatch.setattr(DeskPasswordDialog, "ask", classmethod(answer))
    apps = []
    for path in paths:
        store = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
        app = DeskeditorApp(AppOptions(database=path), store)
        qtbot.addWidget(app.window)
        app.window.resize(1280, 720)
        app.window.show()
        assert app.open_database()
        apps.append(app)
    ann, ben = apps
    for app in apps:
        wait_online(qtbot, app, True)
    yield ann, ben, uid
    for app in apps:
        app.close()


def wait_online(qtbot: QtBot, app: DeskeditorApp, online: bool) -> None:
    """Until the app's last sync got through (or failed), and none is running."""

    def settled() -> bool:
        desk = controller(app)
        return desk.online is online and not desk.syncing

    qtbot.waitUntil(settled, timeout=20000)


def controller(app: DeskeditorApp) -> DeskController:
    assert app.desk is not None
    return app.desk


def headline_in_list(app: DeskeditorApp) -> str:
    summary = app.list_model.summary(0)
    return summary.headline if summary else ""


def shot(shown: DeskeditorApp | QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget = shown.window if isinstance(shown, DeskeditorApp) else shown
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_an_edit_on_one_window_appears_on_the_other(
    qtbot: QtBot, windows: tuple[DeskeditorApp, DeskeditorApp, str]
) -> None:
    ann, ben, uid = windows
    for app in (ann, ben):
        assert app.editing is not None and app.article is not None
        app.editing.load(app.articles.find(uid).id or 0)
    assert "Desk: online" in controller(ann).label.text()
    field = ann.editor.fields["headline"]
    field.setFocus()
    field.setCursorPosition(len(field.text()))
    qtbot.keyClicks(field, " at last")
    assert ann.article is not None and ann.article.flush()
    began = time.monotonic()
    qtbot.waitUntil(lambda: headline_in_list(ben) == "Ferry returns at last", timeout=10000)
    print(f"an edit reached the other window in {time.monotonic() - began:.2f} s")
    # Ben had it open, untouched: the bar says who changed it, the editor keeps its text.
    qtbot.waitUntil(lambda: ben.editor.changed_bar.isVisible(), timeout=10000)
    assert "Changed by Ann" in ben.editor.changed_bar.message.text()
    assert ben.editor.fields["headline"].text() == "Ferry returns"
    shot(ben, "changed-by")
    ben.editor.changed_bar.show_button.click()
    assert ben.editor.fields["headline"].text() == "Ferry returns at last"


def test_offline_edits_of_one_field_show_base_theirs_and_mine(
    qtbot: QtBot,
    windows: tuple[DeskeditorApp, DeskeditorApp, str],
    desk_server: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ann, ben, uid = windows
    shown: list[tuple[QWidget | None, ConflictError]] = []

    def choose(
        cls: type[ConflictDialog], parent: QWidget | None, error: ConflictError
    ) -> ConflictChoice:
        shown.append((parent, error))
        dialog = ConflictDialog(parent, error)
        dialog.resize(700, 400)
        shot(dialog, "conflict-dialog")
        return ConflictChoice.KEEP_MINE

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(choose))
    logins = [controller(app).service.address().login for app in (ann, ben)]
    for login in logins:  # both laptops lose the desk
        desk_server.sql(f'ALTER ROLE "{login}" NOLOGIN')
        desk_server.sql(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{login}'"
        )
    for app in (ann, ben):
        controller(app).sync()
        wait_online(qtbot, app, False)
    typed = {id(ann): "Otters back", id(ben): "Ferry is back"}
    for app in (ann, ben):
        words = typed[id(app)]
        assert app.editing is not None and app.article is not None
        app.editing.load(app.articles.find(uid).id or 0)
        field = app.editor.fields["headline"]
        field.setFocus()
        field.setSelection(0, len(field.text()))
        qtbot.keyClicks(field, words)
        assert app.article.flush()
        controller(app).sync()
        wait_online(qtbot, app, False)
        assert "offline" in controller(app).label.text()
        assert "waiting" in controller(app).label.text()
    shot(ben, "offline")
    for login in logins:
        desk_server.sql(f'ALTER ROLE "{login}" LOGIN')
    controller(ann).sync()
    qtbot.waitUntil(lambda: controller(ann).online is True, timeout=20000)
    controller(ben).sync()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    parent, error = shown[0]
    # Whichever laptop synced second is asked; the other's headline is theirs.
    loser = ann if parent is ann.window else ben
    winner = ben if loser is ann else ann
    assert error.base is not None
    assert (error.base.headline, error.theirs.headline, error.mine.headline) == (
        "Ferry returns", typed[id(winner)], typed[id(loser)],
    )  # fmt: skip
    text = conflict_text(error)
    assert "Base" in text and "Theirs" in text and "Mine" in text
    assert "== Headline ==" in text  # the field as the editor names it, not "headline"
    shown_lines = ConflictDialog(None, error).informativeText()
    assert f"Headline\n  Base: Ferry returns\n  Theirs: {typed[id(winner)]}" in shown_lines
    # Keeping mine is a new edit: it reaches the other window too.
    qtbot.waitUntil(lambda: headline_in_list(winner) == typed[id(loser)], timeout=20000)
    shot(winner, "after-conflict")
