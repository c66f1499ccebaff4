"""The desk's server: the same migrations as a laptop's file, rights by role."""

from __future__ import annotations

from tests.pgserver import Desk, needs_postgres, postgres

pytestmark = [postgres, needs_postgres]


def test_a_desk_is_made_by_the_same_migrations_as_a_laptop(desk: Desk) -> None:
    from deskeditor.storage import SCHEMA_HEAD

    assert desk.sql("SELECT version_num FROM alembic_version") == SCHEMA_HEAD
    assert desk.sql("SELECT role FROM desk_people WHERE login = 'postgres'") == "chief"


def test_server_search_uses_postgres_full_text_behind_the_same_repository(desk: Desk) -> None:
    from sqlalchemy.orm import sessionmaker

    from deskeditor.domain.article import Article
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.desk.connection import DeskAddress
    from deskeditor.storage.unit_of_work import UnitOfWork

    engine = DeskAddress.parse(desk.url()).engine()
    sessions = sessionmaker(engine, expire_on_commit=False)
    try:
        service = ArticleService(lambda: UnitOfWork(sessions), author="Chief")
        service.create(Article(headline="Council budget passes", body="The vote was close."))
        service.create(Article(headline="Ferry returns", body="The council cheered the ferry."))
        service.create(Article(headline="Weather", body="Rain, then sun."))
        assert [a.headline for a in service.search("council")] == [
            "Council budget passes", "Ferry returns",
        ]  # the headline match first  # fmt: skip
        assert [a.headline for a in service.search('"cheered the ferry"')] == ["Ferry returns"]
        assert service.search("nothing-like-this") == []
        plan = desk.sql(
            "EXPLAIN SELECT id FROM articles WHERE search @@ plainto_tsquery('simple', 'council')"
        )
        assert "search" in plan
    finally:
        engine.dispose()
