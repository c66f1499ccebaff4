"""Simulated laptops for the desk tests: each its own SQLite file, its own
services, joined to one desk as one of its people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.services.desk.merge import Merge, merge_field
from deskeditor.services.desk.service import DeskService, SyncReport
from deskeditor.storage.database import Database, open_database
from tests.pgserver import Desk


@dataclass
class Laptop:
    name: str
    database: Database
    articles: ArticleService
    desk: DeskService

    def sync(self) -> SyncReport:
        return self.desk.sync()

    def article(self, uid: str) -> Article:
        return self.articles.find(uid)

    def close(self) -> None:
        self.desk.close()
        self.database.close()


def add_person(desk: Desk, stem: str, role: str, name: str) -> tuple[str, str]:
    """A login on the desk (made by its chief, the superuser); (login, password)."""
    from deskeditor.services.desk.connection import DeskAddress
    from deskeditor.services.desk.server import add_person as add

    login, password = desk.login_name(stem), f"pw-{stem}-secret"
    engine = DeskAddress.parse(desk.url()).engine()
    try:
        add(engine, login, password, role, name)
    finally:
        engine.dispose()
    return login, password


def laptop(
    folder: Path,
    desk: Desk,
    name: str,
    role: str = "copy-editor",
    merge: Merge = merge_field,
    join: bool = True,
) -> Laptop:
    """A laptop database of a new person with ``role``, joined to ``desk``."""
    login, password = add_person(desk, name.lower(), role, name)
    database = open_database(folder / f"{name.lower()}.sqlite")
    service = DeskService(database, merge=merge)
    if join:
        service.join(desk.url(login, password), name=name)
    return Laptop(name, database, ArticleService(database.unit_of_work, author=name), service)
