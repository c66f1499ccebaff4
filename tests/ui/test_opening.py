"""A desk on disk takes typing while it opens: its first look (list and last article,
read with plain sqlite3) is shown and typed into while the database opens on a
worker; the open desk takes over and keeps every keystroke."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from deskeditor.app import AppOptions, DeskeditorApp
from deskeditor.domain.article import Article
from deskeditor.domain.queries import Query, QueryChanges, new_query
from deskeditor.formats.json import read_json
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ConflictError
from deskeditor.settings import LAST_ARTICLE, Settings
from deskeditor.storage.database import open_database
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from deskeditor.ui.open_article import SaveState
from tests.ui.conftest import SAMPLES


@pytest.fixture
def seeded(tmp_path: Path, settings_store: QSettings) -> tuple[Path, list[Article]]:
    """A desk of the two SAMPLES on disk; the ferry story (not the newest) open last."""
    path = tmp_path / "desk.sqlite"
    with another_window(path) as service:
        articles = [service.create(a) for a in SAMPLES]
    assert articles[0].id is not None
    Settings(settings_store).set(LAST_ARTICLE, articles[0].id)
    return path, articles


LookAt = Callable[[Path], DeskeditorApp]


@pytest.fixture
def look_at(qtbot: QtBot, settings_store: QSettings) -> Iterator[LookAt]:
    """Starts the app on a desk on disk, showing its first look (the desk not open
    yet); closed after the test."""
    apps: list[DeskeditorApp] = []

    def look(path: Path) -> DeskeditorApp:
        app = DeskeditorApp(AppOptions(database=path), settings_store)
        qtbot.addWidget(app.window)
        apps.append(app)
        app.window.resize(1280, 720)
        app.window.show()
        assert app.show_first_look()
        assert app.database is None
        return app

    yield look
    for app in apps:
        app.close()


@pytest.fixture
def looking(look_at: LookAt, seeded: tuple[Path, list[Article]]) -> DeskeditorApp:
    """The app showing the seeded desk's first look."""
    return look_at(seeded[0])


@contextmanager
def another_window(path: Path) -> Iterator[ArticleService]:
    """The desk's file as another window or process reads and writes it."""
    database = open_database(path)
    try:
        yield ArticleService(database.unit_of_work)
    finally:
        database.close()


def stored(path: Path, article_id: int | None) -> Article:
    assert article_id is not None
    with another_window(path) as service:
        return service.get(article_id)


def type_at_end(qtbot: QtBot, app: DeskeditorApp, text: str) -> None:
    body = app.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, text)


def open_behind(qtbot: QtBot, app: DeskeditorApp) -> None:
    """The desk opens on its worker, as at start-up, and takes over."""
    app.open_behind_first_look()
    qtbot.waitUntil(lambda: app.database is not None, timeout=20000)


def close_while_opening(app: DeskeditorApp) -> None:
    """The window closed at once, the desk still opening: it opens, saves, closes."""
    app.open_behind_first_look()
    app.window.close()


def goes_on_saving(qtbot: QtBot, app: DeskeditorApp, path: Path, article_id: int | None) -> None:
    """Typed after the takeover: the open desk saves that too."""
    type_at_end(qtbot, app, " And after.")
    qtbot.waitUntil(lambda: stored(path, article_id).body.endswith("And after."), timeout=10000)


