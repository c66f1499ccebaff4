"""The status control and its gate, and the slug, as a copy editor meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleStatus, RevisionReason
from deskeditor.domain.workflow import Gate
from deskeditor.services.workflow import Assessment
from deskeditor.settings import AUTHOR
from deskeditor.ui.dialogs.slug_dialog import SlugDialog
from deskeditor.ui.dialogs.status_gate_dialog import GateAnswer, StatusGateDialog
from deskeditor.ui.open_article import SaveState
from tests.ui.conftest import open_desk
from tests.ui.workspace import open_article

S = ArticleStatus


def offered(desk: DeskeditorApp) -> list[str]:
    combo = desk.editor.status
    return [str(combo.itemData(i)) for i in range(combo.count())]


def choose(desk: DeskeditorApp, status: ArticleStatus) -> None:
    """Pick ``status`` in the status control, as a click or arrow keys and Enter do."""
    combo = desk.editor.status
    index = offered(desk).index(status.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def new_article_with(qtbot: QtBot, desk: DeskeditorApp, headline: str, body: str) -> None:
    desk.window.window_actions.new.trigger()
    qtbot.keyClicks(desk.editor.fields["headline"], headline)
    desk.editor.body.setPlainText(body)


def gate_answers(monkeypatch: pytest.MonkeyPatch, answer: GateAnswer | None) -> list[Assessment]:
    asked: list[Assessment] = []

    def ask(cls, parent, headline, assessment):  # type: ignore[no-untyped-def]
        asked.append(assessment)
        return answer

    monkeypatch.setattr(StatusGateDialog, "ask", classmethod(ask))
    return asked


def test_the_status_control_offers_only_what_the_workflow_allows(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert offered(desk) == ["draft", "editing", "copy desk", "ready", "published"]
    gate_answers(monkeypatch, GateAnswer("Running it now"))
    choose(desk, S.PUBLISHED)
    assert offered(desk) == ["draft", "editing", "copy desk", "ready", "published", "corrected"]
    assert desk.editor.status.currentData() == S.PUBLISHED


def test_publishing_a_flawed_new_article_needs_an_override_with_a_reason(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The case: a repeated word, an unclosed quote, no byline, no section.
    new_article_with(
        qtbot, desk, "Ferry returns", "The the ferry is back.\n\n“We counted the days."
    )
    asked = gate_answers(monkeypatch, None)
    choose(desk, S.PUBLISHED)
    [assessment] = asked
    assert assessment.gate is Gate.OVERRIDE
    assert {(f.id, f.field) for f in assessment.errors} >= {
        ("words.repeated", "body"),
        ("quotes.unbalanced", "body"),
        ("structure.missing-field", "byline"),
        ("structure.missing-field", "section"),
    }
    article = open_article(desk).article
    assert article is not None and article.id is not None
    assert desk.articles.get(article.id).status is S.DRAFT  # refused: nothing went out
    assert desk.editor.status.currentData() == S.DRAFT
    assert desk.articles.get(article.id).body.startswith("The the ferry")  # typing was saved

    gate_answers(monkeypatch, GateAnswer("Breaking news; desk chief approved"))
    choose(desk, S.PUBLISHED)
    stored = desk.articles.get(article.id)
    assert stored.status is S.PUBLISHED and stored.published_at is not None
    [latest, *_] = desk.articles.revisions(article.id)
    assert (latest.reason, latest.note) == (
        RevisionReason.PUBLISH_OVERRIDE,
        "Breaking news; desk chief approved",
    )


def test_an_override_is_recorded_by_the_login_name_when_preferences_name_nobody(
    qtbot: QtBot,
    db_path: Path,
    settings_store: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window recorded "(unknown)" as the author of a publish override, where the
    command line records the login name."""
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "rabernathy")
    app = open_desk(qtbot, db_path, settings_store)
    try:
        assert app.settings.get(AUTHOR) == ""
        new_article_with(qtbot, app, "Ferry returns", "The the ferry is back.")
        gate_answers(monkeypatch, GateAnswer("Desk chief approved"))
        choose(app, S.PUBLISHED)
        article_id = open_article(app).article_id
        assert article_id is not None
        [latest, *_] = app.articles.revisions(article_id)
        assert latest.reason is RevisionReason.PUBLISH_OVERRIDE
        assert latest.author == "rabernathy"
    finally:
        app.close()


