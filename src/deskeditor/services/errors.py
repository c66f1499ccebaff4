"""Errors a service raises for the user to resolve."""

from __future__ import annotations

from deskeditor.domain.article import Article


class ServiceError(Exception):
    """A problem with a message fit to show the user."""


class ArticleNotFoundError(ServiceError):
    def __init__(self, article_id: int | str) -> None:
        super().__init__(f"article {article_id} does not exist (it may have been deleted)")
        self.article_id = article_id


class ArticleInTrashError(ArticleNotFoundError):
    """The article is in the trash: it can be read, restored or deleted for good, not changed."""

    def __init__(self, article_id: int, headline: str) -> None:
        ServiceError.__init__(
            self,
            f"“{headline or 'Untitled'}” is in the trash; restore it before changing it",
        )
        self.article_id = article_id


class ConflictError(ServiceError):
    """Someone saved the article after ``mine`` was loaded; ``theirs`` is what they saved."""

    def __init__(self, mine: Article, theirs: Article, base: Article | None = None) -> None:
        super().__init__(
            f"“{theirs.headline or 'Untitled'}” was saved elsewhere (version {theirs.version}) "
            f"after you opened version {mine.version}"
        )
        self.mine = mine
        self.theirs = theirs
        self.base = base  # what both started from, when known (the conflict dialog shows it)


class RevisionNotFoundError(ServiceError):
    def __init__(self, revision_id: int, article_id: int | None = None) -> None:
        where = f" of article {article_id}" if article_id is not None else ""
        super().__init__(f"revision {revision_id}{where} does not exist")
        self.revision_id = revision_id
