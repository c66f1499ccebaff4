from deskeditor.domain.article import ArticleQuery, ArticleStatus
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import load_demo_articles, seed_demo
from deskeditor.storage.database import Database


def test_demo_desk_has_varied_articles_with_pull_quotes_from_their_bodies(
    database: Database,
) -> None:
    added = seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    service = ArticleService(database.unit_of_work)
    rows = service.list_page(ArticleQuery(), 0, 100)
    assert added == len(rows) >= 12
    assert len({r.section for r in rows}) >= 5
    assert {r.status for r in rows} == set(ArticleStatus)
    for article, _ in load_demo_articles(resource_path("demo", "articles.json")):
        for quote in article.pull_quotes:
            assert quote.text in article.body, article.headline


def test_demo_ships_sample_correction_emails() -> None:
    mails = sorted(resource_path("demo", "mail").glob("*.eml"))
    assert len(mails) >= 3
    assert all(m.read_bytes().startswith(b"From:") for m in mails)


def test_a_corrected_demo_article_carries_its_correction(database: Database) -> None:
    """The demo's corrected article had no notice: its Notices tab said none was published."""
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    service = ArticleService(database.unit_of_work)
    rows = service.list_page(ArticleQuery(status=ArticleStatus.CORRECTED), 0, 100)
    assert rows
    for row in rows:
        [notice] = service.notices(row.id)
        assert notice.text.startswith("An earlier version of this article")
        assert notice.published_at is not None
