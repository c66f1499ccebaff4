"""Wire copy into the desk and back out: the source kept with the article, the
export found by the command line, and what the desk keeps when a file goes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from deskeditor.domain.article import ArticleQuery
from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import import_files
from deskeditor.storage.database import Database
from tests.standards import WIRE_DATA
from tests.test_cli import deskeditor


def test_an_imported_wire_item_keeps_its_document(tmp_path: Path, articles: ArticleService) -> None:
    [outcome] = import_files([WIRE_DATA / "ferry-3.1.json"], articles)
    assert outcome.ok and outcome.article_id is not None
    source = articles.source(outcome.article_id)
    assert source is not None
    assert source.format == "ninjs"
    assert source.document == (WIRE_DATA / "ferry-3.1.json").read_bytes()
    assert articles.source(outcome.article_id + 1000) is None


def test_a_folder_of_wire_files_imports_each_by_its_content(
    tmp_path: Path, articles: ArticleService
) -> None:
    for name in ("ferry-3.1.json", "ferry-2.2.json", "ferry-xhtml.xml", "entity-bomb.xml"):
        shutil.copy(WIRE_DATA / name, tmp_path / name)
    outcomes = {o.path.name: o for o in import_files([tmp_path], articles)}
    assert {n: o.format for n, o in outcomes.items()} == {
        "ferry-3.1.json": "ninjs",
        "ferry-2.2.json": "ninjs",
        "ferry-xhtml.xml": "newsml",
        "entity-bomb.xml": "newsml",
    }
    assert not outcomes["entity-bomb.xml"].ok
    assert "refused" in (outcomes["entity-bomb.xml"].error or "")
    assert articles.count(ArticleQuery()) == 3


def test_deleting_the_article_for_good_takes_its_source(
    database: Database, articles: ArticleService
) -> None:
    [outcome] = import_files([WIRE_DATA / "ferry-xhtml.xml"], articles)
    assert outcome.article_id is not None
    articles.purge(outcome.article_id)
    assert articles.source(outcome.article_id) is None


def test_the_command_line_exports_ninjs_of_either_version(tmp_path: Path) -> None:
    db = str(tmp_path / "desk.sqlite")
    imported = deskeditor("import", str(WIRE_DATA / "ferry-3.1.json"), "--db", db, "--json")
    assert imported.returncode == 0, imported.stderr
    [row] = json.loads(imported.stdout)
    assert row["format"] == "ninjs"
    for version, key in (("3.1", "versionCreated"), ("2.2", "versioncreated")):
        target = tmp_path / f"out-{version}.json"
        args = ["export", row["slug"], "--format", "ninjs", "-o", str(target), "--db", db]
        done = deskeditor(*args, "--ninjs-version", version)
        assert done.returncode == 0, done.stderr
        item = json.loads(target.read_text(encoding="utf-8"))
        assert key in item
        assert item["uri"] == "urn:newsml:example.org:20260301:ferry-returns"
        assert item["language"] == "en-GB"
        assert item["standard"]["version"] == version
    default = tmp_path / "default.json"
    done = deskeditor("export", row["slug"], "--format", "ninjs", "-o", str(default), "--db", db)
    assert done.returncode == 0
    assert json.loads(default.read_text(encoding="utf-8"))["standard"]["version"] == "3.1"
    wrong = deskeditor("export", row["slug"], "--format", "ninjs", "-o", str(default),
                       "--db", db, "--ninjs-version", "1.6")  # fmt: skip
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
