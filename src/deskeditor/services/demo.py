"""The demo desk: sample articles written for the project, for trying Deskeditor out."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from deskeditor.domain.article import Article, RevisionReason
from deskeditor.services.articles import ArticleService
from deskeditor.storage.base import utcnow
from deskeditor.storage.unit_of_work import UnitOfWork


def load_demo_articles(path: Path) -> list[tuple[Article, int]]:
    """The sample articles in ``path`` with how many days ago each was last edited."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for item in data["articles"]:
        articles.append((Article().with_snapshot(item), int(item["days_ago"])))
    return articles


def seed_demo(
    unit_of_work: Callable[[], UnitOfWork], source: Path, now: datetime | None = None
) -> int:
    """Fill an empty database with the sample articles; return how many were added."""
    base = now or utcnow()
    samples = load_demo_articles(source)
    for index, (article, days_ago) in enumerate(samples):
        stamp = base - timedelta(days=days_ago, minutes=37 * index)
        service = ArticleService(unit_of_work, author="Demo", clock=partial(_fixed, stamp))
        service.create(article, RevisionReason.IMPORT)
    return len(samples)


def _fixed(moment: datetime) -> datetime:
    return moment
