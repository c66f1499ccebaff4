"""What an article is, independent of how it is stored or shown."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any


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
    STATUS_CHANGE = "status change"  # the note says from what to what
    PUBLISH_OVERRIDE = "publish override"  # published over errors: the note is the reason
    SLUG_CHANGE = "slug change"  # a published article's address changed: old → new
    NOTICE_EDIT = "notice edit"  # a published notice's wording or place changed
    # Text the user set aside when settling a conflict ("Use theirs"); like every
    # reason but AUTOSAVE, such a revision is never coalesced or overwritten.
    CONFLICT = "conflict"


@dataclass(frozen=True)
class PullQuote:
    """A quotation lifted from the body and set large, after a paragraph."""

    text: str
    attribution: str = ""
    after_paragraph: int = 0


class FieldRole(enum.Enum):
    """What a field of an article is: everything that lists fields derives from this."""

    COPY = "copy"  # edited, and carried by copy as it travels (wire text, the import report)
    DESK = "desk"  # edited on the desk only
    STAMP = "stamp"  # set when the article is stored


_COPY = MappingProxyType({"role": FieldRole.COPY})
_COPY_LINE = MappingProxyType({"role": FieldRole.COPY, "one_line": True})
_DESK = MappingProxyType({"role": FieldRole.DESK})
_DESK_LINE = MappingProxyType({"role": FieldRole.DESK, "one_line": True})
_STAMP = MappingProxyType({"role": FieldRole.STAMP})


@dataclass(frozen=True)
class Article:
    """One article with its pull quotes, as the desk sees it.

    The fields are declared once, here, in the editor's order; their roles give
    EDITABLE_FIELDS, COPY_FIELDS and STAMP_FIELDS below, which the table mapping,
    the file formats and the import report use. ``id`` and ``version`` are None
    for an article not stored yet; ``version`` is the optimistic-locking counter
    a save must present.
    """

    slug: str = field(default="", metadata=_DESK_LINE)
    section: str = field(default="", metadata=_COPY_LINE)
    kicker: str = field(default="", metadata=_COPY_LINE)
    headline: str = field(default="", metadata=_COPY_LINE)
    dek: str = field(default="", metadata=_COPY_LINE)
    byline: str = field(default="", metadata=_COPY_LINE)
    dateline: str = field(default="", metadata=_COPY_LINE)
    body: str = field(default="", metadata=_COPY)
    status: ArticleStatus = field(default=ArticleStatus.DRAFT, metadata=_DESK)
    editorial_note: str = field(default="", metadata=_DESK)
    # A BCP 47 tag ("en-US", "en-GB", "de-DE", "ar"); empty: the desk's default language.
    # It chooses the dictionary, the quotation marks and the text's direction.
    language: str = field(default="", metadata=_DESK_LINE)
    pull_quotes: tuple[PullQuote, ...] = ()
    id: int | None = None
    version: int | None = None
    # The global id, the same on every laptop of a shared desk ("" until stored).
    uid: str = ""
    created_at: datetime | None = field(default=None, metadata=_STAMP)
    updated_at: datetime | None = field(default=None, metadata=_STAMP)
    published_at: datetime | None = field(default=None, metadata=_STAMP)
    # Set while the article is in the trash: it opens read-only until restored.
    deleted_at: datetime | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    @property
    def ever_published(self) -> bool:
        """Readers may have its address: the slug is frozen from then on."""
        return self.published_at is not None

    def replace(self, **changes: object) -> Article:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def as_new_draft(self) -> Article:
        """This article's text as a new draft: not stored, never published, its slug to be
        made from its headline (a duplicate, or text kept from an article deleted
        elsewhere)."""
        return self.replace(
            id=None,
            version=None,
            uid="",
            slug="",
            status=ArticleStatus.DRAFT,
            created_at=None,
            updated_at=None,
            published_at=None,
            deleted_at=None,
        )

    def snapshot(self) -> dict[str, object]:
        """The editable fields and pull quotes as plain JSON-ready data."""
        data: dict[str, object] = {name: str(getattr(self, name)) for name in EDITABLE_FIELDS}
        data["pull_quotes"] = [dataclasses.asdict(q) for q in self.pull_quotes]
        return data

    def with_snapshot(self, snapshot: Mapping[str, Any]) -> Article:
        """This article (id, version, timestamps) with the fields a snapshot holds."""
        fields: dict[str, Any] = {
            k: str(snapshot[k]) for k in EDITABLE_FIELDS if snapshot.get(k) is not None
        }
        if "status" in fields:
            try:
                fields["status"] = ArticleStatus(fields["status"])
            except ValueError:  # a status this version does not know: keep the article's
                del fields["status"]
        known = {f.name for f in dataclasses.fields(PullQuote)}
        quotes = snapshot.get("pull_quotes") or []
        fields["pull_quotes"] = tuple(
            PullQuote(**{k: v for k, v in q.items() if k in known})
            for q in quotes
            if isinstance(q, Mapping)
        )
        return self.replace(**fields)

    def restored(self, snapshot: Mapping[str, Any], field: str | None = None) -> Article:
        """This article with its text as a kept snapshot holds it: every text field and
        the pull quotes, or only ``field`` ("pull_quotes" for those). A field the
        snapshot lacks (kept before the field existed) takes its default. The status
        stays: it moves through the workflow only."""
        kept = Article().with_snapshot(snapshot)
        names = (*TEXT_FIELDS, "pull_quotes") if field is None else (field,)
        if any(name not in RESTORABLE_FIELDS for name in names):
            raise ValueError(f"{field} is not a field that can be restored")
        return self.replace(**{name: getattr(kept, name) for name in names})

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
            slug=self.slug,
            uid=self.uid,
        )

    def same_content(self, other: Article) -> bool:
        """True when the editable text of both articles is identical."""
        return self.snapshot() == other.snapshot()


def _fields_in(*roles: FieldRole) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(Article) if f.metadata.get("role") in roles)


# The fields a copy editor edits, in the editor's (and the snapshot's) order.
EDITABLE_FIELDS = _fields_in(FieldRole.COPY, FieldRole.DESK)
# The fields copy carries as it travels: what a plain-text file holds, and the import reports.
COPY_FIELDS = _fields_in(FieldRole.COPY)
# The editable fields that hold text (all but the status).
TEXT_FIELDS = tuple(name for name in EDITABLE_FIELDS if name != "status")
# When the article was stored first, changed last and published.
STAMP_FIELDS = _fields_in(FieldRole.STAMP)
# What a restore may bring back from a revision: the text and the pull quotes.
RESTORABLE_FIELDS = (*TEXT_FIELDS, "pull_quotes")
# The text fields that hold one line (no line breaks).
ONE_LINE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.metadata.get("one_line"))

# The longest each text field may be when copy is read from a file: generous for real
# copy, and a bound for hostile files (a YAML alias file made a 3.85 MB "headline").
# The short fields' bounds are their columns' lengths.
MAX_LENGTHS: Mapping[str, int] = MappingProxyType({
    "slug": 200, "section": 120, "kicker": 200, "headline": 500, "dek": 2_000,
    "byline": 300, "dateline": 200, "body": 5_000_000, "editorial_note": 100_000,
})  # fmt: skip
MAX_PULL_QUOTES = 50
MAX_PULL_QUOTE_LENGTH = 2_000
MAX_PARAGRAPHS = 100_000  # where a pull quote may go: after paragraph 0..this


_LABELS = {"editorial_note": "Note", "pull_quotes": "Pull quotes"}


def field_label(name: str) -> str:
    """A field's name as the desk says it: "Headline", "Note", "Pull quotes"."""
    return _LABELS.get(name, name.replace("_", " ").capitalize())


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
    slug: str = ""
    uid: str = ""


