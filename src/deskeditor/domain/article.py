"""What an article is, independent of how it is stored or shown."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from datetime import datetime


class ArticleStatus(enum.StrEnum):
    """Where an article stands on its way to readers, in desk order."""

    DRAFT = "draft"
    EDITING = "editing"
    COPY_DESK = "copy desk"
    READY = "ready"
    PUBLISHED = "published"
    CORRECTED = "corrected"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class RevisionReason(enum.StrEnum):
    """Why a snapshot of an article was kept."""

    AUTOSAVE = "autosave"
    SAVE = "save"
    IMPORT = "import"
    CORRECTION = "correction"
    RESTORE = "restore"


@dataclass(frozen=True)
class PullQuote:
    """A quotation lifted from the body and set large, after a paragraph."""

    text: str
    attribution: str = ""
    after_paragraph: int = 0


# The fields a copy editor edits; the order is the editor's and the snapshot's.
EDITABLE_FIELDS = (
    "slug",
    "section",
    "kicker",
    "headline",
    "dek",
    "byline",
    "dateline",
    "body",
    "status",
    "editorial_note",
)


@dataclass(frozen=True)
class Article:
    """One article with its pull quotes, as the desk sees it.

    ``id`` and ``version`` are None for an article not stored yet; ``version``
    is the optimistic-locking counter a save must present.
    """

    headline: str = ""
    slug: str = ""
    section: str = ""
    kicker: str = ""
    dek: str = ""
    byline: str = ""
    dateline: str = ""
    body: str = ""
    status: ArticleStatus = ArticleStatus.DRAFT
    editorial_note: str = ""
    pull_quotes: tuple[PullQuote, ...] = ()
    id: int | None = None
    version: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    published_at: datetime | None = None

    def replace(self, **changes: object) -> Article:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def snapshot(self) -> dict[str, object]:
        """The editable fields and pull quotes as plain JSON-ready data."""
        data: dict[str, object] = {name: str(getattr(self, name)) for name in EDITABLE_FIELDS}
        data["pull_quotes"] = [dataclasses.asdict(q) for q in self.pull_quotes]
        return data

    def summary(self) -> ArticleSummary:
        """The article's row in the list (for a stored article)."""
        from deskeditor.domain.text import count_words

        assert self.id is not None and self.updated_at is not None
        return ArticleSummary(
            id=self.id,
            headline=self.headline,
            section=self.section,
            byline=self.byline,
            status=self.status,
            word_count=count_words(self.body),
            updated_at=self.updated_at,
        )

    def same_content(self, other: Article) -> bool:
        """True when the editable text of both articles is identical."""
        return self.snapshot() == other.snapshot()


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list: never carries the body."""

    id: int
    headline: str
    section: str
    byline: str
    status: ArticleStatus
    word_count: int
    updated_at: datetime


@dataclass(frozen=True)
class RevisionInfo:
    """A kept snapshot of an article."""

    id: int
    article_id: int
    created_at: datetime
    reason: RevisionReason
    author: str
    snapshot: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DeletionInfo:
    """What deleting an article would take with it, for the confirmation."""

    article_id: int
    headline: str
    status: ArticleStatus
    revisions: int
    notices: int
    correction_requests: int


class SortKey(enum.StrEnum):
    """Columns the article list can be sorted by."""

    UPDATED = "updated"
    HEADLINE = "headline"
    SECTION = "section"
    BYLINE = "byline"
    STATUS = "status"
    WORDS = "words"
    RELEVANCE = "relevance"


@dataclass(frozen=True)
class ArticleQuery:
    """Which articles the list shows and in what order.

    ``text`` searches the full-text index; with it, RELEVANCE sorts best match
    first. ``trash`` shows deleted articles instead of live ones.
    """

    text: str = ""
    status: ArticleStatus | None = None
    section: str | None = None
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    trash: bool = False
