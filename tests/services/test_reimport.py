"""The same copy imported again is recognised by the hash of its bytes: an interrupted
import resumes where it stopped, and a re-import skips, replaces or copies as asked."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from deskeditor.domain.article import ArticleQuery, RevisionReason
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database
from tests.test_cli import deskeditor

FILES = 400


def write_copy(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"story-{n:04}.txt"
        path.write_text(
            f"Ferry story number {n}\n\nThe ferry crossed the river for the {n}th time.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def count_articles(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_an_interrupted_import_resumes_without_making_anything_twice(tmp_path: Path) -> None:
    """kill -9 during a 5,000-file import left 2,388 articles; running it again made 7,388."""
    folder, db = tmp_path / "copy", tmp_path / "desk.sqlite"
    write_copy(folder, FILES)
    open_database(db).close()
    process = subprocess.Popen(
        [sys.executable, "-m", "deskeditor", "import", str(folder), "--json", "--db", str(db)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    reported = []
    lines: list[str] = []
    for line in process.stdout:  # the JSON comes out as each file is stored
        lines.append(line)
        if line.rstrip() == " }":  # one element complete
            reported.append(json.loads("".join(lines).lstrip("[\n,")))
            lines = []
            if len(reported) == 50:
                break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    interrupted = count_articles(db)
    assert 50 <= len(reported) <= interrupted < FILES

    again = deskeditor("import", str(folder), "--json", "--db", str(db))

    assert again.returncode == 0, again.stderr
    rows = json.loads(again.stdout)
    assert count_articles(db) == FILES  # each file exactly once
    assert sum(r["duplicate"] == "skipped" for r in rows) == interrupted
    assert sum(r["duplicate"] is None for r in rows) == FILES - interrupted


def test_reimporting_a_file_skips_it_by_default_and_says_so(tmp_path: Path) -> None:
    [path] = write_copy(tmp_path / "copy", 1)
    db = str(tmp_path / "desk.sqlite")
    first = deskeditor("import", str(path), "--db", db)
    renamed = path.with_name("same-copy-other-name.txt")
    renamed.write_bytes(path.read_bytes())

    again = deskeditor("import", str(path), str(renamed), "--db", db)

    assert first.returncode == again.returncode == 0
    lines = again.stdout.splitlines()
    assert all("skipped, already imported as ferry-story-number-0" in line for line in lines[:2])
    assert count_articles(Path(db)) == 1


def test_replace_takes_the_files_copy_as_a_new_revision_of_its_article(tmp_path: Path) -> None:
    [path] = write_copy(tmp_path / "copy", 1)
    db = tmp_path / "desk.sqlite"
    [row] = json.loads(deskeditor("import", str(path), "--json", "--db", str(db)).stdout)
    database = open_database(db)
    articles = ArticleService(database.unit_of_work)
    edited = articles.save(articles.get(row["id"]).replace(body="Edited on the desk."))

    result = deskeditor("import", str(path), "--on-duplicate", "replace", "--json", "--db", str(db))

    [again] = json.loads(result.stdout)
    assert (again["id"], again["duplicate"]) == (row["id"], "replaced")
    stored = articles.get(row["id"])
    assert stored.body == "The ferry crossed the river for the 0th time."
    assert stored.slug == edited.slug
    reasons = [(r.reason, r.snapshot["body"]) for r in articles.revisions(row["id"])]
    assert reasons[0][0] is RevisionReason.IMPORT
    assert "Edited on the desk." in [body for _, body in reasons]  # the edit is kept
    database.close()


def test_copy_imports_it_again_beside_the_first(tmp_path: Path) -> None:
    [path] = write_copy(tmp_path / "copy", 1)
    db = tmp_path / "desk.sqlite"
    deskeditor("import", str(path), "--db", str(db))
    result = deskeditor("import", str(path), "--on-duplicate", "copy", "--json", "--db", str(db))
    [row] = json.loads(result.stdout)
    assert (row["duplicate"], row["slug"]) == ("copied", "ferry-story-number-0-2")
    database = open_database(db)
    assert ArticleService(database.unit_of_work).count(ArticleQuery()) == 2
    database.close()