def test_what_is_typed_before_the_desk_opens_is_kept_and_saved(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    type_at_end(qtbot, looking, " Typed at once.")
    open_behind(qtbot, looking)
    body = "The ferry is back.\n\n“We counted the days,” she said. Typed at once."
    assert looking.editor.body.toPlainText() == body
    assert looking.article is not None and looking.article.article_id == ferry.id
    article = looking.article
    qtbot.waitUntil(lambda: article.state is SaveState.SAVED, timeout=10000)
    assert stored(path, ferry.id).body == body
    goes_on_saving(qtbot, looking, path, ferry.id)


def test_untyped_the_desk_takes_over_without_saving_or_moving_the_cursor(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    body = looking.editor.body
    cursor = body.textCursor()
    cursor.setPosition(7)
    body.setTextCursor(cursor)
    open_behind(qtbot, looking)
    assert looking.article is not None and not looking.article.dirty
    assert looking.editor.has_article
    assert body.textCursor().position() == 7
    assert stored(path, ferry.id).version == ferry.version
    assert looking.window.list_panel.current_article_id() == ferry.id


def test_another_row_opens_until_something_is_typed(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, council) = seeded
    table = looking.window.list_panel.table
    council_row = looking.list_model.row_of(council.id or 0)
    ferry_row = looking.list_model.row_of(ferry.id or 0)
    assert council_row is not None and ferry_row is not None
    table.selectRow(council_row)
    assert looking.editor.fields["headline"].text() == council.headline
    type_at_end(qtbot, looking, " Typed.")
    table.selectRow(ferry_row)  # the typed story stays open, and its row selected
    assert looking.editor.fields["headline"].text() == council.headline
    assert looking.window.list_panel.current_article_id() == council.id
    assert "stays open" in looking.window.statusBar().currentMessage()
    assert looking.open_database()
    assert looking.article is not None and looking.article.flush()
    assert stored(path, council.id).body == "The vote was 4-3. Typed."
    assert stored(path, ferry.id).version == ferry.version


def test_commands_wait_for_the_open_desk(qtbot: QtBot, looking: DeskeditorApp) -> None:
    actions = looking.window.window_actions
    assert not actions.save.isEnabled() and not actions.import_files.isEnabled()
    assert actions.new.isEnabled()  # a new article is typed into before the desk opens
    assert actions.toggle_preview.isEnabled()  # the window's own: it answers already
    assert looking.open_database()
    assert actions.save.isEnabled() and actions.import_files.isEnabled()
    actions.new.trigger()
    assert looking.article is not None and looking.article.article_id not in (None, 1, 2)


def test_an_empty_desk_takes_a_new_article_at_once_and_stores_it_as_it_opens(
    qtbot: QtBot, look_at: LookAt, tmp_path: Path
) -> None:
    path = tmp_path / "empty.sqlite"
    with another_window(path):
        pass  # an empty desk on disk
    app = look_at(path)
    assert not app.editor.has_article
    assert "Your desk is empty" in app.editor.empty.heading.text()
    app.window.window_actions.new.trigger()
    headline = app.editor.fields["headline"]
    assert app.editor.has_article and app.window.focusWidget() is headline
    qtbot.keyClicks(headline, "Ferry returns")
    type_at_end(qtbot, app, "Typed before the desk opened.")
    open_behind(qtbot, app)
    assert app.article is not None and app.article.article_id is not None
    new = stored(path, app.article.article_id)
    assert new.headline == "Ferry returns" and new.slug == "ferry-returns"
    assert new.body == "Typed before the desk opened."
    assert app.window.list_panel.current_article_id() == new.id
    goes_on_saving(qtbot, app, path, new.id)


def test_a_new_article_started_before_the_desk_opened_gets_a_free_slug(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    looking.window.window_actions.new.trigger()  # nothing typed into the ferry story
    assert looking.window.list_panel.current_article_id() is None
    qtbot.keyClicks(looking.editor.fields["headline"], ferry.headline)
    close_while_opening(looking)  # at once: the desk opens, stores it and closes
    with another_window(path) as service:
        listed = service.list_page(looking.list_model.query, 0, 10)
    assert len(listed) == 3
    new = next(a for a in listed if a.id not in (1, 2))
    assert new.headline == ferry.headline and new.slug == f"{ferry.slug}-2"


def test_new_article_waits_while_typing_into_another_is_unsaved(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    type_at_end(qtbot, looking, " Typed.")
    looking.window.window_actions.new.trigger()
    assert looking.editor.fields["headline"].text() == ferry.headline
    assert "stays open" in looking.window.statusBar().currentMessage()
    close_while_opening(looking)
    assert stored(path, ferry.id).body.endswith("she said. Typed.")
    with another_window(path) as service:
        assert len(service.list_page(looking.list_model.query, 0, 10)) == 2


def test_closing_before_the_desk_opened_saves_what_was_typed(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    type_at_end(qtbot, looking, " Last words.")
    close_while_opening(looking)  # at once: the desk is still opening
    assert stored(path, ferry.id).body.endswith("she said. Last words.")


def test_a_change_stored_elsewhere_meanwhile_meets_the_typing_as_a_conflict(
    qtbot: QtBot,
    looking: DeskeditorApp,
    seeded: tuple[Path, list[Article]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, (ferry, _) = seeded
    asked: list[str] = []

    def keep_both(cls: type[ConflictDialog], *_: object) -> ConflictChoice:
        asked.append("asked")
        return ConflictChoice.SAVE_COPY

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(keep_both))
    type_at_end(qtbot, looking, " Mine.")
    theirs = ferry.body + " Theirs."
    with another_window(path) as service:  # another laptop's change, filed in that second
        service.save(ferry.replace(body=theirs))
    assert looking.open_database()
    qtbot.waitUntil(lambda: asked == ["asked"], timeout=10000)
    assert stored(path, ferry.id).body == theirs  # not overwritten
    with another_window(path) as service:
        listed = service.list_page(looking.list_model.query, 0, 10)
    copies = [a for a in listed if a.id not in (1, 2)]
    assert len(copies) == 1
    assert stored(path, copies[0].id).body.endswith("she said. Mine.")


def test_a_desk_that_cannot_open_keeps_what_was_typed_in_a_file(
    qtbot: QtBot,
    looking: DeskeditorApp,
    seeded: tuple[Path, list[Article]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path, (ferry, _) = seeded
    told: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: told.append(text))
    ended: list[int] = []  # the app would end with this status; the test run goes on
    monkeypatch.setattr(looking.qt, "exit", ended.append)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    type_at_end(qtbot, looking, " Not lost.")
    broken = tmp_path / "broken"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    broken.replace(path)  # the file went bad after the first look read it
    looking.open_behind_first_look()
    qtbot.waitUntil(lambda: told != [], timeout=20000)
    assert looking.exit_code == 1 and ended == [1]
    assert str(path) in told[0]
    kept = [Path(w) for w in told[0].split() if w.endswith(".json")]
    assert len(kept) == 1 and kept[0].is_file()
    assert kept[0].is_relative_to(tmp_path / "data")
    imported = read_json(kept[0].read_bytes()).article  # as File → Import reads it
    assert imported.headline == ferry.headline
    assert imported.body.endswith("she said. Not lost.")


def test_a_search_typed_before_the_desk_opened_is_answered_once_it_has(
    qtbot: QtBot, looking: DeskeditorApp
) -> None:
    panel = looking.window.list_panel
    qtbot.keyClicks(panel.search, "ferry")
    panel.apply_filters()  # (it waits for typing to pause)
    assert looking.list_model.rowCount() == 0  # the first look has no search index
    assert looking.open_database()
    assert looking.list_model.rowCount() == 1
    found = looking.list_model.summary(0)
    assert found is not None and found.headline == "Ferry returns after repair"


def test_rows_picked_without_typing_open_and_nothing_is_saved(
    qtbot: QtBot, looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, council) = seeded
    table = looking.window.list_panel.table
    for article in (council, ferry, council):  # each loads a body: that is no typing
        row = looking.list_model.row_of(article.id or 0)
        assert row is not None
        table.selectRow(row)
        assert looking.editor.fields["headline"].text() == article.headline
    assert looking.open_database()
    assert looking.article is not None and not looking.article.dirty
    assert stored(path, council.id).version == council.version


def test_the_editor_controls_the_open_desk_answers_wait_for_it(looking: DeskeditorApp) -> None:
    editor = looking.editor
    assert editor.fields["headline"].isEnabled() and not editor.body.isReadOnly()
    assert not editor.status.isEnabled() and not editor.checks.isEnabled()
    assert looking.open_database()
    assert editor.status.isEnabled() and editor.checks.isEnabled()


def test_queries_follow_what_was_typed_in_two_places_before_the_desk_opened(
    qtbot: QtBot, look_at: LookAt, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    assert ferry.id is not None
    start = ferry.body.index("counted")
    at = datetime.now(UTC)
    query = new_query("body", start, start + 7, ferry.body, "Desk", "Counted how?", at)
    with another_window(path) as service:
        service.keep_queries(ferry.id, QueryChanges((query,), ()), ferry)
    app = look_at(path)
    body = app.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(start + 4)  # inside the queried word: "coun|ted"
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, "n")
    body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(body, "Now: ")
    type_at_end(qtbot, app, " The end.")
    assert app.open_database()
    assert app.article is not None and app.article.flush()
    (kept,) = stored_queries(path, ferry.id)
    text = stored(path, ferry.id).body
    assert text.startswith("Now: ") and text.endswith(" The end.")
    assert not kept.orphaned
    assert text[kept.start : kept.end] == "counnted"


def test_text_kept_by_a_window_that_died_is_offered_beside_the_typing_not_over_it(
    qtbot: QtBot,
    looking: DeskeditorApp,
    seeded: tuple[Path, list[Article]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, (ferry, _) = seeded
    with another_window(path) as other:
        other.keep_pending(ferry.replace(body="Typed before the crash."), "a-window-that-died")
    offered: list[tuple[str, str]] = []

    def answer(cls: type, parent: object, error: ConflictError) -> ConflictChoice:
        offered.append((error.mine.body, error.theirs.body))
        return ConflictChoice.SAVE_COPY

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(answer))
    type_at_end(qtbot, looking, " Typed at once.")
    looking.open_behind_first_look()
    qtbot.waitUntil(lambda: offered != [], timeout=20000)
    assert offered[0][0] == "Typed before the crash."
    assert offered[0][1].endswith("she said. Typed at once.")  # stored before it was asked
    qtbot.waitUntil(lambda: looking.list_model.rowCount() == 3, timeout=10000)
    with another_window(path) as service:
        bodies = {service.get(s.id).body for s in service.list_page(looking.list_model.query)}
    assert "Typed before the crash." in bodies
    assert any(b.endswith("she said. Typed at once.") for b in bodies)


def stored_queries(path: Path, article_id: int | None) -> list[Query]:
    assert article_id is not None
    with another_window(path) as service:
        return service.queries(article_id)


def test_a_change_filed_elsewhere_while_the_desk_opened_is_in_its_list(
    looking: DeskeditorApp, seeded: tuple[Path, list[Article]]
) -> None:
    path, _ = seeded
    with another_window(path) as service:  # another window files a story in that second
        service.create(Article(headline="Filed meanwhile"))
    assert looking.list_model.rowCount() == 2  # as the first look read it
    assert looking.open_database()
    assert looking.list_model.rowCount() == 3
    newest = looking.list_model.summary(0)
    assert newest is not None and newest.headline == "Filed meanwhile"


def test_a_trashed_articles_buttons_wait_for_the_desk(
    look_at: LookAt, seeded: tuple[Path, list[Article]]
) -> None:
    path, (ferry, _) = seeded
    assert ferry.id is not None
    with another_window(path) as service:
        service.delete(ferry.id)  # open last, then trashed
    app = look_at(path)
    assert app.editor.read_only and app.editor.fields["headline"].text() == ferry.headline
    assert not app.editor.trash_bar.restore_button.isEnabled()
    assert app.open_database()
    assert app.editor.trash_bar.restore_button.isEnabled()
