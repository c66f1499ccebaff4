"""Storage failures, each with a message a user can act on."""

from __future__ import annotations


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
