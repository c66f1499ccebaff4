"""Autosave while another process imports a big mailbox: the import leaves the
database's writer lock free often enough that a kill -9 of the window loses no
more than the last second of typing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.storage.database import open_database
from tests.mailboxes import write_mbox
from tests.ui.kill_while_typing import SCHEDULING_SLACK_S, type_then_kill, words_saved

MESSAGES = 20_000
TYPING_SECONDS = 6.0
ALLOWED_LOSS_S = 1.0


def requests_stored(db_path: Path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
        return int(conn.execute("SELECT count(*) FROM correction_requests").fetchone()[0])


@pytest.mark.slow
def test_typing_is_saved_while_another_process_imports_20000_messages(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)
    seed_demo(db.unit_of_work, resource_path("demo", "articles.json"))  # mail to match
    article = ArticleService(db.unit_of_work).create(Article(headline="Live", body="Start."))
    db.close()
    assert article.id is not None
    mbox = tmp_path / "corrections.mbox"
    write_mbox(mbox, MESSAGES)
    importer = subprocess.Popen(
        [sys.executable, "-m", "deskeditor", "inbox", "import", str(mbox), "--db", str(db_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 60
        while requests_stored(db_path) == 0:  # the import is writing
            assert importer.poll() is None, importer.stderr.read() if importer.stderr else ""
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.05)
        typed = type_then_kill(db_path, tmp_path / "settings.ini", TYPING_SECONDS)
        still_importing = importer.poll() is None
        imported = requests_stored(db_path)
    finally:
        importer.kill()
        importer.wait(timeout=10)

    assert still_importing and 0 < imported < MESSAGES, "the import must run all along"
    saved = words_saved(db_path, article.id, "Start.")
    must_have = typed.typed_before(typed.killed_at - ALLOWED_LOSS_S - SCHEDULING_SLACK_S)
    assert must_have > 20, "typing too slow to test anything"
    last = typed.typed_at[-1][1]
    assert saved >= must_have, f"lost words {saved + 1}..{last} beyond the last second"
