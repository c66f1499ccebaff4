"""What a mail import keeps in memory for its length, so that filing a message asks
the database nothing: every stored Message-ID with the hash of its bytes, every
filed request as threading needs it (by id and by Message-ID), each sender's open
thread about an article, and the history lines the open transaction will write in
one statement; and the articles matching looked up (the articles do not change
while mail comes in).

The maps follow the database: what the open transaction files is journalled, and
taken out again if the transaction is rolled back.
"""

from __future__ import annotations

from datetime import datetime

from deskeditor.domain.article import Article, ArticleSummary
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError
from deskeditor.storage.repositories import FiledRequest
from deskeditor.storage.unit_of_work import UnitOfWork

Event = tuple[int, str, str, datetime]  # request id, action, detail, when


class ImportMemory:
    def __init__(self) -> None:
        self.active = False  # an import is running: the maps hold every stored request
        self.hashes: dict[str, str] = {}  # Message-ID -> content hash
        self.events: list[Event] = []  # the open transaction's history lines
        self._requests: dict[int, FiledRequest] = {}
        self._ids: dict[str, int] = {}  # Message-ID -> request id
        self._threads: dict[tuple[str, int], int] = {}  # (sender, article) -> root's id
        self._journal: list[FiledRequest] = []  # filed in the open transaction

    def load(self, uow: UnitOfWork) -> None:
        """Read what is stored, once, at the start of an import."""
        self.active = True
        self.hashes = uow.corrections.message_hashes()
        for filed in uow.corrections.filed_requests():
            self._add(filed)

    def clear(self) -> None:
        self.active = False
        for held in (self.hashes, self._requests, self._ids, self._threads):
            held.clear()
        self.events.clear()
        self._journal.clear()

    def filed(self, filed: FiledRequest, content_hash: str) -> None:
        """A request the open transaction files: the rest of the import threads to it."""
        if self.active:
            self.hashes[filed.message_id] = content_hash
            self._add(filed)
            self._journal.append(filed)

    def committed(self) -> None:
        self._journal.clear()

    def rolled_back(self) -> None:
        """The open transaction wrote nothing: forget what it filed."""
        self.events.clear()
        for filed in reversed(self._journal):
            self.hashes.pop(filed.message_id, None)
            self._requests.pop(filed.id, None)
            self._ids.pop(filed.message_id, None)
            key = (filed.sender, filed.article_id or 0)
            if self._threads.get(key) == filed.id:
                del self._threads[key]
        self._journal.clear()

    def thread_root(
        self, uow: UnitOfWork, references: list[str], sender: str, article_id: int | None
    ) -> FiledRequest | None:
        """The request a message follows up: the one it replies to (``references``,
        nearest first; that one's root), else the sender's open request about the same
        article. An import looks in the memory; a single message asks the database."""
        for reference in references:
            earlier = self._by_message_id(uow, reference) if reference else None
            if earlier is not None:
                root_id = earlier.thread_root_id
                return earlier if root_id is None else self._by_id(uow, root_id)
        if article_id is None or not sender:
            return None
        if self.active:
            root_id = self._threads.get((sender, article_id))
            return None if root_id is None else self._requests.get(root_id)
        row = uow.corrections.open_thread_of(sender, article_id)
        return FiledRequest.of(row) if row is not None else None

    def _by_message_id(self, uow: UnitOfWork, message_id: str) -> FiledRequest | None:
        if self.active:
            request_id = self._ids.get(message_id)
            return None if request_id is None else self._requests.get(request_id)
        row = uow.corrections.request_by_message_id(message_id)
        return FiledRequest.of(row) if row is not None else None

    def _by_id(self, uow: UnitOfWork, request_id: int) -> FiledRequest | None:
        if self.active:
            return self._requests.get(request_id)
        row = uow.corrections.request(request_id)
        return FiledRequest.of(row) if row is not None else None

    def _add(self, filed: FiledRequest) -> None:
        self._requests[filed.id] = filed
        self._ids[filed.message_id] = filed.id
        if filed.thread_root_id is None and filed.article_id and filed.sender:
            self._threads.setdefault((filed.sender, filed.article_id), filed.id)


class ArticleLookups:
    """Finding live articles by slug, by search and by id for matching, and naming
    them in outcomes, each looked up once until ``clear``."""

    def __init__(self, articles: ArticleService) -> None:
        self._articles = articles
        self._searches: dict[str, list[ArticleSummary]] = {}
        self._loaded: dict[int, Article] = {}
        self._refs: dict[int, dict[str, object]] = {}

    def clear(self) -> None:
        for held in (self._searches, self._loaded, self._refs):
            held.clear()

    def by_slug(self, slug: str) -> Article | None:
        try:
            article = self._articles.find(slug)
        except ArticleNotFoundError:
            return None
        return None if article.in_trash else article

    def search(self, query: str) -> list[ArticleSummary]:
        if query not in self._searches:
            self._searches[query] = self._articles.search(query, 10)
        return self._searches[query]

    def load(self, article_id: int) -> Article:
        if article_id not in self._loaded:
            self._loaded[article_id] = self._articles.get(article_id)
        return self._loaded[article_id]

    def ref(self, article_id: int | None) -> dict[str, object] | None:
        """The article as an outcome names it (a copy: the caller may change it)."""
        if article_id is None:
            return None
        if article_id not in self._refs:
            article = self._loaded.get(article_id) or self._articles.get(article_id)
            self._refs[article_id] = {
                "id": article.id,
                "slug": article.slug,
                "headline": article.headline,
            }
        return dict(self._refs[article_id])
