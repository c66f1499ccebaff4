"""The body's wavy underlines go over the Markdown formatting without replacing it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication

from deskeditor.ui.widgets.markdown_highlighter import MarkdownHighlighter


def formats_by_character(document: QTextDocument) -> list[tuple[bool, bool, str]]:
    """(wavy, set as code, underline colour) of each character of the first block."""
    block = document.firstBlock()
    shown: list[tuple[bool, bool, str]] = [(False, False, "")] * len(block.text())
    for r in block.layout().formats():
        wavy = r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        code = "monospace" in (r.format.fontFamilies() or [])
        colour = r.format.underlineColor().name() if wavy else ""
        for i in range(r.start, r.start + r.length):
            shown[i] = (wavy, code, colour)
    return shown


def test_a_long_underline_keeps_the_code_font_and_a_later_mark_its_colour(
    qapp: QApplication,
) -> None:
    text = "They typed `very` loudly, “no” and no again"
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = MarkdownHighlighter(document, qapp.palette())
    red, blue = QColor("#c53030"), QColor("#2b6cb0")
    no = text.index("no again")
    highlighter.set_marks({0: [(0, len(text), red), (no, 2, blue)]})
    shown = formats_by_character(document)
    code = range(text.index("`"), text.index("loudly") - 1)
    assert all(wavy for wavy, _, _ in shown)
    assert [i for i, (_, c, _) in enumerate(shown) if c] == list(code)
    assert {c for i, (_, _, c) in enumerate(shown) if i not in (no, no + 1)} == {red.name()}
    assert {shown[no][2], shown[no + 1][2]} == {blue.name()}


def weights_and_italics(text: str, qapp: QApplication) -> list[tuple[bool, bool]]:
    """(bold, italic) of each character of ``text`` as the body shows it."""
    document = QTextDocument()
    document.setPlainText(text)
    MarkdownHighlighter(document, qapp.palette())
    shown = [(False, False)] * len(text)
    for r in document.firstBlock().layout().formats():
        for i in range(r.start, r.start + r.length):
            shown[i] = (r.format.fontWeight() >= 700, r.format.fontItalic())
    return shown


def test_strong_shows_bold_and_emphasis_italic(qapp: QApplication) -> None:
    text = "A **firm** no and an *aside* and __also firm__ and _also aside_."
    shown = weights_and_italics(text, qapp)
    for word, look in (
        ("**firm**", (True, False)),
        ("*aside*", (False, True)),
        ("__also firm__", (True, False)),
        ("_also aside_", (False, True)),
    ):
        at = text.index(word)
        assert set(shown[at : at + len(word)]) == {look}, word
    assert shown[text.index("no")] == (False, False)
