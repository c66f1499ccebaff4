"""Typing into the real app in a subprocess (typing_driver.py) and killing it with
SIGKILL: what was typed when, and what the database kept."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database

DRIVER = Path(__file__).with_name("typing_driver.py")
SCHEDULING_SLACK_S = 0.25  # the test reads progress a little after it happens


@dataclass
class Typed:
    typed_at: list[tuple[float, int]]  # (monotonic time the test saw it, words typed)
    killed_at: float

    def typed_before(self, moment: float) -> int:
        return max((n for t, n in self.typed_at if t <= moment), default=0)


def type_then_kill(
    db_path: Path, settings: Path, seconds: float, while_typing: Callable[[], None] = lambda: None
) -> Typed:
    """Start the app on ``db_path``, type numbered words into the open article's body
    for ``seconds`` (calling ``while_typing`` after each word), then SIGKILL it."""
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db_path), str(settings)],
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
            if not line.startswith("typed "):  # "saving" and "saved N" say how autosave goes
                continue
            now = time.monotonic()
            started = started or now
            typed_at.append((now, int(line.split()[1])))
            while_typing()
            if now - started >= seconds:
                break
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert typed_at, "the app never started typing"
    return Typed(typed_at, killed_at)


def words_saved(db_path: Path, article_id: int, start: str) -> int:
    """The last numbered word stored in the article's body (checking none is garbled)."""
    db = open_database(db_path)
    try:
        body = ArticleService(db.unit_of_work).get(article_id).body
    finally:
        db.close()
    words = [int(n) for n in re.findall(r"w(\d+)", body)]
    saved = max(words, default=0)
    assert body.startswith(start) and words == list(range(1, saved + 1))  # nothing garbled
    return saved
