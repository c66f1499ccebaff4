"""Importing a file again in the window: the desk is asked, once for the batch, and
the summary puts what failed first, in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import ArticleQuery
from deskeditor.services.importing import Duplicate, ImportOutcome, OnDuplicate
from deskeditor.ui.dialogs.duplicate_import_dialog import DuplicateImportDialog
from deskeditor.ui.dialogs.import_summary_dialog import ImportSummaryDialog

WIRE = "Water main breaks on Elm Street\n\nA water main broke on Elm Street early Sunday.\n"


def run_import(qtbot: QtBot, desk: DeskeditorApp, paths: list[Path]) -> list[ImportOutcome]:
    finished: list[list[ImportOutcome]] = []
    desk.importer.import_paths(paths, finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    return finished[0]


@pytest.mark.parametrize(
    ("choice", "articles_after", "duplicate"),
    [(OnDuplicate.SKIP, 3, "skipped"), (OnDuplicate.REPLACE, 3, "replaced"),
     (OnDuplicate.COPY, 4, "copied")],
)  # fmt: skip
def test_a_file_imported_again_is_asked_about(
    qtbot: QtBot,
    desk: DeskeditorApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: OnDuplicate,
    articles_after: int,
    duplicate: str,
) -> None:
    """Re-importing the same file silently made a "-2" copy."""
    monkeypatch.setattr(ImportSummaryDialog, "ask", classmethod(lambda *a: False))
    asked: list[list[Duplicate]] = []

    def answer(cls: type, parent: object, duplicates: list[Duplicate]) -> OnDuplicate:
        asked.append(duplicates)
        return choice

    monkeypatch.setattr(DuplicateImportDialog, "ask", classmethod(answer))
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    [first] = run_import(qtbot, desk, [wire])
    assert asked == []  # nothing to ask the first time

    [again] = run_import(qtbot, desk, [wire])

    assert [[d.path for d in batch] for batch in asked] == [[wire]]
    assert asked[0][0].earlier.article_id == first.article_id
    assert again.duplicate == duplicate
    assert desk.articles.count(ArticleQuery()) == articles_after


def test_cancelling_the_question_imports_nothing(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportSummaryDialog, "ask", classmethod(lambda *a: False))
    monkeypatch.setattr(DuplicateImportDialog, "ask", classmethod(lambda *a: None))
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    run_import(qtbot, desk, [wire])
    desk.importer.import_paths([wire])
    qtbot.waitUntil(lambda: "Nothing imported" in desk.window.statusBar().currentMessage())
    assert desk.articles.count(ArticleQuery()) == 3


def test_the_summary_lists_failures_first_in_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One summary showed "PackageNotFoundError", after the files that came in."""
    from deskeditor.services.importing import import_files

    (tmp_path / "a-good.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b-broken.docx").write_text("not a Word file", encoding="utf-8")
    outcomes = import_files([tmp_path], None)
    dialog = ImportSummaryDialog(None, outcomes, False, None)
    qtbot.addWidget(dialog)
    heading = dialog.heading.text()
    assert heading.startswith("1 file") and heading.index("could not be imported") < 20
    report = dialog.report.toPlainText()
    assert report.index("b-broken.docx") < report.index("a-good.txt")
    assert "not a Word document" in report and "Error" not in report


def test_the_question_about_one_file_speaks_of_it(
    qtbot: QtBot, desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One file imported again was asked about as "Skip them … import them as copies"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(ImportSummaryDialog, "ask", classmethod(lambda *a: False))
    asked: list[list[Duplicate]] = []

    def answer(cls: type, parent: object, duplicates: list[Duplicate]) -> OnDuplicate:
        asked.append(duplicates)
        return OnDuplicate.SKIP

    monkeypatch.setattr(DuplicateImportDialog, "ask", classmethod(answer))
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    run_import(qtbot, desk, [wire])
    run_import(qtbot, desk, [wire])
    [[duplicate]] = asked

    def words(dialog: QMessageBox) -> str:
        qtbot.addWidget(dialog)
        buttons = " | ".join(b.text() for b in dialog.buttons())
        return f"{dialog.text()} {dialog.informativeText()} {buttons}"

    one = words(DuplicateImportDialog(desk.window, [duplicate]))
    assert "Imported before: 1 file." in one
    assert "&Skip it" in one and "import it as a copy?" in one and "them" not in one
    two = words(DuplicateImportDialog(desk.window, [duplicate, duplicate]))
    assert "&Skip them" in two and "import them as copies?" in two
