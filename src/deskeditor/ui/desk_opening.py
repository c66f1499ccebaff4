"""Opening a desk on a worker while its first look takes typing (ui/first_look_desk.py).

The job imports what the desk is built from (SQLAlchemy and the mapping, the
services, the controllers: ~0.5 s of imports, none of which touches a widget or
makes a Qt object), opens the database and makes once the reads the desk makes
as it takes over: SQLAlchemy compiles each kind of statement the first time it
runs (10–70 ms each, ~250 ms in all), here rather than on the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deskeditor.storage.database import Database

log = logging.getLogger(__name__)

# What DeskeditorApp builds the open desk from (app.py's _build_* methods), in the
# order it needs them. One left out is imported on the GUI thread instead: slower,
# never wrong.
DESK_MODULES = (
    "deskeditor.storage.database",
    "deskeditor.services.articles",
    "deskeditor.services.exporting",
    "deskeditor.services.rendering",
    "deskeditor.services.revisions",
    "deskeditor.services.workflow",
    "deskeditor.ui.open_article",
    "deskeditor.ui.editing_controller",
    "deskeditor.ui.preview_controller",
    "deskeditor.ui.checks_controller",
    "deskeditor.ui.export_controller",
    "deskeditor.ui.import_controller",
    "deskeditor.ui.printing",
    "deskeditor.ui.wire_folder_controller",
    "deskeditor.ui.history_controller",
    "deskeditor.ui.queries_controller",
    "deskeditor.ui.notices_controller",
    "deskeditor.ui.trash_controller",
    "deskeditor.ui.workflow_controller",
    "deskeditor.ui.intake",
    "deskeditor.services.desk.service",
    "deskeditor.ui.desk_controller",
)


def open_desk_storage(path: Path, shown: int | None, page_size: int) -> Database:
    """On a worker: load the desk's modules, open the database at ``path`` (at this
    build's schema, as the first look found it: nothing to create or upgrade) and
    read what the desk reads as it takes over (the list's first page of
    ``page_size``, the article ``shown``)."""
    for name in DESK_MODULES:
        importlib.import_module(name)
    from deskeditor.storage.database import open_database

    database = open_database(path)
    _read_ahead(database, shown, page_size)
    return database


def _read_ahead(database: Database, shown: int | None, page_size: int) -> None:
    """Reads only, their answers dropped, for speed alone: whatever goes wrong here
    goes wrong again on the GUI thread, which says so."""
    from deskeditor.domain.article import ArticleQuery
    from deskeditor.services.articles import ArticleService

    service = ArticleService(database.unit_of_work)
    listed = ArticleQuery()
    try:
        service.orphaned_drafts()
        service.sections()
        service.count(listed)
        service.list_page(listed, 0, page_size)
        if shown is not None:
            service.get(shown)
            service.notices(shown)
            service.queries(shown)
            service.pending_drafts(shown)
    except Exception:
        log.warning("reading ahead of the desk stopped", exc_info=True)
