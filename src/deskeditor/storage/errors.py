"""Storage failures, each with a message a user can act on, and the one place
that turns driver errors (sqlite3, SQLAlchemy) into them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports these errors before SQLAlchemy is loaded
    from sqlalchemy.exc import DBAPIError


class StorageError(Exception):
    """A database problem worth telling the user about in one line."""


class DatabaseNewerError(StorageError):
    """The file was written by a newer Deskeditor; we refuse to touch it."""


class DatabaseCorruptError(StorageError):
    """The file is not a readable Deskeditor database."""


class DatabaseLockedError(StorageError):
    """Another program holds the database and did not let go in time."""


class DatabaseReadOnlyError(StorageError):
    """The database file or its folder cannot be written."""


class WriteConflictError(StorageError):
    """A row changed after it was read (someone else saved it): nothing was written."""


def translate_sqlite_error(path: Path, error: sqlite3.Error) -> StorageError:
    """Turn a driver error into the one-line message the user sees."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"{path} is in use by another program and did not become free; close it and retry"
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseReadOnlyError(f"cannot write to {path}: check the file and its folder")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError(
            f"{path} is not a readable Deskeditor database ({error}); it was left untouched"
        )
    return StorageError(f"{path}: {error}")


def translate_dbapi_error(error: DBAPIError) -> StorageError:
    """A failed query as SQLAlchemy reports it, in the user's terms."""
    return translate_database_error(Path("the database"), error)


def translate_database_error(path: Path, error: DBAPIError) -> StorageError:
    """A failed query on the database at ``path``, in the user's terms."""
    cause = error.orig
    if isinstance(cause, sqlite3.Error):
        return translate_sqlite_error(path, cause)
    return StorageError(f"the database refused the change: {cause}")
