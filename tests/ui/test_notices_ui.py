"""The Notices tab: the article's published notices, reworded or moved in place, each
change kept (and recorded in the article's history) and shown in the preview."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article, RevisionReason
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition

WORDING = "An earlier version of this article misstated the vote. It was 5-2."


def open_corrected(desk: DeskeditorApp) -> int:
    corrected = desk.articles.create(
        Article(headline="Vote story", section="Politics", body="The vote was 5-2."),
        notices=[CorrectionNotice(0, NoticeKind.CORRECTION, WORDING)],
    )
    assert corrected.id is not None and desk.editing is not None
    desk.editing.refresh_list()
    desk.editing.open_article(corrected.id)
    return corrected.id


def test_notices_are_listed_and_reworded_in_place(qtbot: QtBot, desk: DeskeditorApp) -> None:
    article_id = open_corrected(desk)
    panel = desk.editor.notices
    desk.editor.tabs.setCurrentWidget(panel)
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("Correction")
    assert panel.text.toPlainText() == WORDING
    panel.text.moveCursor(panel.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.text, " The minutes confirm it.")
    panel.position.setCurrentIndex(list(NoticePosition).index(NoticePosition.TOP))
    qtbot.waitUntil(lambda: "Saved" in panel.state.text(), timeout=5000)
    [notice] = desk.articles.notices(article_id)
    assert notice.text == WORDING + " The minutes confirm it."
    assert notice.position is NoticePosition.TOP
    edits = [
        r for r in desk.articles.revisions(article_id) if r.reason is RevisionReason.NOTICE_EDIT
    ]
    assert len(edits) == 1 and edits[0].note.endswith("The minutes confirm it.")
    qtbot.waitUntil(lambda: "The minutes confirm it." in desk.preview.toPlainText(), timeout=5000)


def test_a_notice_edit_is_kept_when_another_article_opens_at_once(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    article_id = open_corrected(desk)
    panel = desk.editor.notices
    panel.text.setPlainText("An earlier version of this article misstated the date.")
    [other] = [s for s in desk.articles.list_page(desk.list_model.query) if s.id != article_id][:1]
    desk.editing.open_article(other.id)  # type: ignore[union-attr]
    [notice] = desk.articles.notices(article_id)
    assert notice.text == "An earlier version of this article misstated the date."
    assert panel.list.count() == 0 and not panel.empty.isHidden()  # the other has none


def test_a_softened_correction_is_refused_and_kept_as_typed(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    article_id = open_corrected(desk)
    panel = desk.editor.notices
    panel.text.setPlainText("We fixed the vote count.")
    qtbot.waitUntil(lambda: "Not saved" in panel.state.text(), timeout=5000)
    assert "softens" in panel.state.text()
    assert panel.text.toPlainText() == "We fixed the vote count."
    assert desk.articles.notices(article_id)[0].text == WORDING
