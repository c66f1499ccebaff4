"""`deskeditor revisions [restore]`, `diff` and `queries`: the history for scripts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from deskeditor.domain.article import Article
from deskeditor.domain.queries import QueryChanges, new_query
from tests.test_cli import assert_one_line_error, deskeditor

FILED = Article(headline="Ferry returns", body="The ferry is back after 2 years.")


@pytest.fixture
def desk(db_path: Path) -> Path:
    """An article filed, edited twice (a no-break space among the edits), and queried."""
    from deskeditor.services.articles import ArticleService
    from deskeditor.storage.database import open_database

    db = open_database(db_path)
    service = ArticleService(db.unit_of_work, author="Ann")
    article = service.create(FILED)
    edited = service.save(article.replace(body="The ferry is back after two\u00a0years."))
    service.author = "Bo"
    edited = service.save(edited.replace(headline="Ferry returns at last"))
    at = edited.body.index("ferry")
    query = new_query("body", at, at + 5, edited.body, "Bo", "Which one?", datetime.now(UTC))
    resolved = new_query("headline", 0, 5, edited.headline, "Bo", "Fine?", datetime.now(UTC))
    resolved = resolved.resolved("Ann", datetime.now(UTC))
    service.save(edited, queries=QueryChanges((query, resolved)))
    db.close()
    return db_path


def run_json(*args: str) -> Any:
    result = deskeditor(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_revisions_lists_the_contract_keys_oldest_first(desk: Path) -> None:
    rows = run_json("revisions", "ferry-returns-at-last", "--json", "--db", str(desk))
    assert isinstance(rows, list) and len(rows) == 4
    assert all(set(r) == {"id", "time", "author", "reason", "summary", "fields"} for r in rows)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)  # ids grow with time
    assert [r["author"] for r in rows] == ["Ann", "Ann", "Bo", "Bo"]
    assert rows[0]["fields"]["body"] == FILED.body
    assert rows[1]["fields"]["body"] == "The ferry is back after two\u00a0years."
    assert "body +1 −1 words" in rows[1]["summary"]
    text = deskeditor("revisions", "1", "--db", str(desk))
    assert text.returncode == 0 and len(text.stdout.splitlines()) == 4


def test_diff_json_runs_rebuild_both_sides(desk: Path) -> None:
    runs = run_json("diff", "1", "--format", "json", "--db", str(desk))
    assert isinstance(runs, list)
    assert all(set(r) == {"field", "op", "text"} for r in runs)
    body = [r for r in runs if r["field"] == "body"]
    before = "".join(r["text"] for r in body if r["op"] != "insert")
    after = "".join(r["text"] for r in body if r["op"] != "delete")
    assert (before, after) == (FILED.body, "The ferry is back after two\u00a0years.")
    one_step = run_json(
        "diff", "1", "--from", "2", "--to", "3", "--format", "json", "--db", str(desk)
    )
    assert {r["field"] for r in one_step if r["op"] != "equal"} == {"headline", "slug"}


def test_diff_text_and_html_mark_the_no_break_space(desk: Path) -> None:
    text = deskeditor("diff", "1", "--db", str(desk))
    assert text.returncode == 0
    assert "The ferry is back after [-2 -]{+two⍽+}years." in text.stdout.splitlines()
    page = deskeditor("diff", "1", "--format", "html", "--db", str(desk))
    assert page.stdout.startswith("<!DOCTYPE html>")
    assert 'title="no-break space"' in page.stdout and "Changes by Ann, Bo" in page.stdout


def test_bad_revisions_are_refused_in_one_line(desk: Path) -> None:
    assert_one_line_error(deskeditor("diff", "1", "--from", "x", "--db", str(desk)), "revision id")
    missing = deskeditor("diff", "1", "--to", "999", "--db", str(desk))
    assert missing.returncode == 1
    assert_one_line_error(missing, "revision 999 of article 1 does not exist")
    usage = deskeditor("revisions", "1", "2", "--db", str(desk))
    assert usage.returncode == 2


def test_restore_adds_a_revision_and_keeps_every_other(desk: Path) -> None:
    result = deskeditor("revisions", "restore", "1", "1", "--field", "body", "--db", str(desk))
    assert result.returncode == 0, result.stderr
    shown = run_json("article", "show", "1", "--json", "--db", str(desk))
    assert isinstance(shown, dict)
    assert (shown["body"], shown["headline"]) == (FILED.body, "Ferry returns at last")
    rows = run_json("revisions", "1", "--json", "--db", str(desk))
    assert isinstance(rows, list) and len(rows) == 5 and rows[-1]["reason"] == "restore"
    bad = deskeditor("revisions", "restore", "1", "1", "--field", "status", "--db", str(desk))
    assert bad.returncode == 2


def test_queries_lists_open_and_resolved(desk: Path) -> None:
    every = run_json("queries", "1", "--json", "--db", str(desk))
    assert isinstance(every, list) and len(every) == 2
    first = every[0]
    assert (first["field"], first["anchored_text"], first["text"], first["resolved"]) == (
        "body",
        "ferry",
        "Which one?",
        False,
    )
    assert len(str(first["uid"])) == 36
    open_only = run_json("queries", "1", "--json", "--open", "--db", str(desk))
    assert [q["text"] for q in open_only] == ["Which one?"]
    text = deskeditor("queries", "1", "--db", str(desk))
    assert "Q2 [resolved by Ann] headline “Ferry”" in text.stdout
