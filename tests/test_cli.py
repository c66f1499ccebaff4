"""The command line as scripts and users meet it: in-process through ``cli.main``,
and through the real entry point in a few smoke tests."""

from __future__ import annotations

import io
import json
import logging
import os
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from deskeditor import __version__
from deskeditor.cli import main


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def deskeditor(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run the command line in this process, as a script would see it."""
    out, err = io.StringIO(), io.StringIO()
    saved = {name: os.environ.get(name) for name in env or {}}
    os.environ.update(env or {})
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as done:  # argparse: --help, --version, usage errors
                code = done.code if isinstance(done.code, int) else 1
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return Result(code, out.getvalue(), err.getvalue())


def entry_point(*args: str) -> Result:
    """Run the real ``python -m deskeditor`` in a subprocess (start-up smoke tests)."""
    done = subprocess.run(
        [sys.executable, "-m", "deskeditor", *args], capture_output=True, text=True, timeout=120
    )
    return Result(done.returncode, done.stdout, done.stderr)


def assert_one_line_error(result: Result, fragment: str) -> None:
    assert result.returncode != 0
    assert result.stderr.startswith("deskeditor: ")
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_version() -> None:
    result = entry_point("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"deskeditor {__version__}"


def test_demo_screenshot_is_a_1440_by_900_png_of_the_list(tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    result = entry_point("--demo", "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1440, 900)
    colours = {image.pixel(x, y) for x in range(0, 1440, 40) for y in range(0, 400, 20)}
    assert len(colours) > 3  # a rendered list, not a blank window
    assert not list(
        Path(os.environ["XDG_DATA_HOME"]).rglob("*.sqlite")
    )  # demo never touches real data


def test_screenshot_of_a_new_database_creates_it(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    result = entry_point("--db", str(db), "--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_database_path_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    result = deskeditor("db", "upgrade", env={"DESKEDITOR_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_default_database_lives_in_the_data_folder() -> None:
    result = deskeditor("db", "upgrade")
    assert result.returncode == 0, result.stderr
    created = list(Path(os.environ["XDG_DATA_HOME"]).rglob("deskeditor.sqlite"))
    assert len(created) == 1


@pytest.mark.parametrize(
    ("db_arg", "fragment"),
    [("/no/such/folder/desk.sqlite", "does not exist"), (".", "is a folder")],
)
def test_bad_db_path_gives_one_clear_line(tmp_path: Path, db_arg: str, fragment: str) -> None:
    result = deskeditor("--db", db_arg, "--screenshot", str(tmp_path / "s.png"))
    assert_one_line_error(result, fragment)
    assert not (tmp_path / "s.png").exists()


def test_a_corrupt_database_is_reported_and_kept(tmp_path: Path) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"\x00garbage" * 500)
    result = entry_point("--db", str(db), "--screenshot", str(tmp_path / "s.png"))
    assert_one_line_error(result, "not a readable Deskeditor database")
    assert db.read_bytes() == b"\x00garbage" * 500


def test_db_check_backup_and_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    assert deskeditor("--db", str(db), "db", "upgrade").returncode == 0
    check = deskeditor("db", "check", "--db", str(db))
    assert check.returncode == 0 and check.stdout.strip().endswith(": ok")

    backup = deskeditor("db", "backup", "--db", str(db))
    assert backup.returncode == 0
    assert Path(backup.stdout.strip()).exists()

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    refused = deskeditor("db", "upgrade", "--db", str(db))
    assert_one_line_error(refused, "newer version of Deskeditor")


def test_db_check_on_a_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(
        deskeditor("db", "check", "--db", str(tmp_path / "x.sqlite")), "does not exist"
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    from deskeditor.resources import resource_path
    from deskeditor.services.demo import seed_demo
    from deskeditor.storage.database import open_database

    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    seed_demo(db.unit_of_work, resource_path("demo", "articles.json"))
    db.close()
    return path


def test_export_html_by_slug_is_a_standalone_page(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "ferry.html"
    slug = "millbrook-ferry-returns-after-two-year-repair"
    result = deskeditor("export", slug, "--format", "html", "-o", str(target), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "Millbrook ferry returns after two-year repair" in page
    assert "This time it will find something that stays put." in page  # the pull quote
    assert "http" not in page.split("<body>")[1]  # nothing to fetch


def test_export_pdf_by_id(qapp: QApplication, demo_db: Path, tmp_path: Path) -> None:
    # qapp: in this process Qt's application object is pytest-qt's QApplication.
    target = tmp_path / "a.pdf"
    result = deskeditor("--db", str(demo_db), "export", "1", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000


def test_export_of_a_missing_article_is_one_clear_line(demo_db: Path, tmp_path: Path) -> None:
    result = deskeditor(
        "export",
        "no-such-slug",
        "--format",
        "html",
        "-o",
        str(tmp_path / "x.html"),
        "--db",
        str(demo_db),
    )
    assert_one_line_error(result, "no-such-slug does not exist")
    assert not (tmp_path / "x.html").exists()


CHECK_KEYS = {
    "id",
    "severity",
    "message",
    "field",
    "line",
    "column",
    "start",
    "end",
    "excerpt",
    "fix",
}


def test_check_json_contract_and_exit_status(tmp_path: Path) -> None:
    copy = tmp_path / "story.md"
    copy.write_text("# Council votes\n\nFirst line.\nThe the council  voted.\n", encoding="utf-8")
    result = deskeditor("check", str(copy), "--json")
    assert result.returncode == 1, result.stderr  # an error was found
    rows = json.loads(result.stdout)
    assert all(set(row) == CHECK_KEYS for row in rows)
    repeated = next(r for r in rows if r["id"] == "words.repeated")
    assert (repeated["field"], repeated["line"], repeated["column"]) == ("body", 2, 1)
    assert (repeated["start"], repeated["end"], repeated["fix"]) == (12, 19, "The")
    assert repeated["severity"] == "error" and "The the" in repeated["excerpt"]


def test_check_clean_copy_exits_zero_and_bad_usage_two(tmp_path: Path, demo_db: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Ferry returns\n\nThe ferry crossed the river on Monday.\n", encoding="utf-8")
    ok = deskeditor("check", str(clean))
    assert ok.returncode == 0 and "no findings" in ok.stdout
    assert deskeditor("check").returncode == 2
    assert deskeditor("check", str(clean), "--article", "1").returncode == 2
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00binary")
    assert_one_line_error(deskeditor("check", str(binary)), "binary file")
    stored = deskeditor("check", "--article", "1", "--db", str(demo_db), "--json")
    rows = json.loads(stored.stdout)
    assert isinstance(rows, list) and all(set(row) == CHECK_KEYS for row in rows)
    errors = any(row["severity"] == "error" for row in rows)
    assert stored.returncode == (1 if errors else 0), stored.stderr  # 1 only for errors


IMPORT_KEYS = {
    "path", "format", "ok", "error", "id", "slug", "section", "kicker", "headline", "dek", "byline",
    "dateline", "body", "paragraphs", "pull_quote_candidates", "corrections_email", "warnings",
    "duplicate",
}  # fmt: skip


def test_import_json_contract_dry_run_and_store(tmp_path: Path) -> None:
    copy = tmp_path / "wire.txt"
    copy.write_text(
        "Politics /\n\nCouncil splits on Market Street\n\nShop owners fear lost trade\n\n"
        "By Daniel Osei\n\nMILLBROOK — The council voted 4-3 on Tuesday night.\n\n"
        "“People do not walk six blocks carrying a lawnmower,” said Glen Paterson.\n\n"
        "*For corrections please email corrections@example.com*\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.md").write_text("")
    db = tmp_path / "desk.sqlite"
    dry = deskeditor("import", str(tmp_path), "--dry-run", "--json", "--db", str(db))
    rows = json.loads(dry.stdout)
    assert dry.returncode == 1  # one file failed
    assert all(set(row) == IMPORT_KEYS for row in rows)
    wire = next(r for r in rows if r["path"].endswith("wire.txt"))
    assert (wire["ok"], wire["id"], wire["format"]) == (True, None, "text")
    assert (wire["section"], wire["dek"], wire["byline"], wire["dateline"]) == (
        "Politics", "Shop owners fear lost trade", "By Daniel Osei", "MILLBROOK —")  # fmt: skip
    assert wire["paragraphs"] == 2 and wire["corrections_email"] == "corrections@example.com"
    assert wire["pull_quote_candidates"] == ["People do not walk six blocks carrying a lawnmower."]
    empty = next(r for r in rows if r["path"].endswith("empty.md"))
    assert (empty["ok"], empty["error"], empty["headline"]) == (False, "the file is empty", None)
    assert not db.exists()

    stored = deskeditor("import", str(copy), "--json", "--db", str(db))
    assert stored.returncode == 0, stored.stderr
    [row] = json.loads(stored.stdout)
    assert isinstance(row["id"], int) and row["slug"] == "council-splits-on-market-street"


@pytest.mark.parametrize("fmt", ["md", "docx", "json", "txt"])
def test_export_then_import_gives_the_same_fields(demo_db: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"ferry.{fmt}"
    slug = "millbrook-ferry-returns-after-two-year-repair"
    result = deskeditor("export", slug, "--format", fmt, "-o", str(target), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    [row] = json.loads(deskeditor("import", str(target), "--dry-run", "--json").stdout)
    assert row["ok"], row["error"]
    assert row["headline"] == "Millbrook ferry returns after two-year repair"
    assert row["byline"] == "By Clara Hemming" and row["dateline"] == "MILLBROOK —"
    assert row["body"].startswith("The ferry Juniper crossed the Wend River")
    assert "## A new landing" in row["body"]


INBOX_KEYS = {"source", "message_id", "request_id", "outcome", "article", "confidence",
              "evidence", "quoted_phrase", "error"}  # fmt: skip


def test_inbox_import_list_and_export(demo_db: Path, tmp_path: Path) -> None:
    from deskeditor.resources import resource_path

    mail = str(resource_path("demo", "mail"))
    result = deskeditor("inbox", "import", mail, "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert all(set(r) == INBOX_KEYS for r in rows)
    assert [r["outcome"] for r in rows] == ["new", "new", "new", "thread"]
    assert set(rows[1]["article"]) == {"id", "slug", "headline"}
    # The follow-up (04) joined the request of the message it answers (01): its
    # request_id is that request's, the one `inbox list` shows, not a row of its own.
    assert rows[3]["request_id"] == rows[0]["request_id"]
    again = json.loads(deskeditor("inbox", "import", mail, "--db", str(demo_db), "--json").stdout)
    assert {r["outcome"] for r in again} == {"duplicate"}
    assert [r["request_id"] for r in again] == [r["request_id"] for r in rows]
    listed = json.loads(
        deskeditor("inbox", "list", "--status", "new", "--json", "--db", str(demo_db)).stdout
    )
    assert len(listed) == 3
    assert {r["request_id"] for r in rows} == {r["id"] for r in listed}
    assert next(r for r in listed if r["id"] == rows[0]["request_id"])["messages"] == 2
    target = tmp_path / "ledger.csv"
    assert (
        deskeditor(
            "inbox", "export", "--format", "csv", "-o", str(target), "--db", str(demo_db)
        ).returncode
        == 0
    )
    assert target.read_text().startswith("request,status")
    missing = deskeditor(
        "inbox", "import", str(tmp_path / "nope.mbox"), "--db", str(demo_db), "--json"
    )
    assert missing.returncode == 1 and json.loads(missing.stdout)[0]["outcome"] == "error"


def test_a_warning_after_a_command_never_touches_its_closed_stderr(tmp_path: Path) -> None:
    """In-process callers (scripts, these tests) swap standard error round a command
    and close it after: a warning logged later by a worker must not write to it."""
    late = logging.getLogger("deskeditor.worker")
    gone = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # as pytest's capture is
    with redirect_stderr(gone), redirect_stdout(io.StringIO()):
        assert main(["article", "list", "--db", str(tmp_path / "none.db")]) == 2  # no such desk
        late.warning("after the command")
    gone.close()
    late.warning("after its stream was closed")  # raised "I/O operation on closed file"
