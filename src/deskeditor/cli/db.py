"""``deskeditor db upgrade|backup|check``: looking after the database file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from deskeditor.cli.common import add_command, checked_database_path, existing_database_path

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add_command(commands, "db", "maintain the database file", arguments, [common])


def arguments(db: argparse.ArgumentParser) -> None:
    db.add_argument("action", choices=("upgrade", "backup", "check"))
    db.set_defaults(handler=run_db)


def run_db(args: argparse.Namespace) -> int:
    from deskeditor.storage import maintenance

    if args.action == "upgrade":
        path = checked_database_path(args)
        taken = maintenance.prepare_database(path)
        print(f"{path}: up to date" + (f" (backup: {taken})" if taken else ""))
        return 0
    path = existing_database_path(args)
    if args.action == "backup":
        print(maintenance.backup(path))
        return 0
    problems = maintenance.integrity_check(path)
    for problem in problems:
        print(f"{path}: {problem}")
    if not problems:
        print(f"{path}: ok")
    return 1 if problems else 0
