"""Importing files and folders of copy into the desk: each file on its own, so one
bad file never stops a batch and nothing half-imported remains.

Each file is known by the hash of its bytes, recorded in the transaction that
stores its article: re-running an interrupted import skips what came in, and the
same copy imported again is recognised (skipped, or as the user chooses, taken
as a new revision of its article or imported as a copy).
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from deskeditor.domain.article import COPY_FIELDS, Article, ImportedSource, RevisionReason
from deskeditor.domain.text import slugify
from deskeditor.formats.base import ImportedArticle, UnreadableFileError, unreadable
from deskeditor.formats.registry import FORMATS
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.storage.base import utcnow
from deskeditor.storage.errors import StorageError
from deskeditor.storage.unit_of_work import UnitOfWork

# Progress: (files done, files in all, current file) -> False to stop.
Progress = Callable[[int, int, Path], bool]


class OnDuplicate(enum.StrEnum):
    """What to do with a file imported before (`deskeditor import --on-duplicate`)."""

    SKIP = "skip"  # leave its article as it is
    REPLACE = "replace"  # its copy becomes a new revision of its article
    COPY = "copy"  # a new article beside it


_DONE = {OnDuplicate.SKIP: "skipped", OnDuplicate.REPLACE: "replaced", OnDuplicate.COPY: "copied"}


@dataclass
class ImportOutcome:
    path: Path
    format: str | None
    imported: ImportedArticle | None = None
    article_id: int | None = None
    slug: str | None = None
    error: str | None = None
    # The file came in before: "skipped", "replaced" or "copied" (None: a new file).
    duplicate: str | None = None
    notes: list[str] = field(default_factory=list)  # what the import did, beyond reading

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def warnings(self) -> list[str]:
        return [*(self.imported.warnings if self.imported else []), *self.notes]

    def as_json(self) -> dict[str, object]:
        """The `deskeditor import --json` contract, one object per file."""
        article = self.imported.article if self.imported else None
        # What the copy carried, null where it carried nothing; the body as read.
        copy: dict[str, object] = {
            name: (getattr(article, name) or None) if article else None for name in COPY_FIELDS
        }
        if article is not None:
            copy["body"] = article.body
        return {
            "path": str(self.path),
            "format": self.format,
            "ok": self.ok,
            "error": self.error,
            "id": self.article_id,
            "slug": self.slug,
            **copy,
            "paragraphs": self.imported.paragraphs if self.imported else 0,
            "pull_quote_candidates": self.imported.pull_quote_candidates if self.imported else [],
            "corrections_email": self.imported.corrections_email if self.imported else None,
            "warnings": self.warnings,
            "duplicate": self.duplicate,
        }


@dataclass(frozen=True)
class Duplicate:
    """A file about to be imported whose bytes came in before, as ``earlier``."""

    path: Path
    earlier: ImportedSource


def gather(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the importable files inside folders named (sorted, no hidden
    ones). Entries that only look like files (a dangling link, a named pipe) are kept,
    so the import names them instead of passing over them in silence."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if FORMATS.knows(p)
                and not p.is_dir()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files.append(path)
    return files


def import_files(
    paths: Iterable[Path],
    articles: ArticleService | None,
    progress: Progress | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
) -> list[ImportOutcome]:
    """Read each file and, unless ``articles`` is None (a dry run), store it."""
    return list(iter_imports(paths, articles, progress, on_duplicate))


def iter_imports(
    paths: Iterable[Path],
    articles: ArticleService | None,
    progress: Progress | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
) -> Iterator[ImportOutcome]:
    """Each file's outcome as soon as it is stored (the command line streams them)."""
    files = gather(paths)
    for done, path in enumerate(files):
        if progress is not None and not progress(done, len(files), path):
            return
        yield import_one(path, articles, on_duplicate)


def find_duplicates(paths: Iterable[Path], articles: ArticleService) -> list[Duplicate]:
    """The files among ``paths`` that were imported before, to ask what to do first."""
    found = []
    for path in gather(paths):
        try:
            digest = content_hash(FORMATS.read_bytes(path))
        except (UnreadableFileError, OSError):
            continue  # the import will say why
        if (earlier := articles.imported_as(digest)) is not None:
            found.append(Duplicate(path, earlier))
    return found


def import_one(
    path: Path, articles: ArticleService | None, on_duplicate: OnDuplicate = OnDuplicate.SKIP
) -> ImportOutcome:
    known = FORMATS.by_extension(path)
    kind = known.name if known else None
    if not path.exists():
        missing = "a link to a file that does not exist" if path.is_symlink() else "no such file"
        return ImportOutcome(path, kind, error=missing)
    try:
        raw = FORMATS.read_bytes(path)
        kind = FORMATS.kind(path, raw).name
        imported = FORMATS.read(path, raw)
    except (UnreadableFileError, OSError) as error:
        return ImportOutcome(path, kind, error=_reason(error))
    outcome = ImportOutcome(path, imported.format, imported)
    if articles is None:
        outcome.slug = imported.article.slug or slugify(imported.article.headline)
        return outcome
    try:
        outcome.article_id, outcome.slug = _store(
            outcome, content_hash(raw), articles, on_duplicate
        )
    except (ServiceError, StorageError, OSError) as error:
        outcome.error = _reason(error)
    return outcome


def _store(
    outcome: ImportOutcome, digest: str, articles: ArticleService, on_duplicate: OnDuplicate
) -> tuple[int | None, str]:
    """Store the article (with its source's hash, in one transaction), or deal with an
    earlier import of the same bytes as ``on_duplicate`` says. Returns the id and slug
    of the article the file is now."""
    assert outcome.imported is not None
    imported = outcome.imported

    def record(uow: UnitOfWork, stored: Article) -> None:
        assert stored.id is not None
        uow.imports.add(digest, stored.id, str(outcome.path), utcnow())

    earlier = articles.imported_as(digest)
    if earlier is None:
        stored = articles.create(
            imported.article, RevisionReason.IMPORT, imported.notices, imported.source, record
        )
        return stored.id, stored.slug
    outcome.duplicate = _DONE[on_duplicate]
    trash = " (in the trash)" if earlier.in_trash else ""
    if on_duplicate is OnDuplicate.SKIP:
        outcome.notes.append(f"already imported as {earlier.slug}{trash}: skipped")
        return earlier.article_id, earlier.slug
    if on_duplicate is OnDuplicate.REPLACE and not earlier.in_trash:
        new = imported.article
        changes = {name: getattr(new, name) for name in COPY_FIELDS}
        current = articles.get(earlier.article_id)
        stored = articles.save(
            current.replace(**changes, pull_quotes=new.pull_quotes), RevisionReason.IMPORT
        )
        outcome.notes.append(f"already imported as {earlier.slug}: its copy is a new revision")
        return stored.id, stored.slug
    if on_duplicate is OnDuplicate.REPLACE:
        outcome.duplicate = _DONE[OnDuplicate.COPY]
        outcome.notes.append(f"{earlier.slug} is in the trash: imported as a new article")
    else:
        outcome.notes.append(f"already imported as {earlier.slug}{trash}: imported as a copy")
    stored = articles.create(
        imported.article, RevisionReason.IMPORT, imported.notices, imported.source, record
    )
    return stored.id, stored.slug


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return unreadable(error)
    return str(error)