def test_ready_over_errors_asks_even_after_publication_only_forward(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.editor.body.setPlainText("The the vote was 4-3.")
    asked = gate_answers(monkeypatch, GateAnswer())
    choose(desk, S.READY)
    assert [a.gate for a in asked] == [Gate.CONFIRM]
    gate_answers(monkeypatch, GateAnswer("Approved"))
    choose(desk, S.PUBLISHED)
    asked = gate_answers(monkeypatch, None)
    choose(desk, S.READY)  # going back from published never asks
    choose(desk, S.EDITING)
    assert asked == []
    assert desk.editor.status.currentData() == S.EDITING
    notes = [r.note for r in desk.articles.revisions(open_article(desk).article_id or 0)][:2]
    assert notes == ["ready → editing", "published → ready"]


def test_the_gate_dialog_will_not_publish_without_a_reason(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    article = open_article(desk).article
    assert article is not None
    assessment = desk.workflow.workflow.assess(article.replace(byline=""), S.PUBLISHED)
    dialog = StatusGateDialog(desk.window, article.headline, assessment)
    qtbot.addWidget(dialog)
    assert dialog.findings.count() == len(assessment.errors) > 0
    assert not dialog.go_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Deadline")
    assert dialog.go_button.isEnabled() and dialog.answer() == GateAnswer("Deadline")
    assert dialog.back_button.isDefault()


def test_a_new_articles_slug_follows_the_headline_until_published(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.window.window_actions.new.trigger()
    slug = desk.editor.fields["slug"]
    assert slug.text() == "untitled"
    qtbot.keyClicks(desk.editor.fields["headline"], "Council splits on Market Street")
    assert slug.text() == "council-splits-on-market-street"
    qtbot.waitUntil(lambda: open_article(desk).state is SaveState.SAVED, timeout=5000)
    article_id = open_article(desk).article_id
    assert article_id is not None
    # Taken by the seeded article: stored numbered, and shown as stored.
    assert desk.articles.get(article_id).slug == "council-splits-on-market-street-2"
    qtbot.waitUntil(lambda: slug.text() == "council-splits-on-market-street-2", timeout=2000)
    qtbot.keyClicks(desk.editor.fields["headline"], " again")
    assert slug.text() == "council-splits-on-market-street-again"

    desk.editor.fields["byline"].setText("By Ann Lee")
    desk.editor.section.setEditText("Politics")
    desk.editor.body.setPlainText("The vote was 5-2 on Tuesday night, the clerk said.")
    gate_answers(monkeypatch, GateAnswer("fine"))
    choose(desk, S.PUBLISHED)
    assert slug.isReadOnly()
    qtbot.keyClicks(desk.editor.fields["headline"], " today")
    assert slug.text() == "council-splits-on-market-street-again"  # frozen: readers have it

    monkeypatch.setattr(
        SlugDialog, "ask", classmethod(lambda cls, p, current: "market-street-vote")
    )
    desk.editor.change_slug.trigger()
    assert slug.text() == "market-street-vote"
    [latest, *_] = desk.articles.revisions(article_id)
    assert (latest.reason, latest.note) == (
        RevisionReason.SLUG_CHANGE,
        "council-splits-on-market-street-again → market-street-vote",
    )


def test_arrow_keys_and_the_wheel_never_move_the_status(qtbot: QtBot, desk: DeskeditorApp) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    combo = desk.editor.status
    combo.setFocus()
    for _ in range(5):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.view().isVisible()  # the list opens instead
    combo.hidePopup()
    down = QPoint(0, -120)
    wheel = QWheelEvent(
        QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), down,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(combo, wheel)
    article_id = open_article(desk).article_id
    assert article_id is not None
    assert desk.articles.get(article_id).status is S.DRAFT
    assert combo.currentData() == S.DRAFT


def test_typing_letters_on_the_status_never_moves_it(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text meant for a dialog that closed lands on the status control: a closed combo
    box would jump to the status starting with each letter ("c": Copy desk, "p": Published)."""
    asked = gate_answers(monkeypatch, None)
    combo = desk.editor.status
    combo.setFocus()
    qtbot.keyClicks(combo, "chief approved")
    assert combo.view().isVisible()  # the list opens for a choice with Enter
    combo.hidePopup()
    article_id = open_article(desk).article_id
    assert article_id is not None
    assert desk.articles.get(article_id).status is S.DRAFT
    assert combo.currentData() == S.DRAFT
    assert asked == []


def test_the_checks_follow_the_new_status(
    qtbot: QtBot, desk: DeskeditorApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = desk.checks_controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.pending, timeout=8000)
    assert not any(f.field == "byline" for f in controller.findings)  # a draft needs none
    gate_answers(monkeypatch, GateAnswer())
    choose(desk, S.READY)
    qtbot.waitUntil(lambda: any(f.field == "byline" for f in controller.findings), timeout=8000)
