"""The editing workspace as a copy editor uses it: real database, real widgets."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleQuery, ArticleStatus, DeletionInfo
from deskeditor.services.articles import ArticleService
from deskeditor.settings import Settings
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from deskeditor.ui.dialogs.delete_dialog import DeleteDialog
from deskeditor.ui.open_article import SaveState
from tests.stored import stored_id
from tests.ui.workspace import current, current_id, editing, open_article, stored


def open_headline(app: DeskeditorApp, headline: str) -> None:
    [summary] = [s for s in stored(app).list_page(ArticleQuery()) if s.headline == headline]
    editing(app).open_article(summary.id)


def text_hue(widget: QWidget) -> int | None:
    """The hue of the text colour the widget's style sheet sets; None when it sets none."""
    match = re.search(r"(?<![-\w])color:\s*([^;]+);", widget.styleSheet())
    return QColor(match[1].strip()).hue() if match else None


def wait_saved(qtbot: QtBot, app: DeskeditorApp) -> None:
    article = open_article(app)
    qtbot.waitUntil(lambda: article.state is SaveState.SAVED, timeout=5000)


def test_opens_the_newest_article_with_every_field(desk: DeskeditorApp) -> None:
    editor = desk.editor
    assert editor.fields["headline"].text() == "Council splits on Market Street"
    assert editor.section.currentText() == "Politics"
    assert editor.body.toPlainText() == "The vote was 4-3."
    assert desk.window.save_label.text() == "Saved"
    assert "4 words" in desk.window.words_label.text()


def test_typing_is_autosaved_about_a_second_later(qtbot: QtBot, desk: DeskeditorApp) -> None:
    editor = desk.editor
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " Shops objected.")
    qtbot.keyClicks(editor.fields["dek"], "Shop owners fear lost trade")
    assert desk.window.save_label.text() == "Unsaved changes"
    before = current(desk)

    assert stored(desk).get(stored_id(before)).body == "The vote was 4-3."  # not before the pause
    wait_saved(qtbot, desk)

    saved = stored(desk).get(stored_id(before))
    assert saved.body == "The vote was 4-3. Shops objected."
    assert saved.dek == "Shop owners fear lost trade"
    assert saved.version is not None and before.version is not None
    assert saved.version > before.version


def test_every_field_is_stored(qtbot: QtBot, desk: DeskeditorApp) -> None:
    editor = desk.editor
    typed = {
        "kicker": "Transport",
        "byline": "By Ann Lee",
        "dateline": "MILLBROOK (AP)",
        "editorial_note": "Check the vote count",
    }
    for name, text in typed.items():
        editor.fields[name].clear()
        qtbot.keyClicks(editor.fields[name], text)
    editor.section.setEditText("City")
    wait_saved(qtbot, desk)
    saved = stored(desk).get(current_id(desk))
    assert {name: getattr(saved, name) for name in typed} == typed
    assert saved.section == "City"


def test_slug_follows_the_headline_until_edited_by_hand(qtbot: QtBot, desk: DeskeditorApp) -> None:
    headline, slug = desk.editor.fields["headline"], desk.editor.fields["slug"]
    headline.clear()
    qtbot.keyClicks(headline, "Market Street closes")
    assert slug.text() == "market-street-closes"
    slug.clear()
    qtbot.keyClicks(slug, "market-street-trial")
    qtbot.keyClicks(headline, " to cars")
    assert slug.text() == "market-street-trial"


def test_copy_fit_meters_turn_amber_then_red(qtbot: QtBot, desk: DeskeditorApp) -> None:
    headline = desk.editor.fields["headline"]
    meter = desk.editor.meters["headline"]
    headline.clear()
    qtbot.keyClicks(headline, "x" * 40)
    assert (meter.text(), meter.level, text_hue(meter)) == ("40/70", "ok", None)
    qtbot.keyClicks(headline, "x" * 25)
    hue = text_hue(meter)
    assert meter.level == "near" and hue is not None and 25 <= hue <= 55  # amber
    qtbot.keyClicks(headline, "x" * 10)
    hue = text_hue(meter)
    assert meter.level == "over" and hue is not None and (hue <= 10 or hue >= 350)  # red
    assert "5 characters over" in meter.toolTip()


def test_pull_quote_is_flagged_when_the_body_loses_it(qtbot: QtBot, desk: DeskeditorApp) -> None:
    open_headline(desk, "Ferry returns after repair")
    panel = desk.editor.pull_quotes
    assert panel.model.problems == []
    desk.editor.body.setPlainText("The ferry is back.\n\nShe said nothing.")
    qtbot.waitUntil(lambda: panel.model.problems == [0], timeout=2000)
    assert "no longer in the body" in panel.problem_label.text()


