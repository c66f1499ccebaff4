"""A crash or kill at any moment loses at most the last second of typing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database
from tests.stored import stored_id

DRIVER = Path(__file__).with_name("typing_driver.py")
TYPING_SECONDS = 5.3
ALLOWED_LOSS_S = 1.0
SCHEDULING_SLACK_S = 0.25  # the test reads progress a little after it happens


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_second(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    article = ArticleService(db.unit_of_work).create(Article(headline="Live", body="Start."))
    db.close()
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db_path), str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    typed_at: list[tuple[float, int]] = []
    assert process.stdout is not None
    started = None
    try:
        for line in process.stdout:
            now = time.monotonic()
            started = started or now
            typed_at.append((now, int(line.split()[1])))
            if now - started >= TYPING_SECONDS:
                break
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert typed_at, "the app never started typing"

    db = open_database(db_path)
    body = ArticleService(db.unit_of_work).get(stored_id(article)).body
    db.close()
    words = [int(n) for n in re.findall(r"w(\d+)", body)]
    saved = max(words, default=0)
    assert body.startswith("Start.") and words == list(range(1, saved + 1))  # nothing garbled
    deadline = killed_at - ALLOWED_LOSS_S - SCHEDULING_SLACK_S
    must_have = max((n for t, n in typed_at if t <= deadline), default=0)
    assert must_have > 20, "typing too slow to test anything"
    assert saved >= must_have, f"lost words {saved + 1}..{typed_at[-1][1]} beyond the last second"
