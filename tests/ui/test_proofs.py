"""The article on paper and in files: the dateline opening the first paragraph,
no gap under the byline, the headline whole after Ctrl+Home, PDF properties and
the desk's printed proofs."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from deskeditor import cli
from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.resources import resource_path
from deskeditor.services.exporting import ArticleExporter, ExportFormat
from deskeditor.services.rendering import ArticleRenderer
from deskeditor.ui.printing import write_pdf

WIRE = Article(
    headline="Xi arrives in Moscow for talks with Putin",
    dek="The visit is his first since the war began",
    byline="By Ann Lee",
    dateline="MOSCOW",
    section="World",
    slug="xi-arrives-in-moscow",
    status=ArticleStatus.COPY_DESK,
    body="Chinese President Xi Jinping arrived on Monday.\n\nTalks begin on Tuesday.",
)
NOON = datetime(2026, 3, 20, 12, 5)


def exporter() -> ArticleExporter:
    return ArticleExporter(ArticleRenderer(resource_path("preview")), write_pdf, clock=lambda: NOON)


# -- the dateline ------------------------------------------------------------------------------
def test_plain_text_opens_with_the_dateline_and_its_dash(tmp_path: Path) -> None:
    written = exporter().export(WIRE, [], ExportFormat.TXT, tmp_path / "a.txt")
    assert "\n\nMOSCOW — Chinese President Xi Jinping arrived" in written.read_text("utf-8")


@pytest.mark.parametrize("typed", ["MOSCOW —", "MOSCOW -", "MOSCOW --", "MOSCOW – "])
def test_one_em_dash_whatever_was_typed(tmp_path: Path, typed: str) -> None:
    article = WIRE.replace(dateline=typed)
    text = exporter().export(article, [], ExportFormat.TXT, tmp_path / "a.txt").read_text("utf-8")
    assert "MOSCOW — Chinese" in text


def test_the_page_has_the_dateline_in_the_first_paragraph_not_the_credit() -> None:
    rendered = ArticleRenderer(resource_path("preview")).render(WIRE, [])
    assert "dateline" not in rendered.header
    assert rendered.blocks[0].html.startswith(
        '<p><span class="dateline">M<span class="sc">OSCOW</span></span> — Chinese President'
    )
    assert "dateline" not in rendered.blocks[1].html


def test_word_opens_the_first_paragraph_with_the_dateline_in_small_caps(tmp_path: Path) -> None:
    written = exporter().export(WIRE, [], ExportFormat.DOCX, tmp_path / "a.docx")
    paragraphs = docx.Document(str(written)).paragraphs
    first = next(p for p in paragraphs if "Chinese" in p.text)
    assert first.text == "Moscow — Chinese President Xi Jinping arrived on Monday."
    assert first.runs[0].text == "Moscow" and first.runs[0].font.small_caps


def test_the_preview_shows_the_dateline_in_small_caps(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.fields["dateline"].setText("MILLBROOK —")
    desk.editor.edited.emit()
    pane = desk.preview
    qtbot.waitUntil(
        lambda: pane.block_count() > 0 and pane.block_text(0).startswith("MILLBROOK — The vote"),
        timeout=5000,
    )
    rest = pane.document().find("ILLBROOK")
    first = QTextCursor(pane.document())
    first.setPosition(rest.selectionStart())  # its format: the "M" before it
    initial_size = first.charFormat().fontPointSize() or pane.document().defaultFont().pointSize()
    assert 0 < rest.charFormat().fontPointSize() < initial_size  # small capitals
    header = desk.preview.document().toPlainText().split("The vote")[0]
    assert header.count("MILLBROOK") == 1  # not in the credit line as well


# -- the preview's spacing and scrolling -------------------------------------------------------
def test_no_blank_gap_between_byline_and_body(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.fields["byline"].setText("By Ann Lee")
    desk.editor.edited.emit()
    pane = desk.preview
    qtbot.waitUntil(lambda: "By Ann Lee" in pane.document().toPlainText(), timeout=5000)
    cursor = pane.document().find("By Ann Lee")
    layout = pane.document().documentLayout()
    byline_bottom = layout.blockBoundingRect(cursor.block()).bottom()
    body_top = layout.frameBoundingRect(pane._frames[0]).top()
    line = pane.fontMetrics().lineSpacing()
    assert body_top - byline_bottom < line  # a paragraph's spacing, not an empty line


def test_ctrl_home_shows_the_headline_whole(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.window.resize(1280, 720)
    desk.editor.fields["headline"].setText(WIRE.headline + " as the war enters its fifth year")
    body = desk.editor.body
    body.setPlainText("\n\n".join(f"Paragraph {n} " + "word " * 60 for n in range(30)))
    pane = desk.preview
    qtbot.waitUntil(lambda: pane.complete and pane.block_count() == 30, timeout=8000)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.verticalScrollBar().value() > 0, timeout=3000)
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert pane.verticalScrollBar().value() == 0


# -- PDF -------------------------------------------------------------------------------------
def test_pdf_properties_are_headline_byline_and_dek(qapp: object, tmp_path: Path) -> None:
    written = exporter().export(WIRE, [], ExportFormat.PDF, tmp_path / "file-name.pdf")
    info = PdfReader(io.BytesIO(written.read_bytes())).metadata
    assert info is not None
    assert info.title == WIRE.headline  # not "file-name"
    assert info.author == "Ann Lee"
    assert info.subject == WIRE.dek


def test_a_proof_heads_every_page(qapp: object, tmp_path: Path) -> None:
    long = WIRE.replace(body="\n\n".join("Paragraph of copy. " * 30 for _ in range(12)))
    written = exporter().export(long, [], ExportFormat.PDF, tmp_path / "p.pdf", proof=True)
    pages = PdfReader(io.BytesIO(written.read_bytes())).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        first = " ".join(page.extract_text().split("\n")[0].split())
        assert first == (
            f"xi-arrives-in-moscow · Copy desk · World · 20 Mar 2026 12:05 · "
            f"page {number} of {len(pages)}"
        )
    plain = exporter().export(long, [], ExportFormat.PDF, tmp_path / "plain.pdf")
    assert "page 1 of" not in PdfReader(io.BytesIO(plain.read_bytes())).pages[0].extract_text()


def test_the_command_line_prints_a_proof(qapp: object, tmp_path: Path) -> None:
    from deskeditor.services.articles import ArticleService
    from deskeditor.storage.database import open_database

    db_path = tmp_path / "desk.sqlite"
    database = open_database(db_path)
    ArticleService(database.unit_of_work).create(WIRE)
    database.close()
    target = tmp_path / "proof.pdf"
    args = ["export", "xi-arrives-in-moscow", "--format", "pdf", "--proof", "-o", str(target)]
    code = cli.main(["--db", str(db_path), *args])
    assert code == 0
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    first = " ".join(text.split("\n")[0].split())
    assert first.startswith("xi-arrives-in-moscow · Copy desk · World ·")
    assert first.endswith("· page 1 of 1")


def test_proof_is_refused_for_other_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["export", "1", "--format", "txt", "--proof", "-o", str(tmp_path / "a.txt")])
    assert code == 2
    assert capsys.readouterr().err.strip() == "deskeditor: --proof goes with --format pdf"
