"""Watched wire folders: a file is read once it has settled, once by content,
moved or left as chosen, and a bad file stops nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deskeditor.domain.article import ArticleQuery
from deskeditor.services.articles import ArticleService
from deskeditor.services.wire_folders import WireFolders
from deskeditor.storage.database import Database
from tests.standards import WIRE_DATA

COPY = "Ferry returns\n\nThe ferry crossed the river on Monday for the first time in two years.\n"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def watcher(database: Database, folder: Path, clock: Clock, move: bool = False) -> WireFolders:
    articles = ArticleService(database.unit_of_work)
    return WireFolders(database.unit_of_work, articles, [folder], move, settle=2.0, clock=clock)


def test_a_file_still_being_written_waits_until_it_settles(
    database: Database, tmp_path: Path
) -> None:
    clock = Clock()
    wire = watcher(database, tmp_path, clock)
    story = tmp_path / "ferry.txt"
    story.write_text("Ferry returns\n\nThe ferry crossed", encoding="utf-8")
    assert wire.import_ready() == []  # first seen
    clock.now += 1.5
    with story.open("a", encoding="utf-8") as growing:
        growing.write(" the river on Monday for the first time in two years.\n")
    assert wire.import_ready() == []  # it changed: the wait starts again
    clock.now += 1.5
    assert wire.import_ready() == []
    clock.now += 1.0
    [outcome] = wire.import_ready()
    assert outcome.ok and outcome.imported is not None
    assert outcome.imported.article.body.endswith("for the first time in two years.")


def test_the_same_copy_is_imported_once_and_changed_copy_again(
    database: Database, tmp_path: Path
) -> None:
    clock = Clock()
    wire = watcher(database, tmp_path, clock)
    (tmp_path / "a.txt").write_text(COPY, encoding="utf-8")
    (tmp_path / "a.txt.part").write_text(COPY + "x", encoding="utf-8")  # still being sent
    wire.import_ready()
    clock.now += 3
    assert len(wire.import_ready()) == 1
    shutil.copy(tmp_path / "a.txt", tmp_path / "b.txt")  # the same bytes under a new name
    (tmp_path / "a.txt").touch()
    for _ in range(3):
        clock.now += 3
        assert wire.import_ready() == []
    (tmp_path / "a.txt").write_text(COPY + "\nUpdated at noon.\n", encoding="utf-8")
    clock.now += 3
    wire.import_ready()
    clock.now += 3
    assert [o.path.name for o in wire.import_ready()] == ["a.txt"]
    articles = ArticleService(database.unit_of_work)
    assert articles.count(ArticleQuery()) == 2


def test_moved_when_chosen_and_bad_files_reported_once(database: Database, tmp_path: Path) -> None:
    clock = Clock()
    wire = watcher(database, tmp_path, clock, move=True)
    shutil.copy(WIRE_DATA / "ferry-3.1.json", tmp_path / "ferry.json")
    shutil.copy(WIRE_DATA / "entity-bomb.xml", tmp_path / "bomb.xml")
    wire.import_ready()
    clock.now += 3
    outcomes = {o.path.name: o for o in wire.import_ready()}
    assert outcomes["ferry.json"].ok and outcomes["ferry.json"].format == "ninjs"
    assert not outcomes["bomb.xml"].ok and "refused" in (outcomes["bomb.xml"].error or "")
    assert (tmp_path / "imported" / "ferry.json").exists()
    assert not (tmp_path / "ferry.json").exists()
    assert (tmp_path / "bomb.xml").exists()  # a bad file stays where it is
    clock.now += 3
    wire.import_ready()
    clock.now += 3
    assert wire.import_ready() == []  # and is not reported again until it changes
    article_id = outcomes["ferry.json"].article_id
    assert article_id is not None
    source = ArticleService(database.unit_of_work).source(article_id)
    assert source is not None and source.format == "ninjs"


def test_import_watch_runs_headless_until_interrupted(tmp_path: Path) -> None:
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "wire"
    folder.mkdir()
    db = tmp_path / "desk.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-m", "deskeditor", "import", "--watch", str(folder), "--json",
         "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"},
        # as a terminal starts it: Ctrl+C delivered, even when this run was started
        # in the background (which leaves SIGINT ignored, and children inherit that)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        assert process.stderr is not None and process.stdout is not None
        assert "watching" in process.stderr.readline()
        shutil.copy(WIRE_DATA / "ferry-xhtml.xml", folder / "ferry.xml")
        line = process.stdout.readline()  # once it has settled, about two seconds
        row = json.loads(line)
        assert (row["format"], row["ok"]) == ("newsml", True)
        assert row["headline"] == "Island ferry returns after three-week repair"
    finally:
        process.send_signal(signal.SIGINT)
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if process.poll() is None:  # stuck: its threads' stacks (faulthandler) say where
            process.send_signal(signal.SIGABRT)
            _, stuck = process.communicate(timeout=30)
            pytest.fail(f"import --watch did not stop on Ctrl+C:\n{stuck}")
    assert process.returncode == 130
