"""The preview pane as the copy editor sees it while typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.resources import resource_path
from deskeditor.ui.widgets.preview_pane import PreviewPane


def preview_text(app: DeskeditorApp) -> str:
    return app.preview.toPlainText()


def test_preview_shows_the_open_article(qtbot: QtBot, desk: DeskeditorApp) -> None:
    qtbot.waitUntil(lambda: "The vote was" in preview_text(desk), timeout=3000)
    text = preview_text(desk)
    assert "POLITICS" in text.upper() and "Council splits on Market Street" in text
    assert "The vote was 4-3." in text


def test_preview_follows_typing_and_replaces_only_the_changed_block(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    body = desk.editor.body
    body.setPlainText("One.\n\nTwo.\n\nThree.")
    qtbot.waitUntil(lambda: desk.preview.block_count() == 3, timeout=2000)
    frames = list(desk.preview._frames)
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index("Two.") + 3)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, " and a half")
    qtbot.waitUntil(lambda: "Two and a half." in preview_text(desk), timeout=2000)
    assert desk.preview._frames[0] is frames[0] and desk.preview._frames[2] is frames[2]
    assert [desk.preview.block_text(i) for i in range(3)] == ["One.", "Two and a half.", "Three."]


def test_new_and_removed_paragraphs_reach_the_preview(qtbot: QtBot, desk: DeskeditorApp) -> None:
    body = desk.editor.body
    body.setPlainText("One.\n\nThree.")
    qtbot.waitUntil(lambda: desk.preview.block_count() == 2, timeout=2000)
    body.setPlainText("One.\n\nTwo.\n\nThree.\n\nFour.")
    qtbot.waitUntil(lambda: desk.preview.block_count() == 4, timeout=2000)
    assert [desk.preview.block_text(i) for i in range(4)] == ["One.", "Two.", "Three.", "Four."]
    body.setPlainText("Four.")
    qtbot.waitUntil(lambda: desk.preview.block_count() == 1, timeout=2000)
    assert desk.preview.block_text(0) == "Four."


def test_hostile_body_leaves_nothing_active_in_the_pane(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText(
        "<script>alert(1)</script>\n\n![](https://tracker.example/p.gif)\n\n[x](javascript:alert(1))"
    )
    qtbot.waitUntil(lambda: "tracker.example" in preview_text(desk), timeout=2000)
    html = desk.preview.toHtml()
    assert "<img" not in html and "javascript:" not in html
    assert "<script>alert(1)</script>" in preview_text(desk)  # shown as text, inert


def test_the_pane_never_fetches_resources(qtbot: QtBot) -> None:
    pane = PreviewPane(resource_path("preview", "article.css").read_text())
    qtbot.addWidget(pane)
    for url in (
        "https://tracker.example/p.gif",
        "http://fonts.example/f.woff",
        "file:///etc/passwd",
    ):
        assert pane.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None


def long_body(paragraphs: int) -> str:
    return "\n\n".join(f"Paragraph {n} " + "words " * 60 for n in range(paragraphs))


def test_editor_cursor_scrolls_the_preview(qtbot: QtBot, desk: DeskeditorApp) -> None:
    body = desk.editor.body
    body.setPlainText(long_body(60))
    qtbot.waitUntil(lambda: desk.preview.block_count() == 60, timeout=3000)
    assert desk.preview.verticalScrollBar().value() == 0
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index("Paragraph 50 "))
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: desk.preview.verticalScrollBar().value() > 0, timeout=2000)
    viewport = desk.preview.viewport()
    visible = {desk.preview.block_at(QPoint(40, y)) for y in range(5, viewport.height(), 10)}
    assert 50 in visible


def test_clicking_a_preview_paragraph_moves_the_editor_cursor_to_its_source(
    qtbot: QtBot, desk: DeskeditorApp
) -> None:
    body = desk.editor.body
    body.setPlainText(long_body(30))
    qtbot.waitUntil(lambda: desk.preview.block_count() == 30, timeout=3000)
    pane = desk.preview
    point = next(
        QPoint(60, y)
        for y in range(5, pane.viewport().height(), 5)
        if pane.block_at(QPoint(60, y)) == 2
    )
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    position = body.textCursor().position()
    assert body.toPlainText()[position:].startswith("Paragraph 2 ")
    assert body.textCursor().block().text().startswith("Paragraph 2 ")
