"""Alembic environment: runs on a connection the caller passes in."""

from __future__ import annotations

from alembic import context

from deskeditor.storage import desk_models, models  # noqa: F401  (registers the tables)
from deskeditor.storage.base import Base
from deskeditor.storage.maintenance import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
