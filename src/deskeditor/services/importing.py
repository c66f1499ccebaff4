"""Importing files and folders of copy into the desk: each file on its own, so one
bad file never stops a batch and nothing half-imported remains."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from deskeditor.domain.article import COPY_FIELDS, RevisionReason
from deskeditor.domain.text import slugify
from deskeditor.formats.base import ImportedArticle, UnreadableFileError
from deskeditor.formats.registry import FORMATS
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ServiceError
from deskeditor.storage.errors import StorageError

# Progress: (files done, files in all, current file) -> False to stop.
Progress = Callable[[int, int, Path], bool]


@dataclass
class ImportOutcome:
    path: Path
    format: str | None
    imported: ImportedArticle | None = None
    article_id: int | None = None
    slug: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

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
            "warnings": self.imported.warnings if self.imported else [],
        }


def gather(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the importable files inside folders named (sorted, no hidden ones)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and FORMATS.knows(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files.append(path)
    return files


def import_files(
    paths: Iterable[Path],
    articles: ArticleService | None,
    progress: Progress | None = None,
) -> list[ImportOutcome]:
    """Read each file and, unless ``articles`` is None (a dry run), store it."""
    files = gather(paths)
    outcomes = []
    for done, path in enumerate(files):
        if progress is not None and not progress(done, len(files), path):
            break
        outcomes.append(import_one(path, articles))
    return outcomes


def import_one(path: Path, articles: ArticleService | None) -> ImportOutcome:
    if not path.is_file():
        return ImportOutcome(
            path, None, error="no such file" if not path.exists() else "not a file"
        )
    kind: str | None = None
    try:
        kind = FORMATS.format_of(path).name
        imported = FORMATS.read_file(path)
    except (UnreadableFileError, OSError) as error:
        return ImportOutcome(path, kind, error=_reason(error))
    outcome = ImportOutcome(path, imported.format, imported)
    if articles is None:
        outcome.slug = imported.article.slug or slugify(imported.article.headline)
        return outcome
    try:
        stored = articles.create(
            imported.article, RevisionReason.IMPORT, imported.notices, imported.source
        )
    except (ServiceError, StorageError, OSError) as error:
        outcome.error = _reason(error)
        return outcome
    outcome.article_id, outcome.slug = stored.id, stored.slug
    return outcome


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
