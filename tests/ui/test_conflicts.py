"""Two windows on one article: whatever the copy editor chooses, and whenever the app
dies, the text they typed is somewhere durable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article, ArticleQuery, RevisionReason
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ConflictError
from deskeditor.storage.database import open_database
from deskeditor.ui.dialogs import messages
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from deskeditor.ui.open_article import SaveState


def service(app: DeskeditorApp) -> ArticleService:
    assert app.editing is not None
    return app.editing.service


def open_article(app: DeskeditorApp) -> Article:
    assert app.article is not None and app.article.article is not None
    return app.article.article


def open_id(app: DeskeditorApp) -> int:
    article_id = open_article(app).id
    assert article_id is not None
    return article_id


def saved(app: DeskeditorApp) -> bool:
    assert app.article is not None
    return app.article.state is SaveState.SAVED


def bodies_kept(app: DeskeditorApp, article_id: int) -> list[str]:
    return [str(r.snapshot["body"]) for r in service(app).revisions(article_id)]


def type_at_end(qtbot: QtBot, app: DeskeditorApp, text: str) -> None:
    body = app.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, text)


def test_use_theirs_text_survives_the_next_autosaves(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Use theirs" kept mine as an autosave revision, and the next autosave by the same
    author within five minutes overwrote it: no revision held my text any more."""
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a: ConflictChoice.TAKE_THEIRS))
    article_id = open_id(desk)
    other_writer.author = service(desk).author  # the same person in two windows
    other_writer.save(other_writer.get(article_id).replace(body="Their text."))
    desk.editor.body.setPlainText("My text, typed in window A.")
    qtbot.waitUntil(lambda: desk.editor.body.toPlainText() == "Their text.", timeout=5000)

    type_at_end(qtbot, desk, " More after the choice.")
    qtbot.waitUntil(lambda: saved(desk), timeout=5000)
    type_at_end(qtbot, desk, " And more.")
    qtbot.waitUntil(lambda: saved(desk), timeout=5000)

    assert "My text, typed in window A." in bodies_kept(desk, article_id)
    [kept] = [r for r in service(desk).revisions(article_id) if r.reason is RevisionReason.CONFLICT]
    assert kept.snapshot["body"] == "My text, typed in window A."


def test_a_revision_kept_for_any_reason_but_autosave_is_never_coalesced(
    articles: ArticleService,
) -> None:
    article = articles.create(Article(headline="Ferry", body="v0"))
    assert article.id is not None
    article_id = article.id
    for reason in RevisionReason:
        if reason is RevisionReason.AUTOSAVE:
            continue
        article = articles.save(article.replace(body=f"kept for {reason}"), reason)
        after = article.replace(body=f"autosave after {reason}")
        article = articles.save(after, RevisionReason.AUTOSAVE)
        kept = [str(r.snapshot["body"]) for r in articles.revisions(article_id)]
        assert f"kept for {reason}" in kept


def test_text_is_durable_while_the_conflict_dialog_waits(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A kill -9 while the dialog was open lost what was typed: while the dialog waits,
    another process must find the text in the database."""
    seen_while_waiting: list[list[str]] = []

    def answer_later(cls: type, parent: object, error: ConflictError) -> ConflictChoice:
        reader = open_database(desk.options.database)  # another process, as after a crash
        try:
            pending = ArticleService(reader.unit_of_work).pending_drafts(article_id)
            seen_while_waiting.append([d.article.body for d in pending])
        finally:
            reader.close()
        return ConflictChoice.KEEP_MINE

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(answer_later))
    article_id = open_id(desk)
    other_writer.save(other_writer.get(article_id).replace(body="Their text."))
    desk.editor.body.setPlainText("Fifteen chars!!")
    qtbot.waitUntil(lambda: bool(seen_while_waiting), timeout=5000)
    assert seen_while_waiting == [["Fifteen chars!!"]]
    qtbot.waitUntil(lambda: saved(desk), timeout=5000)
    assert service(desk).get(article_id).body == "Fifteen chars!!"
    assert service(desk).pending_drafts(article_id) == []  # settled: nothing left pending


def test_a_conflict_left_open_by_a_crash_is_offered_again(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app died with the conflict dialog open: the text kept then is offered again
    the next time the article is opened, with the same three choices."""
    article_id = open_id(desk)
    mine = other_writer.get(article_id).replace(body="Typed before the crash.")
    other_writer.save(other_writer.get(article_id).replace(body="Their text."))
    other_writer.keep_pending(mine, session="a-window-that-died")
    asked: list[ConflictError] = []

    def answer(cls: type, parent: object, error: ConflictError) -> ConflictChoice:
        asked.append(error)
        return ConflictChoice.SAVE_COPY

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(answer))
    other = next(s.id for s in service(desk).list_page(ArticleQuery()) if s.id != article_id)
    assert desk.editing is not None
    desk.editing.open_article(other)
    desk.editing.open_article(article_id)

    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0].mine.body == "Typed before the crash."
    assert asked[0].theirs.body == "Their text."
    qtbot.waitUntil(lambda: desk.window.list_panel.model.rowCount() == 3, timeout=5000)
    bodies = {service(desk).get(s.id).body for s in service(desk).list_page(ArticleQuery())}
    assert {"Their text.", "Typed before the crash."} <= bodies
    assert service(desk).pending_drafts(article_id) == []


def test_text_typed_into_an_article_deleted_elsewhere_is_kept_while_asked(
    qtbot: QtBot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[str]] = []
    article_id = open_id(desk)

    def choose(*args: object, **kwargs: object) -> bool:
        seen.append([d.article.body for d in other_writer.pending_drafts(article_id)])
        return False  # let it go: it is still kept with the article in the trash

    monkeypatch.setattr(messages, "choose", choose)
    other_writer.delete(article_id)
    desk.editor.body.setPlainText("Still typing into it.")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [["Still typing into it."]]
    assert "Still typing into it." in bodies_kept(desk, article_id)
    assert other_writer.pending_drafts(article_id) == []


def test_text_kept_for_an_article_deleted_for_good_is_recovered_on_start(
    qtbot: QtBot, db_path: Path, settings_store: QSettings
) -> None:
    """A window died while asking what to do with text typed into an article someone
    deleted for good: the next start keeps that text as a new draft."""
    from deskeditor.app import AppOptions

    path = db_path
    db = open_database(path)
    writer = ArticleService(db.unit_of_work)
    gone = writer.create(Article(headline="Flood barrier", body="Stored."))
    writer.keep_pending(gone.replace(body="Typed after it was deleted."), session="dead-window")
    writer.purge(gone.id or 0)
    db.close()

    app = DeskeditorApp(AppOptions(database=path), settings_store)
    qtbot.addWidget(app.window)
    try:
        assert app.open_database()
        summaries = service(app).list_page(ArticleQuery())
        assert [service(app).get(s.id).body for s in summaries] == ["Typed after it was deleted."]
        assert "Recovered 1 article" in app.window.statusBar().currentMessage()
        assert service(app).orphaned_drafts() == []
    finally:
        app.close()
