"""On a workstation shared by several accounts, nobody else can read the desk: the data
folder is 0700 and everything written in it 0600, and an open one is closed (once)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from deskeditor.app import AppOptions, DeskeditorApp
from deskeditor.domain.article import Article
from deskeditor.domain.corrections import PublicationIdentity
from deskeditor.files import write_text_atomically
from deskeditor.paths import APP_AUTHOR, APP_NAME, data_dir
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.checks import CheckSettings, desk_checker, save_state
from deskeditor.services.inbox import InboxService
from deskeditor.services.replies import ReplyService
from deskeditor.services.triage import TriageService
from deskeditor.storage.database import open_database
from deskeditor.storage.maintenance import backup
from tests.test_cli import deskeditor


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most accounts have (0644 files): the app, not the umask, keeps it private."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def open_to_others(folder: Path) -> list[str]:
    return [
        f"{p.relative_to(folder.parent)} {stat.filemode(p.stat().st_mode)}"
        for p in [folder, *folder.rglob("*")]
        if not p.is_symlink() and p.stat().st_mode & 0o077
    ]


def test_everything_the_desk_writes_in_its_data_folder_is_private() -> None:
    folder = data_dir()
    assert not folder.exists()
    mail = str(resource_path("demo", "mail"))
    assert deskeditor("inbox", "import", mail).returncode == 0  # creates the database
    database = open_database(folder / "deskeditor.sqlite")
    articles = ArticleService(database.unit_of_work)
    article = articles.create(Article(headline="Ferry", body="It runs."))
    inbox = InboxService(database.unit_of_work, articles)
    request = next(o.request_id for o in inbox.import_sources([Path(mail)]) if o.request_id)
    identity = PublicationIdentity("The Ledger", "corrections@ledger.example")
    triage = TriageService(database.unit_of_work, articles)
    replies = ReplyService(database.unit_of_work, triage, identity)
    replies.save(replies.draft(request), folder / "outbox")
    backup(database.path)
    checker = desk_checker(folder)  # seeds house style
    assert checker.speller is not None
    checker.speller.add("Wendwater")  # the house dictionary
    save_state(folder, CheckSettings(disabled={"spacing.double"}))
    assert article.id is not None
    database.close()
    assert {p.name for p in folder.iterdir()} >= {
        "deskeditor.sqlite", "outbox", "house-style.toml", "house-dictionary.txt", "checks.json",
    }  # fmt: skip
    assert open_to_others(folder) == []
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_the_settings_file_is_private(qtbot: QtBot, db_path: Path) -> None:
    app = DeskeditorApp(AppOptions(database=db_path))
    qtbot.addWidget(app.window)
    try:
        assert app.open_database()
        app.window.close()  # saves the layout into the settings
    finally:
        app.close()
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)
    settings = Path(store.fileName())
    assert settings.stat().st_size > 0 and open_to_others(settings.parent) == []


def test_an_open_data_folder_is_closed_on_start_and_said_once(db_path: Path) -> None:
    """The data folder was created 0755 and the database 0644."""
    folder = data_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    database = folder / "deskeditor.sqlite"
    open_database(database).close()
    database.chmod(0o644)
    write_text_atomically(folder / "checks.json", "{}")
    (folder / "checks.json").chmod(0o664)

    first = deskeditor("db", "check")
    again = deskeditor("db", "check")

    assert first.returncode == again.returncode == 0
    assert "private to you" in first.stderr and len(first.stderr.splitlines()) == 1
    assert again.stderr == ""  # said once
    assert open_to_others(folder) == []
