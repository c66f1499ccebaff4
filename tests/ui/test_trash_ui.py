"""The trash in the window: a trashed article opens read-only under a bar that offers
Restore and Delete forever; nothing in it is edited, saved, moved or copied, and
an article deleted elsewhere asks once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleQuery, ArticleStatus
from deskeditor.services.articles import ArticleService
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.delete_dialog import DeleteDialog, PurgeDialog
from tests.ui.workspace import editing, open_article


def trash_the_open_article(desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(DeleteDialog, "ask", classmethod(lambda cls, parent, info: True))
    article_id = open_article(desk).article_id
    assert article_id is not None
    desk.window.window_actions.delete.trigger()
    return article_id


def open_from_the_trash(desk: DeskeditorApp) -> None:
    panel = desk.window.list_panel
    panel.trash_button.setChecked(True)
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    """Every question the window asks gets ``answer``; the titles are returned."""
    asked: list[str] = []

    def choose(parent: object, title: str, text: str, accept: str, reject: str) -> bool:
        asked.append(title)
        return answer

    monkeypatch.setattr(messages, "choose", choose)
    return asked


def refuse_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return answer_questions(monkeypatch, False)


def test_a_trashed_article_opens_read_only_and_nothing_saves_it(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = trash_the_open_article(desk, monkeypatch)
    asked = refuse_questions(monkeypatch)
    open_from_the_trash(desk)
    editor = desk.editor
    assert open_article(desk).article_id == article_id and open_article(desk).read_only
    assert editor.trash_bar.isVisible() and "In the trash" in editor.trash_bar.message.text()
    assert editor.body.isReadOnly() and editor.fields["headline"].isReadOnly()
    assert not editor.status.isEnabled()
    actions = desk.window.window_actions
    assert not actions.duplicate.isEnabled() and not actions.save.isEnabled()
    assert actions.delete.text() == "&Delete forever…"

    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "typed into the trash")
    qtbot.keyClicks(editor.fields["headline"], "!")
    editor.body.textCursor().insertText("inserted by a fix")  # as a checks Fix would
    editor.edited.emit()
    actions.save.setEnabled(True)  # even a forced Ctrl+S
    actions.save.trigger()
    assert "in the trash" in desk.window.statusBar().currentMessage()
    qtbot.wait(1500)  # longer than an autosave takes to fire
    assert asked == []  # no "deleted in another window", ever
    stored = desk.articles.get(article_id)
    assert stored.body == "The vote was 4-3." and stored.in_trash
    assert stored.status is ArticleStatus.DRAFT
    assert len(desk.articles.list_page(ArticleQuery())) == 1  # no duplicate appeared


def test_restore_from_the_bar_or_the_menu(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = trash_the_open_article(desk, monkeypatch)
    panel = desk.window.list_panel
    panel.trash_button.setChecked(True)
    desk.window.window_actions.restore.trigger()  # nothing picked yet
    message = desk.window.statusBar().currentMessage()
    assert "Pick an article in the trash" in message and "Show the trash" not in message
    panel.table.selectRow(0)
    desk.editor.trash_bar.restore_button.click()
    assert not panel.trash_button.isChecked() and panel.model.rowCount() == 2
    assert open_article(desk).article_id == article_id and not open_article(desk).read_only
    assert not desk.editor.trash_bar.isVisible() and not desk.editor.body.isReadOnly()
    assert not desk.articles.get(article_id).in_trash

    trash_the_open_article(desk, monkeypatch)
    open_from_the_trash(desk)
    desk.window.window_actions.restore.trigger()  # File → Restore: the open one comes back
    assert not desk.articles.get(article_id).in_trash


def test_delete_forever_asks_first(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = trash_the_open_article(desk, monkeypatch)
    open_from_the_trash(desk)
    answers: list[bool] = [False, True]
    asked: list[object] = []

    def ask(cls, parent, info):  # type: ignore[no-untyped-def]
        asked.append(info)
        return answers.pop(0)

    monkeypatch.setattr(PurgeDialog, "ask", classmethod(ask))
    desk.editor.trash_bar.purge_button.click()
    assert desk.articles.get(article_id).in_trash  # said no
    desk.window.window_actions.delete.trigger()  # Delete on a trashed article: forever, asked
    assert len(asked) == 2
    assert desk.window.list_panel.model.rowCount() == 0
    assert open_article(desk).article is None
    from deskeditor.services.errors import ArticleNotFoundError

    with pytest.raises(ArticleNotFoundError):
        desk.articles.get(article_id)


def test_deleted_in_another_window_asks_once_and_keeps_a_draft(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = open_article(desk).article
    assert article is not None and article.id is not None
    other_writer.save(other_writer.get(article.id), status=ArticleStatus.PUBLISHED)
    editing(desk).reopen(article.id)
    asked = answer_questions(monkeypatch, True)
    other_writer.delete(article.id)
    desk.editor.body.setPlainText("Still typing into it.")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    qtbot.wait(1500)
    assert len(asked) == 1  # asked once, not again and again
    kept = [
        desk.articles.get(s.id)
        for s in desk.articles.list_page(ArticleQuery())
        if desk.articles.get(s.id).body == "Still typing into it."
    ]
    assert len(kept) == 1
    assert kept[0].status is ArticleStatus.DRAFT  # never a published duplicate
    assert kept[0].slug == "council-splits-on-market-street-2"


def test_let_it_go_closes_it(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = open_article(desk).article
    assert article is not None and article.id is not None
    asked = refuse_questions(monkeypatch)
    other_writer.delete(article.id)
    desk.editor.body.setPlainText("Typing on.")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    desk.window.list_panel.trash_button.setChecked(True)
    desk.window.list_panel.table.selectRow(0)  # the copy editor looks at it in the trash
    qtbot.wait(1500)
    assert len(asked) == 1 and open_article(desk).read_only
    assert len(desk.articles.list_page(ArticleQuery())) == 1  # nothing was created


def test_an_open_article_trashed_elsewhere_opens_read_only_from_the_trash(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = refuse_questions(monkeypatch)
    article_id = open_article(desk).article_id
    assert article_id is not None
    other_writer.delete(article_id)
    open_from_the_trash(desk)
    assert open_article(desk).article_id == article_id and open_article(desk).read_only
    assert desk.editor.trash_bar.isVisible()
    qtbot.keyClicks(desk.editor.body, "x")
    qtbot.wait(1200)
    assert asked == []
