"""The article list model over a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from deskeditor.domain.article import Article, ArticleQuery, ArticleStatus, ArticleSummary
from deskeditor.services.articles import ArticleService
from deskeditor.ui.models.article_list_model import ArticleListModel


def fill(articles: ArticleService, n: int) -> None:
    for i in range(n):
        articles.create(
            Article(headline=f"Story {i:03}", section="Local" if i % 2 else "Sports", byline="By A")
        )


def column_values(model: ArticleListModel, column: int, rows: int) -> list[str]:
    return [model.index(r, column).data() for r in range(rows)]


def test_model_passes_qtmodeltester_empty_paged_and_through_changes(
    qtmodeltester: ModelTester, articles: ArticleService
) -> None:
    model = ArticleListModel()  # no database open yet
    qtmodeltester.check(model)  # the tester stays attached through every change below
    assert model.rowCount() == 0

    fill(articles, 2 * ArticleListModel.PAGE_SIZE + 50)  # three pages
    model.set_service(articles)
    assert model.rowCount() == 250
    model.sort(ArticleListModel.HEADLINE, Qt.SortOrder.AscendingOrder)
    assert model.index(249, ArticleListModel.HEADLINE).data() == "Story 249"
    model.set_query(ArticleQuery(section="Sports", sort=model.query.sort))
    assert model.rowCount() == 125

    first = articles.get(model.index(0, 0).data(ArticleListModel.ArticleIdRole))
    saved = articles.save(first.replace(headline="Story 000, updated", body="Three words here."))
    model.update_summary(saved.summary())
    assert [model.index(0, c).data() for c in (0, 4)] == ["Story 000, updated", "3"]

    articles.create(Article(headline="Late story", section="Sports"))
    model.refresh()
    assert model.rowCount() == 126
    model.set_query(ArticleQuery(text="late"))
    assert column_values(model, ArticleListModel.HEADLINE, model.rowCount()) == ["Late story"]
    model.set_query(ArticleQuery(trash=True))
    assert model.rowCount() == 0


def test_a_row_reads_as_the_copy_editor_sees_it(articles: ArticleService) -> None:
    articles.create(
        Article(
            headline="Ferry returns", section="Local", byline="By Clara Hemming", body="One two"
        )
    )
    articles.create(Article(section="Sports", status=ArticleStatus.COPY_DESK))
    model = ArticleListModel(articles)
    model.refresh()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Headline", "Section", "Byline", "Status", "Words", "Updated"]
    untitled, ferry = ([model.index(r, c).data() for c in range(5)] for r in range(2))
    assert ferry == ["Ferry returns", "Local", "By Clara Hemming", "Draft", "2"]
    assert untitled == ["(no headline)", "Sports", "", "Copy desk", "0"]
    headline = model.index(1, ArticleListModel.HEADLINE)
    assert headline.data(Qt.ItemDataRole.ToolTipRole) == "Ferry returns\nBy Clara Hemming"
    words = model.index(1, ArticleListModel.WORDS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(words) & Qt.AlignmentFlag.AlignRight  # figures line up


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


class PagesRead:
    """The article service, counting the pages the model asks it for."""

    def __init__(self, articles: ArticleService) -> None:
        self.articles = articles
        self.offsets: list[int] = []

    def count(self, query: ArticleQuery) -> int:
        return self.articles.count(query)

    def list_page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]:
        self.offsets.append(offset)
        return self.articles.list_page(query, offset, limit)

    def search_results(self, query: ArticleQuery) -> list[ArticleSummary]:
        return self.articles.search_results(query)


def test_finding_an_articles_row_reads_only_the_pages_up_to_it(articles: ArticleService) -> None:
    fill(articles, 5 * ArticleListModel.PAGE_SIZE)
    pages = PagesRead(articles)
    model = ArticleListModel(pages)
    model.refresh()
    newest = model.index(0, 0).data(ArticleListModel.ArticleIdRole)
    second_page = model.index(150, 0).data(ArticleListModel.ArticleIdRole)
    pages.offsets.clear()
    fresh = ArticleListModel(pages)
    fresh.refresh()
    assert fresh.row_of(newest) == 0
    assert pages.offsets == [0]  # found on the first page: no more read
    assert fresh.row_of(second_page) == 150
    assert pages.offsets == [0, 100]
    assert fresh.row_of(-1) is None  # not in the first five: those five read once each
    assert pages.offsets == [0, 100, 200, 300, 400]
