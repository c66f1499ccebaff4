"""File → Export writes the open article as typed; the database is never a target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from deskeditor.app import DeskeditorApp
from deskeditor.formats.registry import read_file
from deskeditor.services.exporting import ExportFormat
from deskeditor.services.importing import import_files
from deskeditor.ui.dialogs import messages
from tests.standards import WIRE_DATA
from tests.ui.workspace import editing, stored


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    suggested: list[str] = []

    def choose(parent: QWidget | None, title: str, start: str, file_filter: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    return suggested


@pytest.mark.parametrize(
    "fmt", [ExportFormat.DOCX, ExportFormat.MD, ExportFormat.JSON, ExportFormat.NINJS]
)
def test_export_writes_what_is_typed_even_before_it_is_saved(
    desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: ExportFormat
) -> None:
    target = tmp_path / f"out{fmt.suffix}"
    suggested = answer_save_dialog(monkeypatch, target)
    desk.editor.fields["headline"].setText("Council splits, then reunites")
    desk.editor.body.setPlainText("The vote was 4-3, then 7-0.")
    desk.window.window_actions.export[fmt].trigger()
    assert suggested == [f"council-splits-on-market-street{fmt.suffix}"]
    article = read_file(target).article
    assert (article.headline, article.body) == (
        "Council splits, then reunites",
        "The vote was 4-3, then 7-0.",
    )
    assert str(target) in desk.window.statusBar().currentMessage()


def test_exporting_onto_the_open_database_is_refused(
    desk: DeskeditorApp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, db_path)
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warnings.append(text))
    before = db_path.read_bytes()[:16]
    desk.window.window_actions.export[ExportFormat.HTML].trigger()
    assert warnings and "database" in warnings[0]
    assert db_path.read_bytes()[:16] == before == b"SQLite format 3\x00"


def test_a_wire_article_goes_back_out_as_the_item_it_came_as(
    desk: DeskeditorApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [outcome] = import_files([WIRE_DATA / "ferry-3.1.json"], stored(desk))
    assert outcome.article_id is not None
    editing(desk).open_article(outcome.article_id)
    target = tmp_path / "out.json"
    suggested = answer_save_dialog(monkeypatch, target)
    desk.window.window_actions.export[ExportFormat.NINJS].trigger()
    assert suggested == ["ferry-returns.json"]
    item = json.loads(target.read_text(encoding="utf-8"))
    assert item["uri"] == "urn:newsml:example.org:20260301:ferry-returns"
    assert item["standard"]["version"] == "3.1"
    assert item["headlines"][0] == {
        "role": "main",
        "value": "Island ferry returns after three-week repair",
    }
