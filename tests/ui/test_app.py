"""The composed application: first run, demo desk, bad databases."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskeditor.app import AppOptions, DeskeditorApp
from deskeditor.ui.dialogs.first_run_dialog import FirstRunDialog

MakeApp = Callable[[AppOptions], DeskeditorApp]


@pytest.fixture
def make_app(qtbot: QtBot, settings_store: QSettings) -> Iterator[MakeApp]:
    apps: list[DeskeditorApp] = []

    def make(options: AppOptions) -> DeskeditorApp:
        app = DeskeditorApp(options, settings_store)
        qtbot.addWidget(app.window)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


@pytest.mark.parametrize(("wants_demo", "expected_rows"), [(True, 14), (False, 0)])
def test_first_run_in_the_data_folder_offers_the_demo_desk(
    make_app: MakeApp,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    wants_demo: bool,
    expected_rows: int,
) -> None:
    asked: list[str] = []

    def answer(cls: type[FirstRunDialog], parent: QWidget | None, where: str) -> bool:
        asked.append(where)
        return wants_demo

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(answer))
    path = tmp_path / "data" / "deskeditor.sqlite"
    app = make_app(AppOptions(database=path, default_location=True))

    assert app.open_database()

    assert asked == [str(path.parent)]
    assert app.list_model.rowCount() == expected_rows
    assert path.exists()


def test_an_existing_desk_is_opened_without_asking(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "deskeditor.sqlite"
    assert make_app(
        AppOptions(database=path, default_location=True, screenshot=tmp_path / "x.png")
    ).open_database()
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda *a: pytest.fail("asked again")))
    assert make_app(AppOptions(database=path, default_location=True)).open_database()


def test_a_database_given_by_path_is_never_seeded(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    app = make_app(AppOptions(database=tmp_path / "mine.sqlite"))
    assert app.open_database()
    assert app.list_model.rowCount() == 0


def test_an_existing_desk_shows_its_last_article_before_it_opens(
    make_app: MakeApp, qtbot: QtBot, settings_store: QSettings, tmp_path: Path
) -> None:
    """Its list and last article come from the first look (plain sqlite3); the desk,
    opened behind them, keeps them and saves what is typed."""
    from deskeditor.services.articles import ArticleService
    from deskeditor.settings import LAST_ARTICLE, Settings
    from deskeditor.storage.database import open_database

    from .conftest import SAMPLES

    path = tmp_path / "desk.sqlite"
    database = open_database(path)
    seeded = [ArticleService(database.unit_of_work).create(a) for a in SAMPLES]
    database.close()
    ferry = seeded[0]  # not the newest: only the remembered one opens it
    assert ferry.id is not None
    Settings(settings_store).set(LAST_ARTICLE, ferry.id)
    app = make_app(AppOptions(database=path))
    app.show_first_look()
    assert app.database is None  # nothing of the desk's services yet
    assert app.list_model.rowCount() == 2
    assert app.editor.fields["headline"].text() == "Ferry returns after repair"
    assert app.window.list_panel.current_article_id() == ferry.id
    assert app.open_database()
    assert app.editor.fields["headline"].text() == "Ferry returns after repair"
    assert app.window.list_panel.current_article_id() == ferry.id
    headline = app.editor.fields["headline"]
    headline.setFocus()
    headline.setCursorPosition(len(headline.text()))
    qtbot.keyClicks(headline, " today")
    assert app.article is not None and app.article.flush()
    again = open_database(path)
    assert ArticleService(again.unit_of_work).get(ferry.id).headline == (
        "Ferry returns after repair today"
    )
    again.close()


def test_the_demo_desk_is_shown_in_the_first_frame_once_it_was_written(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    first = make_app(AppOptions(database=Path("unused"), demo=True))
    assert not first.show_first_look()  # the first demo is written through the open desk
    assert first.open_database()
    rows = first.list_model.rowCount()
    app = make_app(AppOptions(database=Path("unused"), demo=True))
    app.window.show()
    assert app.show_first_look() and app.database is None  # copied: a desk on disk
    assert app.list_model.rowCount() == rows >= 12
    assert app.editor.has_article
    app.open_behind_first_look()
    qtbot.waitUntil(lambda: app.database is not None, timeout=20000)
    assert app.database is not None
    demo = app.database.path
    assert demo.parent.name.startswith("deskeditor-demo-")
    assert app.list_model.rowCount() == rows

    def reader_mail() -> int:
        with closing(sqlite3.connect(demo)) as connection:
            return int(connection.execute("SELECT count(*) FROM correction_requests").fetchone()[0])

    qtbot.waitUntil(lambda: reader_mail() >= 3, timeout=20000)  # its sample mail, as before
    app.close()
    assert not demo.exists()  # discarded on exit
