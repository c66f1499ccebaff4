"""Queries in the window: asked about selected text, shown in the margin and the
preview, following the text as it is typed, saved with the article, and asked
about by the status gate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleStatus
from deskeditor.domain.workflow import Gate
from deskeditor.services.workflow import Assessment
from deskeditor.settings import AUTHOR
from deskeditor.ui.dialogs.query_dialog import QueryDialog
from deskeditor.ui.dialogs.status_gate_dialog import StatusGateDialog
from tests.ui.workspace import current_id, open_article

BODY = "The vote was 4-3.\n\nThe council met on Tuesday."


def answer_queries(monkeypatch: pytest.MonkeyPatch, text: str | None) -> None:
    monkeypatch.setattr(QueryDialog, "ask", classmethod(lambda cls, *args: text))


def select(desk: DeskeditorApp, phrase: str) -> None:
    body = desk.editor.body
    start = body.toPlainText().index(phrase)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    body.setFocus()


def ask(qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch) -> None:
    desk.editor.body.setPlainText(BODY)
    select(desk, "4-3")
    answer_queries(monkeypatch, "Was it 4-3 or 5-2?")
    desk.window.window_actions.add_query.trigger()  # Ctrl+Alt+M


def stored_spans(desk: DeskeditorApp) -> list[tuple[str, bool]]:
    body = desk.articles.get(current_id(desk)).body
    return [(q.span_text(body), q.orphaned) for q in desk.articles.queries(current_id(desk))]


def test_a_query_on_selected_text_is_shown_and_saved_with_the_article(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.settings.set(AUTHOR, "Bo")
    desk._apply_author()
    ask(qtbot, desk, monkeypatch)
    panel = desk.editor.queries
    assert desk.editor.tabs.currentWidget() is panel
    assert panel.list.count() == 1 and "“4-3”" in panel.list.item(0).text()
    assert desk.editor.tabs.tabText(desk.editor.tabs.indexOf(panel)) == "Queries (1)"
    margin = desk.editor.body.margin
    assert margin.isVisible() and [m.label for m in margin.marks] == ["Q1 Bo"]
    qtbot.waitUntil(lambda: stored_spans(desk) == [("4-3", False)], timeout=5000)
    qtbot.waitUntil(lambda: "Q1" in desk.preview.toPlainText(), timeout=5000)
    assert "Was it 4-3 or 5-2?" in desk.preview.toPlainText()


def test_the_anchor_follows_typing_and_an_orphan_is_kept(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(qtbot, desk, monkeypatch)
    body = desk.editor.body
    body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(body, "Breaking: ")  # before the query: it moves
    [query] = open_article(desk).queries
    assert body.toPlainText()[query.start : query.end] == "4-3"
    qtbot.waitUntil(lambda: stored_spans(desk) == [("4-3", False)], timeout=5000)
    select(desk, "4-3")
    qtbot.keyClick(body, Qt.Key.Key_Delete)  # its whole text: orphaned, not lost
    [query] = open_article(desk).queries
    assert query.orphaned and query.quoted == "4-3"
    qtbot.waitUntil(lambda: stored_spans(desk) == [("4-3", True)], timeout=5000)
    assert "orphaned" in desk.editor.queries.list.item(0).text()


def test_replies_and_resolving_are_kept(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(qtbot, desk, monkeypatch)
    [query] = open_article(desk).queries
    answer_queries(monkeypatch, "5-2, says the clerk.")
    desk.queries.reply(query.uid)
    desk.editor.queries.resolve_button.click()
    assert open_article(desk).flush()
    [stored] = desk.articles.queries(current_id(desk))
    assert [r.text for r in stored.replies] == ["5-2, says the clerk."]
    assert not stored.open and not desk.editor.body.margin.isVisible()


def test_the_gate_asks_before_ready_while_queries_are_open(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(qtbot, desk, monkeypatch)
    asked: list[Assessment] = []

    def refuse(cls: object, parent: object, headline: str, assessment: Assessment) -> None:
        asked.append(assessment)
        return None

    monkeypatch.setattr(StatusGateDialog, "ask", classmethod(refuse))
    assert desk.workflow.move_to(ArticleStatus.READY) is False
    [assessment] = asked
    assert assessment.gate is Gate.CONFIRM
    assert [q.text for q in assessment.queries] == ["Was it 4-3 or 5-2?"]
    assert desk.articles.get(current_id(desk)).status is not ArticleStatus.READY
