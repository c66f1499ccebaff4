"""The composed application: first run, demo desk, bad databases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
