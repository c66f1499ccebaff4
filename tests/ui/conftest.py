"""A running workspace over a real database file, for pytest-qt tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from deskeditor.app import AppOptions, DeskeditorApp
from deskeditor.domain.article import Article, ArticleStatus, PullQuote
from deskeditor.services.articles import ArticleService
from deskeditor.ui.intake import Intake

SAMPLES = (
    Article(
        headline="Ferry returns after repair",
        section="Local",
        byline="By Clara Hemming",
        body="The ferry is back.\n\n“We counted the days,” she said.",
        pull_quotes=(PullQuote("We counted the days", "Ruth Abernathy", 2),),
        status=ArticleStatus.EDITING,
    ),
    Article(
        headline="Council splits on Market Street", section="Politics", body="The vote was 4-3."
    ),
)


def intake(app: DeskeditorApp) -> Intake:
    """The app's corrections inbox, mail and replies (built once the desk is open)."""
    assert app.intake is not None
    return app.intake


def open_desk(qtbot: QtBot, db_path: Path, settings_store: QSettings) -> DeskeditorApp:
    """The app, with ``settings_store``'s settings, on a database holding the two
    SAMPLES; the newest (the council story) is open. Close it when done."""
    from deskeditor.storage.database import open_database

    db = open_database(db_path)
    seed = ArticleService(db.unit_of_work)
    for article in SAMPLES:
        seed.create(article)
    db.close()
    app = DeskeditorApp(AppOptions(database=db_path), settings_store)
    qtbot.addWidget(app.window)
    app.window.resize(1440, 900)
    app.window.show()
    assert app.open_database()
    return app


@pytest.fixture
def desk(qtbot: QtBot, db_path: Path, settings_store: QSettings) -> Iterator[DeskeditorApp]:
    """The app on a database holding two articles; the newest (the council story) is open."""
    app = open_desk(qtbot, db_path, settings_store)
    yield app
    app.close()


@pytest.fixture
def other_writer(db_path: Path) -> Iterator[ArticleService]:
    """Another window or process writing to the same database file."""
    from deskeditor.storage.database import open_database

    db = open_database(db_path)
    yield ArticleService(db.unit_of_work, author="Someone else")
    db.close()
