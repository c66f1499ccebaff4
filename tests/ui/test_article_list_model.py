"""The article list model over a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from deskeditor.domain.article import Article, ArticleQuery, ArticleStatus
from deskeditor.services.articles import ArticleService
from deskeditor.ui.models.article_list_model import ArticleListModel


def fill(articles: ArticleService, n: int) -> None:
    for i in range(n):
        articles.create(
            Article(headline=f"Story {i:03}", section="Local" if i % 2 else "Sports", byline="By A")
        )


def column_values(model: ArticleListModel, column: int, rows: int) -> list[str]:
    return [model.index(r, column).data() for r in range(rows)]


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, articles: ArticleService) -> None:
    fill(articles, 5)
    model = ArticleListModel(articles)
    model.refresh()
    qtmodeltester.check(model)


def test_rows_are_paged_in_and_all_reachable(articles: ArticleService) -> None:
    fill(articles, 250)
    model = ArticleListModel(articles)
    model.refresh()
    assert model.rowCount() == 250
    last = model.index(249, ArticleListModel.HEADLINE).data()
    assert last == "Story 000"  # newest first: the first created is last
    assert model.index(0, ArticleListModel.HEADLINE).data() == "Story 249"


def test_sorting_by_a_column_reorders_rows(articles: ArticleService) -> None:
    fill(articles, 3)
    model = ArticleListModel(articles)
    model.refresh()
    model.sort(ArticleListModel.HEADLINE, Qt.SortOrder.AscendingOrder)
    assert column_values(model, ArticleListModel.HEADLINE, 3) == [
        "Story 000",
        "Story 001",
        "Story 002",
    ]
    model.sort(ArticleListModel.HEADLINE, Qt.SortOrder.DescendingOrder)
    assert column_values(model, ArticleListModel.HEADLINE, 3) == [
        "Story 002",
        "Story 001",
        "Story 000",
    ]


def test_filter_and_search_narrow_the_list(articles: ArticleService) -> None:
    fill(articles, 4)
    articles.create(
        Article(headline="Otters return", body="Otters in the river.", status=ArticleStatus.READY)
    )
    model = ArticleListModel(articles)
    model.refresh()
    model.set_query(ArticleQuery(section="Sports"))
    assert model.rowCount() == 2
    model.set_query(ArticleQuery(text="otters"))
    assert column_values(model, ArticleListModel.HEADLINE, model.rowCount()) == ["Otters return"]
    assert model.index(0, ArticleListModel.STATUS).data() == "Ready"


def test_shows_article_ids_for_opening(articles: ArticleService) -> None:
    created = articles.create(Article(headline="Only one"))
    model = ArticleListModel(articles)
    model.refresh()
    assert model.index(0, 0).data(ArticleListModel.ArticleIdRole) == created.id
