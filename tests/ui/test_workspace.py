"""The editing workspace as a copy editor uses it: real database, real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article, ArticleQuery, ArticleStatus
from deskeditor.services.articles import ArticleService
from deskeditor.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from deskeditor.ui.dialogs.delete_dialog import DeleteDialog
from deskeditor.ui.open_article import SaveState
from deskeditor.ui.widgets.copy_fit_meter import AMBER, RED


def stored(app: DeskeditorApp) -> ArticleService:
    assert app.editing is not None
    return app.editing.service


def open_headline(app: DeskeditorApp, headline: str) -> None:
    [summary] = [s for s in stored(app).list_page(ArticleQuery()) if s.headline == headline]
    assert app.editing is not None
    app.editing.open_article(summary.id)


def wait_saved(qtbot, app: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    assert app.editing is not None
    qtbot.waitUntil(lambda: app.article.state is SaveState.SAVED, timeout=5000)


def test_opens_the_newest_article_with_every_field(desk: DeskeditorApp) -> None:
    editor = desk.editor
    assert editor.fields["headline"].text() == "Council splits on Market Street"
    assert editor.section.currentText() == "Politics"
    assert editor.body.toPlainText() == "The vote was 4-3."
    assert desk.window.save_label.text() == "Saved"
    assert "4 words" in desk.window.words_label.text()


def test_typing_is_autosaved_about_a_second_later(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    editor = desk.editor
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " Shops objected.")
    qtbot.keyClicks(editor.fields["dek"], "Shop owners fear lost trade")
    assert desk.window.save_label.text() == "Unsaved changes"
    current = desk.article.article  # type: ignore[union-attr]

    assert stored(desk).get(current.id).body == "The vote was 4-3."  # not before the pause
    wait_saved(qtbot, desk)

    saved = stored(desk).get(current.id)
    assert saved.body == "The vote was 4-3. Shops objected."
    assert saved.dek == "Shop owners fear lost trade"
    assert saved.version > current.version


def test_every_field_is_stored(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
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
    editor.status.setCurrentIndex(list(ArticleStatus).index(ArticleStatus.READY))
    wait_saved(qtbot, desk)
    saved = stored(desk).get(desk.article.article.id)  # type: ignore[union-attr]
    assert {name: getattr(saved, name) for name in typed} == typed
    assert (saved.section, saved.status) == ("City", ArticleStatus.READY)


def test_slug_follows_the_headline_until_edited_by_hand(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    headline, slug = desk.editor.fields["headline"], desk.editor.fields["slug"]
    headline.clear()
    qtbot.keyClicks(headline, "Market Street closes")
    assert slug.text() == "market-street-closes"
    slug.clear()
    qtbot.keyClicks(slug, "market-street-trial")
    qtbot.keyClicks(headline, " to cars")
    assert slug.text() == "market-street-trial"


def test_copy_fit_meters_turn_amber_then_red(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    headline = desk.editor.fields["headline"]
    meter = desk.editor.meters["headline"]
    headline.clear()
    qtbot.keyClicks(headline, "x" * 40)
    assert (meter.text(), meter.level) == ("40/70", "ok")
    qtbot.keyClicks(headline, "x" * 25)
    assert meter.level == "near" and AMBER in meter.styleSheet()
    qtbot.keyClicks(headline, "x" * 10)
    assert meter.level == "over" and RED in meter.styleSheet()
    assert "5 characters over" in meter.toolTip()


def test_pull_quote_is_flagged_when_the_body_loses_it(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    open_headline(desk, "Ferry returns after repair")
    panel = desk.editor.pull_quotes
    assert panel.model.problems == []
    desk.editor.body.setPlainText("The ferry is back.\n\nShe said nothing.")
    qtbot.waitUntil(lambda: panel.model.problems == [0], timeout=2000)
    assert "no longer in the body" in panel.problem_label.text()


def test_quote_selection_adds_a_pull_quote_after_its_paragraph(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    body = desk.editor.body
    body.setPlainText("First paragraph here.\n\nThe second paragraph has the line.")
    cursor = body.textCursor()
    start = body.toPlainText().index("has the line")
    cursor.setPosition(start)
    cursor.setPosition(start + len("has the line"), cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    assert desk.editor.pull_quotes.add_from_selection()
    wait_saved(qtbot, desk)
    quotes = stored(desk).get(desk.article.article.id).pull_quotes  # type: ignore[union-attr]
    assert [(q.text, q.after_paragraph) for q in quotes] == [("has the line", 2)]


def test_switching_articles_saves_at_once_and_undo_stays_in_its_article(
    qtbot,
    desk: DeskeditorApp,  # type: ignore[no-untyped-def]
) -> None:
    body = desk.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Typed ")
    council = desk.article.article  # type: ignore[union-attr]
    open_headline(desk, "Ferry returns after repair")
    assert stored(desk).get(council.id).body.startswith("Typed ")  # saved on switching
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "The ferry is back.\n\n“We counted the days,” she said."


def test_search_box_filters_the_list_as_you_type(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    panel = desk.window.list_panel
    qtbot.keyClicks(panel.search, "ferry")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert panel.model.index(0, 0).data() == "Ferry returns after repair"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(ArticleStatus.EDITING))
    assert panel.model.rowCount() == 1


def test_new_article_opens_ready_for_a_headline(qtbot, desk: DeskeditorApp) -> None:  # type: ignore[no-untyped-def]
    desk.window.window_actions.new.trigger()
    assert desk.window.list_panel.model.rowCount() == 3
    assert desk.editor.fields["headline"].text() == ""
    assert desk.window.focusWidget() is desk.editor.fields["headline"]


def test_delete_asks_then_trash_and_restore(qtbot, desk: DeskeditorApp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = []
    monkeypatch.setattr(
        DeleteDialog, "ask", classmethod(lambda cls, parent, info: asked.append(info) or True)
    )
    doomed = desk.article.article  # type: ignore[union-attr]
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
    monkeypatch,  # type: ignore[no-untyped-def]
    choice: ConflictChoice,
) -> Article:
    """Someone else saves "Their text." while the copy editor types "My text."; the
    copy editor will answer the conflict with ``choice``."""
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a: choice))
    article = desk.article.article  # type: ignore[union-attr]
    other_writer.save(other_writer.get(article.id).replace(body="Their text."))
    desk.editor.body.setPlainText("My text.")
    return article


def test_conflict_keep_mine_stores_mine_and_keeps_theirs_in_revisions(
    qtbot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    article = conflicting_edit(desk, other_writer, monkeypatch, ConflictChoice.KEEP_MINE)
    wait_saved(qtbot, desk)
    assert stored(desk).get(article.id).body == "My text."
    kept = [r.snapshot["body"] for r in stored(desk).revisions(article.id)]
    assert "Their text." in kept


def test_conflict_use_theirs_keeps_mine_as_a_revision(
    qtbot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    article = conflicting_edit(desk, other_writer, monkeypatch, ConflictChoice.TAKE_THEIRS)
    qtbot.waitUntil(lambda: desk.editor.body.toPlainText() == "Their text.", timeout=5000)
    assert stored(desk).get(article.id).body == "Their text."
    assert "My text." in [r.snapshot["body"] for r in stored(desk).revisions(article.id)]


def test_conflict_save_copy_makes_a_new_article(
    qtbot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    conflicting_edit(desk, other_writer, monkeypatch, ConflictChoice.SAVE_COPY)
    qtbot.waitUntil(lambda: desk.window.list_panel.model.rowCount() == 3, timeout=5000)
    bodies = {stored(desk).get(s.id).body for s in stored(desk).list_page(ArticleQuery())}
    assert {"Their text.", "My text."} <= bodies


def test_article_deleted_elsewhere_can_be_kept_as_new(
    qtbot,
    desk: DeskeditorApp,
    other_writer: ArticleService,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from deskeditor.ui.dialogs import messages

    monkeypatch.setattr(messages, "choose", lambda *a, **k: True)
    article = desk.article.article  # type: ignore[union-attr]
    other_writer.delete(article.id)
    desk.editor.body.setPlainText("Still typing into it.")
    qtbot.waitUntil(
        lambda: any(
            stored(desk).get(s.id).body == "Still typing into it."
            for s in stored(desk).list_page(ArticleQuery())
        ),
        timeout=5000,
    )


def test_name_from_preferences_is_on_the_next_revision_without_a_restart(
    qtbot,
    desk: DeskeditorApp,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from deskeditor.settings import AUTHOR
    from deskeditor.ui.dialogs.preferences_dialog import PreferencesDialog

    def answer(cls, parent, settings):  # type: ignore[no-untyped-def]
        settings.set(AUTHOR, "Rosa Diaz")
        return True

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(answer))
    desk.window.window_actions.preferences.trigger()
    article = desk.article.article  # type: ignore[union-attr]
    desk.editor.body.setPlainText("Edited after naming myself.")
    desk.window.window_actions.save.trigger()
    [latest, *_] = stored(desk).revisions(article.id)
    assert latest.snapshot["body"] == "Edited after naming myself."
    assert latest.author == "Rosa Diaz"
