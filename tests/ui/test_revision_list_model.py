"""The history as a Qt model: paged in, newest first, counts filled in later."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from deskeditor.domain.article import Article, RevisionInfo
from deskeditor.services.articles import ArticleService
from deskeditor.services.revisions import RevisionService
from deskeditor.storage.database import Database
from deskeditor.ui.models.revision_list_model import RevisionListModel
from tests.stored import RANDOM_UID, stored_id


def test_a_long_history_pages_in_and_passes_the_model_tester(
    qtmodeltester: ModelTester,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    articles: ArticleService,
    database: Database,
    db_path: Path,
) -> None:
    model = RevisionListModel()
    qtmodeltester.check(model)
    article = articles.create(Article(headline="Ferry", body="The ferry is back."))
    base = datetime.now(UTC) + timedelta(minutes=1)
    with sqlite3.connect(db_path) as raw:  # kept by an older version: not counted
        raw.executemany(
            "INSERT INTO revisions (article_id, created_at, reason, author, snapshot, note, uid)"
            f" VALUES (?, ?, 'save', 'Ann', ?, '', {RANDOM_UID})",
            [
                (stored_id(article), (base + timedelta(seconds=i)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                 json.dumps({"headline": "Ferry", "body": f"Edit {i}."}))
                for i in range(499)
            ],
        )  # fmt: skip
    raw.close()
    asked: list[list[int]] = []
    model.uncounted.connect(asked.append)
    service = RevisionService(database.unit_of_work)
    model.set_article(service, stored_id(article))
    assert model.rowCount() == 500
    assert model.index(0, RevisionListModel.WHAT).data() == "Save"
    assert model.index(0, RevisionListModel.CHANGES).data() == "…"  # not counted yet
    loaded = service.page  # only the pages shown are read
    pages: list[int] = []

    def page(article_id: int, offset: int, limit: int) -> list[RevisionInfo]:
        pages.append(offset)
        return loaded(article_id, offset, limit)

    monkeypatch.setattr(service, "page", page)
    last = model.revision(499)
    assert pages == [400]
    assert last is not None and last.changes is not None  # kept by this version: counted
    assert model.index(499, RevisionListModel.CHANGES).data().startswith("+")
    qtbot.waitUntil(lambda: bool(asked))
    model.counted(service.count_missing(stored_id(article), asked[0]))
    assert model.index(0, RevisionListModel.CHANGES).data() == "+1 −1"
    model.set_article(None, None)
    assert model.rowCount() == 0