def test_quote_selection_adds_a_pull_quote_after_its_paragraph(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    body = desk.editor.body
    body.setPlainText("First paragraph here.\n\nThe second paragraph has the line.")
    cursor = body.textCursor()
    start = body.toPlainText().index("has the line")
    cursor.setPosition(start)
    cursor.setPosition(start + len("has the line"), cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    assert desk.editor.pull_quotes.add_from_selection()
    wait_saved(qtbot, desk)
    quotes = stored(desk).get(current_id(desk)).pull_quotes
    assert [(q.text, q.after_paragraph) for q in quotes] == [("has the line", 2)]


def test_switching_articles_saves_at_once_and_undo_stays_in_its_article(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    body = desk.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Typed ")
    council = current_id(desk)
    open_headline(desk, "Ferry returns after repair")
    assert stored(desk).get(council).body.startswith("Typed ")  # saved on switching
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "The ferry is back.\n\n“We counted the days,” she said."


def test_search_box_filters_the_list_as_you_type(qtbot: QtBot, desk: DeskeditorApp) -> None:
    panel = desk.window.list_panel
    qtbot.keyClicks(panel.search, "ferry")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert panel.model.index(0, 0).data() == "Ferry returns after repair"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(ArticleStatus.EDITING))
    assert panel.model.rowCount() == 1


def test_new_article_opens_ready_for_a_headline(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.window.window_actions.new.trigger()
    assert desk.window.list_panel.model.rowCount() == 3
    assert desk.editor.fields["headline"].text() == ""
    assert desk.window.focusWidget() is desk.editor.fields["headline"]


def test_delete_asks_then_trash_and_restore(
    desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[DeletionInfo] = []

    def confirm(cls: type[DeleteDialog], parent: QWidget | None, info: DeletionInfo) -> bool:
        asked.append(info)
        return True

    monkeypatch.setattr(DeleteDialog, "ask", classmethod(confirm))
    doomed = current(desk)
    desk.window.window_actions.delete.trigger()
    assert asked[0].headline == doomed.headline
    panel = desk.window.list_panel
    assert panel.model.rowCount() == 1
    panel.trash_button.setChecked(True)
    assert panel.model.index(0, 0).data() == doomed.headline
    panel.table.selectRow(0)
    desk.window.window_actions.restore.trigger()
    assert panel.model.rowCount() == 2
    assert desk.editor.fields["headline"].text() == doomed.headline


def conflicting_edit(
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
    choice: ConflictChoice,
) -> int:
    """Someone else saves "Their text." while the copy editor types "My text."; the
    copy editor will answer the conflict with ``choice``. Returns the article's id."""
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a: choice))
    article_id = current_id(desk)
    other_writer.save(other_writer.get(article_id).replace(body="Their text."))
    desk.editor.body.setPlainText("My text.")
    return article_id


def test_conflict_keep_mine_stores_mine_and_keeps_theirs_in_revisions(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article_id = conflicting_edit(desk, other_writer, monkeypatch, ConflictChoice.KEEP_MINE)
    wait_saved(qtbot, desk)
    assert stored(desk).get(article_id).body == "My text."
    kept = [r.snapshot["body"] for r in stored(desk).revisions(article_id)]
    assert "Their text." in kept


def test_conflict_use_theirs_keeps_mine_as_a_revision(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article_id = conflicting_edit(desk, other_writer, monkeypatch, ConflictChoice.TAKE_THEIRS)
    qtbot.waitUntil(lambda: desk.editor.body.toPlainText() == "Their text.", timeout=5000)
    assert stored(desk).get(article_id).body == "Their text."
    assert "My text." in [r.snapshot["body"] for r in stored(desk).revisions(article_id)]


def test_conflict_save_copy_makes_a_new_article(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conflicting_edit(desk, other_writer, monkeypatch, ConflictChoice.SAVE_COPY)
    qtbot.waitUntil(lambda: desk.window.list_panel.model.rowCount() == 3, timeout=5000)
    bodies = {stored(desk).get(s.id).body for s in stored(desk).list_page(ArticleQuery())}
    assert {"Their text.", "My text."} <= bodies


def test_article_deleted_elsewhere_can_be_kept_as_new(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from deskeditor.ui.dialogs import messages

    monkeypatch.setattr(messages, "choose", lambda *a, **k: True)
    other_writer.delete(current_id(desk))
    desk.editor.body.setPlainText("Still typing into it.")
    qtbot.waitUntil(
        lambda: any(
            stored(desk).get(s.id).body == "Still typing into it."
            for s in stored(desk).list_page(ArticleQuery())
        ),
        timeout=5000,
    )


def test_name_from_preferences_is_on_the_next_revision_without_a_restart(
    desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskeditor.settings import AUTHOR
    from deskeditor.ui.dialogs.preferences_dialog import PreferencesDialog

    def answer(cls: type[PreferencesDialog], parent: QWidget | None, settings: Settings) -> bool:
        settings.set(AUTHOR, "Rosa Diaz")
        return True

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(answer))
    desk.window.window_actions.preferences.trigger()
    article_id = current_id(desk)
    desk.editor.body.setPlainText("Edited after naming myself.")
    desk.window.window_actions.save.trigger()
    [latest, *_] = stored(desk).revisions(article_id)
    assert latest.snapshot["body"] == "Edited after naming myself."
    assert latest.author == "Rosa Diaz"
