"""What every command shares: its lazily built parser, the one-line usage error,
the database path, and the database opened for the length of a command."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskeditor.paths import DB_ENV, database_path

if TYPE_CHECKING:
    from deskeditor.storage.database import Database

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]  # a parser's subcommands


class CommandParser(argparse.ArgumentParser):
    """A command's parser whose arguments are added when the command is used.

    Plain ``deskeditor`` (the window) then parses its command line without loading
    what the other commands' arguments name (the formats, the services and, through
    them, SQLAlchemy): only each command's name and one-line help exist until then.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._build: Callable[[argparse.ArgumentParser], None] | None = None

    def defer(self, build: Callable[[argparse.ArgumentParser], None]) -> None:
        self._build = build

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        if self._build is not None:
            build, self._build = self._build, None
            build(self)
        return super().parse_known_args(*args, **kwargs)


def add_command(
    commands: Commands,
    name: str,
    help: str,
    build: Callable[[argparse.ArgumentParser], None],
    parents: Sequence[argparse.ArgumentParser] = (),
) -> None:
    """Name a command now; ``build`` adds its arguments (and handler) when it is used."""
    parser = commands.add_parser(name, help=help, parents=list(parents))
    assert isinstance(parser, CommandParser)
    parser.defer(build)


class UsageError(Exception):
    """A mistake on the command line, reported in one line (exit status 2)."""


def checked_database_path(args: argparse.Namespace) -> Path:
    """The database path (``--db``, ``$DESKEDITOR_DB`` or the data folder), refusing
    ones that cannot work before anything is opened."""
    value = getattr(args, "db", None)
    path = database_path(value)
    explicit = value or os.environ.get(DB_ENV)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give the path of a database file")
    if explicit and not path.parent.is_dir():
        raise UsageError(f"the folder {path.parent} does not exist")
    return path


def existing_database_path(args: argparse.Namespace) -> Path:
    path = checked_database_path(args)
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    return path


@contextmanager
def opened_database(
    args: argparse.Namespace, must_exist: bool = False, writes: bool = False
) -> Iterator[Database]:
    """The command's database, open for the ``with`` block (created if it is new,
    unless ``must_exist``). A command that ``writes`` learns at once, in one line,
    that the database is read-only or held by another program, not file by file."""
    from deskeditor.storage.database import open_database

    path = existing_database_path(args) if must_exist else checked_database_path(args)
    database = open_database(path)
    try:
        if writes:
            database.check_writable()
        yield database
    finally:
        database.close()


def output_path(value: str) -> Path:
    """Where a command writes its output; its folder must exist."""
    target = Path(value).expanduser().resolve()
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist")
    return target


def current_author() -> str:
    """Who a change from the command line is by: the name in Preferences, else the
    login name."""
    from PySide6.QtCore import QSettings

    from deskeditor.paths import APP_AUTHOR, APP_NAME
    from deskeditor.settings import Settings, author_name

    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)
    return author_name(Settings(store))


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


def stream_json(items: Iterable[Any]) -> None:
    """Print one JSON array an element at a time, each as soon as it is known, so a run
    that is stopped midway has printed a record of what it did (a valid array once it
    ends)."""
    print("[", flush=True)
    for number, item in enumerate(items):
        lines = json.dumps(item, ensure_ascii=False, indent=1).splitlines()
        print(("," if number else "") + "\n".join(" " + line for line in lines), flush=True)
    print("]", flush=True)
