"""A newcomer's empty desk says what to do, with the actions to do it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from deskeditor.app import AppOptions, DeskeditorApp
from deskeditor.ui.widgets.empty_desk import EmptyDeskPage, demo_desk_command

NEWCOMER = ["Import copy", "New article", "Open the demo desk"]


@pytest.fixture
def empty(qtbot: QtBot, db_path: Path, settings_store: object) -> Iterator[DeskeditorApp]:
    app = DeskeditorApp(AppOptions(database=db_path), settings_store)  # type: ignore[arg-type]
    qtbot.addWidget(app.window)
    app.window.resize(1280, 720)
    app.window.show()
    assert app.open_database()
    yield app
    app.close()


def buttons(page: EmptyDeskPage) -> list[str]:
    return [b.text() for b in page.findChildren(QToolButton)]


def test_the_empty_desk_says_what_to_do(qtbot: QtBot, empty: DeskeditorApp) -> None:
    panel, editor = empty.window.list_panel, empty.editor
    assert panel.results.currentWidget() is panel.empty
    assert panel.empty.isVisible() and buttons(panel.empty) == ["Import copy"]
    assert editor.pages.currentWidget() is editor.empty
    assert "Your desk is empty" in editor.empty.heading.text()
    assert buttons(editor.empty) == NEWCOMER
    assert all(b.isEnabled() for b in editor.empty.findChildren(QToolButton))


def test_new_article_from_the_empty_desk(qtbot: QtBot, empty: DeskeditorApp) -> None:
    [new] = [b for b in empty.editor.empty.findChildren(QToolButton) if b.text() == "New article"]
    new.click()
    panel, editor = empty.window.list_panel, empty.editor
    assert editor.pages.currentWidget() is editor.form and editor.has_article
    assert panel.results.currentWidget() is panel.table
    assert editor.fields["headline"].hasFocus()


def test_a_search_with_no_results_is_not_an_empty_desk(qtbot: QtBot, desk: DeskeditorApp) -> None:
    panel = desk.window.list_panel
    panel.search.setText("zebra crossing")
    panel.apply_filters()
    assert panel.model.rowCount() == 0
    assert panel.results.currentWidget() is panel.table


def test_import_is_in_the_toolbar(desk: DeskeditorApp) -> None:
    assert desk.window.window_actions.import_files in desk.window.toolbar.actions()


def test_open_the_demo_desk_starts_a_second_window(
    qtbot: QtBot, empty: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []

    class Started:  # the process launch is the edge; the command is the real one
        def __init__(self, command: list[str], **_options: object) -> None:
            started.append(command)

    monkeypatch.setattr("deskeditor.ui.widgets.empty_desk.subprocess.Popen", Started)
    empty.window.window_actions.open_demo.trigger()
    assert started == [demo_desk_command()]
    assert "demo desk" in empty.window.statusBar().currentMessage()


def test_the_demo_desk_command_runs_deskeditor() -> None:
    command = demo_desk_command()
    assert command[-1] == "--demo"
    done = subprocess.run([*command[:-1], "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("deskeditor ")
