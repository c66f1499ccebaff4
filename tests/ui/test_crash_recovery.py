"""A crash or kill at any moment loses at most the last second of typing."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import open_database
from tests.stored import stored_id
from tests.ui.kill_while_typing import SCHEDULING_SLACK_S, type_then_kill, words_saved

TYPING_SECONDS = 5.3
ALLOWED_LOSS_S = 1.0


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_second(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    article = ArticleService(db.unit_of_work).create(Article(headline="Live", body="Start."))
    db.close()

    typed = type_then_kill(db_path, tmp_path / "settings.ini", TYPING_SECONDS)

    saved = words_saved(db_path, stored_id(article), "Start.")
    must_have = typed.typed_before(typed.killed_at - ALLOWED_LOSS_S - SCHEDULING_SLACK_S)
    assert must_have > 20, "typing too slow to test anything"
    last = typed.typed_at[-1][1]
    assert saved >= must_have, f"lost words {saved + 1}..{last} beyond the last second"
