"""Command line: ``deskeditor`` opens the app; subcommands work on the database.

Each command group is a module here with a ``register`` function. Errors a user
can fix print one line to stderr: exit 2 for a mistake on the command line, 1 for
a problem with the data.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from deskeditor import __version__
from deskeditor.cli import gui
from deskeditor.cli.common import CommandParser, UsageError
from deskeditor.paths import DB_ENV, close_data_folder


def command_groups() -> tuple[ModuleType, ...]:
    """The command groups, each a module of this package with a ``register`` function,
    in the order --help lists them. Imported here, when a command is parsed (and
    named plainly, so the frozen app's bundler finds them)."""
    from deskeditor.cli import article, check, db, desk, inbox, queries, revisions, transfer

    return (transfer, article, revisions, queries, check, inbox, db, desk)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only what opening the window
    takes (no command group is imported)."""
    # --db is accepted before or after a subcommand; SUPPRESS keeps the subcommand's
    # parser from resetting a --db given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"database file (default: ${DB_ENV} or the data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="deskeditor",
        description="Deskeditor, an editorial workstation for news copy editors.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"deskeditor {__version__}")
    gui.register(parser)
    if not commands:
        return parser
    # Each command's arguments are added when it is used (CommandParser).
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=CommandParser
    )
    for group in command_groups():
        group.register(subparsers, common)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; a plain start of the window is parsed without building the
    commands' parsers or importing their modules (~20 ms before the first paint)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(given):
        args, rest = build_parser(commands=False).parse_known_args(given)
        if not rest:
            return args
    return build_parser().parse_args(given)  # a command, help, or a mistake to report


class OneLineHandler(logging.Handler):
    """Warnings on the command line are one line each, as errors are, on standard
    error as it is when each is written (no stream is held: a replaced or closed one
    is never touched again); the details (a traceback) only with DESKEDITOR_DEBUG=1."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter("deskeditor: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if not os.environ.get("DESKEDITOR_DEBUG"):
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        try:
            print(self.format(record), file=sys.stderr)
        except Exception:
            self.handleError(record)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    logger, one_line = logging.getLogger("deskeditor"), OneLineHandler()
    logger.addHandler(one_line)  # for this command only (main runs in-process in tests)
    try:
        return _run(args)
    finally:
        logger.removeHandler(one_line)


def _run(args: argparse.Namespace) -> int:
    if notice := close_data_folder():
        print(f"deskeditor: {notice}", file=sys.stderr)
        args.notice = notice  # the window says it too
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UsageError as error:
        print(f"deskeditor: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from deskeditor.domain.checks.style import RulebookError
        from deskeditor.formats.base import UnreadableFileError
        from deskeditor.services.errors import ServiceError
        from deskeditor.storage.errors import StorageError

        failures = StorageError | ServiceError | UnreadableFileError | OSError | RulebookError
        if isinstance(error, failures):
            print(f"deskeditor: {error}", file=sys.stderr)
            return 1
        raise
