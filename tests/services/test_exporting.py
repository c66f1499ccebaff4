"""Exporting articles: one list of formats, one dispatch, and a write that never
leaves a broken file or overwrites the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskeditor import cli
from deskeditor.domain.article import Article, ArticleStatus, PullQuote
from deskeditor.formats.registry import read_file
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.exporting import (
    ArticleExporter,
    ExportError,
    ExportFormat,
    PdfDetails,
    PdfWriter,
)
from deskeditor.services.rendering import ArticleRenderer
from deskeditor.storage.database import Database

ARTICLE = Article(
    slug="ferry-returns",
    section="Local",
    headline="Millbrook ferry returns",
    dek="The Juniper carries its first passengers",
    byline="By Clara Hemming",
    dateline="MILLBROOK —",
    body="The ferry Juniper crossed the Wend River on Monday.\n\n## A new landing\n\nIt is higher.",
    status=ArticleStatus.EDITING,
    pull_quotes=(PullQuote("We counted the days", "Ruth Abernathy", 1),),
)


def exporter(
    write_pdf: PdfWriter | None = None, never_overwrite: tuple[Path, ...] = ()
) -> ArticleExporter:
    renderer = ArticleRenderer(resource_path("preview"))
    return ArticleExporter(renderer, write_pdf, never_overwrite)


def test_the_formats_are_the_command_lines_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert [f.value for f in ExportFormat] == ["html", "pdf", "md", "docx", "json", "txt", "ninjs"]
    assert ExportFormat.DOCX.file_filter == "Word document (*.docx)"
    assert ExportFormat.MD.file_name("ferry-returns") == "ferry-returns.md"
    assert ExportFormat.NINJS.file_name("ferry-returns") == "ferry-returns.json"
    assert all(f.label and f.menu_text and f.description for f in ExportFormat)
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    help_text = capsys.readouterr().out
    assert "{html,pdf,md,docx,json,txt,ninjs}" in help_text
    assert "--ninjs-version {2.2,3.1}" in help_text


@pytest.mark.parametrize(
    "fmt", [ExportFormat.MD, ExportFormat.DOCX, ExportFormat.JSON, ExportFormat.TXT]
)
def test_every_file_format_export_reads_back(tmp_path: Path, fmt: ExportFormat) -> None:
    written = exporter().export(ARTICLE, [], fmt, tmp_path / fmt.file_name(ARTICLE.slug))
    back = read_file(written).article
    assert (back.headline, back.byline, back.dateline) == (
        ARTICLE.headline, ARTICLE.byline, ARTICLE.dateline)  # fmt: skip
    assert "## A new landing" in back.body
    assert list(tmp_path.iterdir()) == [written]  # nothing left beside it


def test_html_export_is_a_standalone_page(tmp_path: Path) -> None:
    written = exporter().export(ARTICLE, [], ExportFormat.HTML, tmp_path / "a.html")
    page = written.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and ARTICLE.headline in page


def test_a_failing_pdf_writer_leaves_the_earlier_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "ferry.pdf"
    target.write_bytes(b"%PDF the earlier export")
    seen: list[Path] = []

    def fail_halfway(html: str, path: Path, details: PdfDetails) -> None:
        seen.append(path)
        path.write_bytes(b"%PDF half")
        raise OSError("the disk is full")

    with pytest.raises(OSError, match="disk is full"):
        exporter(write_pdf=fail_halfway).export(ARTICLE, [], ExportFormat.PDF, target)

    assert target.read_bytes() == b"%PDF the earlier export"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind
    assert seen[0].name == "ferry.pdf" and seen[0].parent.parent == tmp_path


def test_a_pdf_is_written_through_the_injected_writer(tmp_path: Path) -> None:
    def write(html: str, path: Path, details: PdfDetails) -> None:
        path.write_text(f"{details.title}|{details.author}|{details.subject}\n{html}", "utf-8")

    target = tmp_path / "ferry.pdf"
    exporter(write_pdf=write).export(ARTICLE, [], ExportFormat.PDF, target)
    written = target.read_text(encoding="utf-8")
    assert ARTICLE.headline in written
    assert written.startswith(f"{ARTICLE.headline}|")  # the writer is told the title
    with pytest.raises(ExportError):
        exporter().export(ARTICLE, [], ExportFormat.PDF, tmp_path / "b.pdf")


def test_the_database_and_its_companions_are_never_overwritten(
    tmp_path: Path, database: Database
) -> None:
    files = database.files()
    keeper = exporter(never_overwrite=files)
    for kept in files:
        with pytest.raises(ExportError, match="open database"):
            keeper.export(ARTICLE, [], ExportFormat.TXT, kept)
    link = tmp_path / "link.sqlite"
    link.symlink_to(files[0])
    with pytest.raises(ExportError):
        keeper.export(ARTICLE, [], ExportFormat.TXT, link)


def test_export_onto_the_database_from_the_command_line_is_refused(
    db_path: Path, articles: ArticleService, capsys: pytest.CaptureFixture[str]
) -> None:
    stored = articles.create(ARTICLE)

    db = str(db_path)
    status = cli.main(["export", str(stored.id), "--format", "txt", "-o", db, "--db", db])

    assert status != 0
    error = capsys.readouterr().err
    assert error.startswith("deskeditor: ") and "open database" in error
    assert len(error.strip().splitlines()) == 1
    assert db_path.read_bytes().startswith(b"SQLite format 3\x00")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT headline FROM articles").fetchall() == [(ARTICLE.headline,)]
    conn.close()
