"""`deskeditor article list|show|set|status`: the scripting surface of the workflow,
and the gate without a window."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import IMPORT_KEYS, assert_one_line_error, demo_db, deskeditor  # noqa: F401

IMPORT_ONLY = {"path", "format", "ok", "error", "paragraphs", "pull_quote_candidates",
               "corrections_email", "warnings", "duplicate"}  # fmt: skip


def show(db: Path, ref: str) -> dict[str, object]:
    result = deskeditor("article", "show", ref, "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_list_filters_and_names_the_contract_keys(demo_db: Path) -> None:  # noqa: F811
    every = json.loads(deskeditor("article", "list", "--db", str(demo_db), "--json").stdout)
    assert len(every) == 14
    assert all(
        set(row) == {"id", "uid", "slug", "section", "headline", "status", "updated", "words"}
        for row in every
    )
    ready = deskeditor(
        "article",
        "list",
        "--status",
        "ready",
        "--section",
        "Opinion",
        "--db",
        str(demo_db),
        "--json",
    )
    assert [r["slug"] for r in json.loads(ready.stdout)] == ["keep-the-library-open-on-sundays"]
    text = deskeditor("article", "list", "--status", "published", "--db", str(demo_db))
    assert text.returncode == 0 and "millbrook-ferry-returns-after-two-year-repair" in text.stdout
    assert (
        deskeditor("article", "list", "--status", "nonsense", "--db", str(demo_db)).returncode == 2
    )


def test_show_has_every_field(demo_db: Path) -> None:  # noqa: F811
    data = show(demo_db, "millbrook-ferry-returns-after-two-year-repair")
    expected = (IMPORT_KEYS - IMPORT_ONLY) | {
        "id", "uid", "status", "version", "updated", "pull_quotes", "notices",
        "editorial_note", "language", "created", "published", "deleted",
    }  # fmt: skip
    assert set(data) == expected
    assert data["status"] == "published" and isinstance(data["version"], int)
    assert data == show(demo_db, str(data["id"]))  # by id or by slug
    missing = deskeditor("article", "show", "no-such-slug", "--db", str(demo_db))
    assert_one_line_error(missing, "does not exist")
    assert missing.returncode == 1


def test_set_stores_a_revision_by_the_author_or_refuses_everything(
    demo_db: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    body = tmp_path / "body.md"
    body.write_text("The school board voted on Monday.\n\nBuses remain the obstacle.\n")
    done = deskeditor(
        "article", "set", "7", "dek=Buses are the obstacle", "--body-file", str(body),
        "--author", "Rosa Diaz", "--db", str(demo_db), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["dek"] == "Buses are the obstacle" and data["body"].startswith("The school board")
    from deskeditor.services.articles import ArticleService
    from deskeditor.storage.database import open_database

    db = open_database(demo_db)
    [latest, *_] = ArticleService(db.unit_of_work).revisions(7)
    db.close()
    assert (latest.author, latest.snapshot["dek"]) == ("Rosa Diaz", "Buses are the obstacle")

    before = show(demo_db, "7")
    for bad in (
        ["nonsense=1"],
        ["status=published"],
        ["headline=Two\nlines"],
        ["slug=Not A Slug"],
        ["headline=" + "x" * 600],
        ["dek=fine", "nonsense=1"],  # one bad field: nothing at all changes
        ["headline"],
        [],
    ):
        refused = deskeditor("article", "set", "7", *bad, "--db", str(demo_db))
        assert refused.returncode == 2, bad
        assert_one_line_error(refused, "")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9".encode("latin-1"))
    bad_file = deskeditor("article", "set", "7", "--body-file", str(latin1), "--db", str(demo_db))
    assert bad_file.returncode == 2 and "not UTF-8" in bad_file.stderr
    assert show(demo_db, "7") == before


def test_status_is_gated_like_the_window(demo_db: Path) -> None:  # noqa: F811
    db = ["--db", str(demo_db)]
    flawed = deskeditor("article", "set", "13", "byline=", "body=The the band plays.", *db)
    assert flawed.returncode == 0, flawed.stderr
    refused = deskeditor("article", "status", "13", "published", *db)
    assert refused.returncode == 1
    assert "body:1:1: error:" in refused.stdout and "[words.repeated]" in refused.stdout
    assert "byline:1:1: error: A published article needs a byline." in refused.stdout
    assert_one_line_error(refused, "--override REASON")
    assert "errors stand in" in refused.stderr and "(s)" not in refused.stderr
    assert show(demo_db, "13")["status"] == "draft"

    as_json = deskeditor("article", "status", "13", "ready", *db, "--json")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and report["changed"] is False
    assert {b["id"] for b in report["blocking"]} >= {"words.repeated", "structure.missing-field"}

    done = deskeditor(
        "article", "status", "13", "published", "--override", "Desk chief approved", *db, "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "published"
    back = deskeditor("article", "status", "13", "draft", *db)  # going back never asks
    assert back.returncode == 0 and "published → draft" in back.stdout

    from deskeditor.services.articles import ArticleService
    from deskeditor.storage.database import open_database

    database = open_database(demo_db)
    reasons = [
        (r.reason.value, r.note) for r in ArticleService(database.unit_of_work).revisions(13)
    ]
    database.close()
    assert reasons[:2] == [
        ("status change", "published → draft"),
        ("publish override", "Desk chief approved"),
    ]
    nowhere = deskeditor("article", "status", "13", "corrected", *db)
    assert nowhere.returncode == 1 and "cannot go from draft to corrected" in nowhere.stderr
