"""The parts of a running app that exist once its database is open (the ``desk``
fixture opens one), narrowed from the app's Optional attributes."""

from __future__ import annotations

from deskeditor.app import DeskeditorApp
from deskeditor.domain.article import Article
from deskeditor.services.articles import ArticleService
from deskeditor.ui.checks_controller import ChecksController
from deskeditor.ui.editing_controller import EditingController
from deskeditor.ui.open_article import OpenArticle
from tests.stored import stored_id


def editing(app: DeskeditorApp) -> EditingController:
    assert app.editing is not None, "no database is open"
    return app.editing


def open_article(app: DeskeditorApp) -> OpenArticle:
    assert app.article is not None, "no database is open"
    return app.article


def checks(app: DeskeditorApp) -> ChecksController:
    assert app.checks_controller is not None, "no database is open"
    return app.checks_controller


def stored(app: DeskeditorApp) -> ArticleService:
    """The service the editor saves through: what is in the database."""
    return editing(app).service


def current(app: DeskeditorApp) -> Article:
    """The article open in the editor, as last stored."""
    article = open_article(app).article
    assert article is not None, "no article is open"
    return article


def current_id(app: DeskeditorApp) -> int:
    return stored_id(current(app))
