"""Alembic environment: runs on a connection the caller passes in."""

from __future__ import annotations

from typing import Any

from alembic import context

from deskeditor.storage import models  # noqa: F401  (registers the tables)
from deskeditor.storage.base import Base

# Tables the search migration owns; autogenerate must not try to drop them.
SEARCH_TABLE_PREFIX = "article_fts"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
