"""`deskeditor desk …`: the shared desk from the command line, against a real
PostgreSQL; its --json outputs are contracts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.pgserver import Desk, needs_postgres, postgres
from tests.test_cli import deskeditor

pytestmark = [postgres, needs_postgres]


def test_a_chief_sets_up_a_desk_and_an_editor_joins_it(
    tmp_path: Path, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    chief_db, editor_db = str(tmp_path / "chief.sqlite"), str(tmp_path / "editor.sqlite")
    made = deskeditor("desk", "init", desk.url(), "--name", "Carla Chief")
    assert made.returncode == 0 and "is its chief" in made.stdout
    joined = deskeditor("desk", "join", desk.url(), "--db", chief_db, "--name", "Carla")
    assert joined.returncode == 0, joined.stderr
    login = desk.login_name("ed")
    monkeypatch.setattr("sys.stdin", io.StringIO("ed-secret-pass\n"))
    added = deskeditor("desk", "person", "add", login, "--role", "copy-editor", "--db", chief_db)
    assert added.returncode == 0 and "password" not in added.stdout
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    generated = deskeditor("desk", "person", "add", desk.login_name("rep"), "--role", "reporter",
                           "--db", chief_db)  # fmt: skip
    assert "password (shown once): " in generated.stdout

    url = desk.url(login)
    joined = deskeditor("desk", "join", url, "--db", editor_db, "--name", "Ed",
                        env={"PGPASSWORD": "ed-secret-pass"})  # fmt: skip
    assert joined.returncode == 0, joined.stderr
    created = deskeditor("article", "set", "1", "headline=x", "--db", editor_db)
    assert created.returncode == 1  # nothing there yet
    (tmp_path / "story.txt").write_text("Ferry returns\n\nThe otters are back.\n")
    assert deskeditor("import", str(tmp_path / "story.txt"), "--db", chief_db).returncode == 0
    synced = deskeditor("desk", "sync", "--json", "--db", chief_db)
    assert set(json.loads(synced.stdout)) >= {"pushed", "pulled", "conflicts", "seconds"}
    assert json.loads(synced.stdout)["pushed"] >= 2

    env = {"PGPASSWORD": "ed-secret-pass", "DESKEDITOR_DB": editor_db}
    pulled = json.loads(deskeditor("desk", "sync", "--json", env=env).stdout)
    assert pulled["pulled"] >= 2 and pulled["conflicts"] == 0
    [row] = json.loads(deskeditor("article", "list", "--json", "--db", editor_db).stdout)
    uid = row["uid"]
    shown = json.loads(deskeditor("article", "show", uid, "--json", "--db", chief_db).stdout)
    assert (shown["uid"], shown["headline"]) == (uid, "Ferry returns")

    status = json.loads(deskeditor("desk", "status", "--json", env=env).stdout)
    assert set(status) >= {"server", "last_sync", "pending", "leases_held"}
    assert status["pending"] == 0 and "ed-secret-pass" not in json.dumps(status)
    assert status["server"] == f"postgresql://{login}@127.0.0.1:{desk.cluster.port}/{desk.database}"

    # The same headline changed on both, offline; the second to sync gets a conflict.
    assert (
        deskeditor("article", "set", uid, "headline=Ferry is back", "--db", chief_db).returncode
        == 0
    )
    assert (
        deskeditor("article", "set", uid, "headline=Otter ferry", "--db", editor_db).returncode == 0
    )
    deskeditor("desk", "sync", "--db", chief_db)
    assert json.loads(deskeditor("desk", "sync", "--json", env=env).stdout)["conflicts"] >= 1
    conflicts = json.loads(deskeditor("desk", "conflicts", "--json", env=env).stdout)
    headline = next(c for c in conflicts if c["field"] == "headline")
    assert {k: headline[k] for k in ("base", "theirs", "mine", "who")} == {
        "base": "Ferry returns", "theirs": "Ferry is back", "mine": "Otter ferry", "who": "Ed",
    }  # fmt: skip
    assert headline["article_id"] == row["id"] and headline["slug"]

    left = deskeditor("desk", "leave", env=env)
    assert left.returncode == 0
    assert deskeditor("desk", "status", env=env).returncode == 2


def test_an_unreachable_desk_is_one_line_and_changes_wait(tmp_path: Path, desk: Desk) -> None:
    from tests.mailserver import free_port

    db = str(tmp_path / "a.sqlite")
    assert deskeditor("desk", "join", desk.url(), "--db", db).returncode == 0
    with __import__("sqlite3").connect(db) as conn:
        conn.execute(
            "UPDATE desk_state SET server_url = ?",
            (f"postgresql://postgres@127.0.0.1:{free_port()}/{desk.database}",),
        )
    conn.close()
    (tmp_path / "s.txt").write_text("Headline\n\nBody.\n")
    deskeditor("import", str(tmp_path / "s.txt"), "--db", db)
    result = deskeditor("desk", "sync", "--db", db)
    assert result.returncode == 1 and "cannot be reached" in result.stderr
    assert json.loads(deskeditor("desk", "status", "--json", "--db", db).stdout)["pending"] == 2
