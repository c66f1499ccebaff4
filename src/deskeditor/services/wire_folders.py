"""Watched wire folders: copy dropped into a folder becomes an article by itself.

A file is taken once it has settled: its size and modification time unchanged
for ``settle`` seconds, so a file still being written (or copied over a slow
share) is never read half-way. Names ending in .tmp, .part or .partial and
hidden files are left alone: they are how senders write before renaming. Each
file is imported once, by the hash of its bytes: touching, renaming or dropping
the same copy again imports nothing; changed copy is new copy. Imported files
stay where they are, or move into the folder's ``imported`` subfolder if the
user chose that. A file that cannot be imported is reported once (until it
changes) and left in place.

The folder is looked at by listing it (os.scandir) on every call to ``ready``:
it works the same on local disks and network shares, where change
notifications do not arrive; the app calls it every second on a worker.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from deskeditor.formats.registry import FORMATS
from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import ImportOutcome, Progress, import_one
from deskeditor.storage.base import utcnow
from deskeditor.storage.unit_of_work import UnitOfWork

SETTLE = 2.0  # seconds a file must stay unchanged before it is read
IMPORTED = "imported"  # the subfolder imported files move to, when moving is chosen
_WRITING = (".tmp", ".part", ".partial", ".crdownload", ".filepart")


class WireFolders:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        articles: ArticleService,
        folders: Sequence[Path],
        move_imported: bool = False,
        settle: float = SETTLE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._uow = unit_of_work
        self._articles = articles
        self.folders = tuple(folders)
        self.move_imported = move_imported
        self._settle = settle
        self._clock = clock
        self._seen: dict[Path, tuple[int, int, float]] = {}  # size, mtime, unchanged since
        self._failed: set[str] = set()  # hashes reported as not importable this run

    def ready(self) -> list[Path]:
        """Files that have settled and may be new copy, oldest first."""
        now = self._clock()
        ready: list[tuple[int, Path]] = []
        present: set[Path] = set()
        for folder in self.folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue  # a share that is away: looked at again next time
            for entry in entries:
                path = Path(entry.path)
                if not self._candidate(entry):
                    continue
                present.add(path)
                stat = entry.stat()
                shape = (stat.st_size, stat.st_mtime_ns)
                before = self._seen.get(path)
                if before is None or before[:2] != shape:
                    self._seen[path] = (*shape, now)
                elif now - before[2] >= self._settle:
                    ready.append((stat.st_mtime_ns, path))
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return [path for _, path in sorted(ready)]

    def import_ready(self, progress: Progress | None = None) -> list[ImportOutcome]:
        """Import every settled file not imported before; one bad file stops nothing."""
        files = self.ready()
        outcomes = []
        for done, path in enumerate(files):
            if progress is not None and not progress(done, len(files), path):
                break
            outcome = self._import(path)
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    def _import(self, path: Path) -> ImportOutcome | None:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None  # gone or unreadable meanwhile: seen again if it comes back
        self._seen.pop(path, None)
        with self._uow() as uow:
            known = uow.sources.delivered(digest)
        if known or digest in self._failed:
            if known and self.move_imported:
                self._move(path)
            return None
        outcome = import_one(path, self._articles)
        if not outcome.ok:
            self._failed.add(digest)
            return outcome
        with self._uow() as uow:
            uow.sources.add_delivered(digest, str(path), outcome.article_id, utcnow())
        if self.move_imported:
            self._move(path)
        return outcome

    def _move(self, path: Path) -> None:
        target_dir = path.parent / IMPORTED
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        n = 2
        while target.exists():
            target = target_dir / f"{path.stem}-{n}{path.suffix}"
            n += 1
        shutil.move(str(path), str(target))

    @staticmethod
    def _candidate(entry: os.DirEntry[str]) -> bool:
        name = entry.name.lower()
        if name.startswith(".") or name.endswith(_WRITING) or not entry.is_file():
            return False
        path = Path(entry.path)
        return FORMATS.knows(path) or not path.suffix