@dataclass(frozen=True)
class ChangeCount:
    """Words added and removed, and the fields that changed (in the editor's order)."""

    added: int = 0
    removed: int = 0
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class RevisionInfo:
    """A kept snapshot of an article; ``note`` says what the reason alone does not
    (the status move, the override's reason, the old and new slug). ``changes`` is
    what changed since the revision before (None: not counted yet); an autosave
    revision that folded later autosaves in says until when (``coalesced_until``).
    A history page leaves ``snapshot`` empty."""

    id: int
    article_id: int
    created_at: datetime
    reason: RevisionReason
    author: str
    snapshot: dict[str, object] = field(default_factory=dict)
    note: str = ""
    changes: ChangeCount | None = None
    coalesced_until: datetime | None = None

    def article(self) -> Article:
        """The article as this revision holds it (fields it lacks at their defaults)."""
        return Article(id=self.article_id).with_snapshot(self.snapshot)

    @property
    def summary(self) -> str:
        """One line: what the revision was and what it changed."""
        parts = [self.reason.value + (f": {self.note}" if self.note else "")]
        if self.changes is not None and self.changes.fields:
            words = f" +{self.changes.added} −{self.changes.removed} words"
            if not (self.changes.added or self.changes.removed):
                words = ""
            parts.append(", ".join(f.replace("_", " ") for f in self.changes.fields) + words)
        elif self.changes is not None:
            parts.append("no text changed")
        return "; ".join(parts)


@dataclass(frozen=True)
class PendingDraft:
    """Text typed into an article that could not be saved over it, kept until the user
    chooses: ``article`` carries the version it was typed on, ``session`` the window."""

    article: Article
    session: str
    author: str
    saved_at: datetime


@dataclass(frozen=True)
class ImportedSource:
    """The article a source file (known by the hash of its bytes) was imported as."""

    article_id: int
    slug: str
    headline: str
    in_trash: bool


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
