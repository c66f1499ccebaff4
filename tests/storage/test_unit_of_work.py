"""The unit of work speaks in storage errors, never in SQLAlchemy's."""

from __future__ import annotations

import sqlite3

import pytest

from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.storage.database import Database
from deskeditor.storage.errors import WriteConflictError


@pytest.mark.parametrize("flush_early", [True, False], ids=["flush", "commit"])
def test_a_row_saved_elsewhere_meanwhile_is_a_write_conflict(
    database: Database, flush_early: bool
) -> None:
    stored = ArticleService(database.unit_of_work).create(Article(headline="Ferry returns"))
    assert stored.id is not None
    conflict = pytest.raises(WriteConflictError, match="someone else saved")
    with conflict, database.unit_of_work() as uow:
        row = uow.articles.get(stored.id)
        assert row is not None
        with sqlite3.connect(database.path) as other:  # another window saves first
            other.execute("UPDATE articles SET version = version + 1 WHERE id = ?", (row.id,))
        other.close()
        row.headline = "Ferry returns at last"
        if flush_early:
            uow.flush()
    kept = ArticleService(database.unit_of_work).get(stored.id)
    assert kept.headline == "Ferry returns"  # nothing of ours was written
