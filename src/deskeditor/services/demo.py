"""The demo desk: sample articles written for the project, for trying Deskeditor out."""

from __future__ import annotations

import json
import logging
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from deskeditor.domain.article import Article, RevisionReason
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
from deskeditor.services.articles import ArticleService
from deskeditor.storage.base import utcnow
from deskeditor.storage.database import open_database
from deskeditor.storage.errors import StorageError
from deskeditor.storage.templates import DEMO_EPOCH, copy_demo_template, keep_demo_template
from deskeditor.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


def load_demo_articles(path: Path) -> list[tuple[Article, int]]:
    """The sample articles in ``path`` with how many days ago each was last edited."""
    return [(article, days) for article, days, _ in _load(path)]


def _load(path: Path) -> list[tuple[Article, int, list[CorrectionNotice]]]:
    """The sample articles, their age in days and the notices they carry (a corrected
    article carries the correction that made it so)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for item in data["articles"]:
        notices = [
            CorrectionNotice(
                0, NoticeKind(n["kind"]), n["text"], NoticePosition(n.get("position", "bottom"))
            )
            for n in item.get("notices", [])
        ]
        articles.append((Article().with_snapshot(item), int(item["days_ago"]), notices))
    return articles


def seed_demo(
    unit_of_work: Callable[[], UnitOfWork], source: Path, now: datetime | None = None
) -> int:
    """Fill an empty database with the sample articles; return how many were added."""
    base = now or utcnow()
    samples = _load(source)
    for index, (article, days_ago, notices) in enumerate(samples):
        stamp = base - timedelta(days=days_ago, minutes=37 * index)
        service = ArticleService(unit_of_work, author="Demo", clock=partial(_fixed, stamp))
        service.create(article, RevisionReason.IMPORT, notices)
    return len(samples)


def make_demo_desk(path: Path, samples: Path) -> None:
    """Make ``path`` (new) the demo desk: a copy of the one kept in the cache, its
    moments moved to now; the first time, that one is written first (and where
    there is no cache to keep it in, the samples are written to ``path`` itself)."""
    now = utcnow()
    if copy_demo_template(samples, path, now):
        return
    try:
        with tempfile.TemporaryDirectory(prefix="deskeditor-demo-") as folder:
            written = Path(folder) / "demo.sqlite"
            _write(written, samples, DEMO_EPOCH)
            keep_demo_template(written, samples)
    except (OSError, sqlite3.Error, StorageError) as error:  # no cache to keep it in
        log.info("no demo template kept: %s", error)
    if not copy_demo_template(samples, path, now):
        _write(path, samples, now)


def _write(path: Path, samples: Path, now: datetime) -> None:
    database = open_database(path)
    try:
        seed_demo(database.unit_of_work, samples, now)
    finally:
        database.close()


def _fixed(moment: datetime) -> datetime:
    return moment
