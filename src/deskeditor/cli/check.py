"""``deskeditor check``: the copy-desk checks of a file or a stored article."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.cli.common import UsageError, opened_database, print_json

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    from deskeditor.formats.registry import FORMATS

    check = commands.add_parser(
        "check", parents=[common], help="copy-desk checks of a file or a stored article"
    )
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "path", nargs="?", metavar="PATH", help=f"any importable file ({FORMATS.extensions_text()})"
    )
    source.add_argument("--article", metavar="ID", help="a stored article's id or slug")
    check.add_argument("--json", action="store_true", help="print findings as one JSON array")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from deskeditor.paths import data_dir
    from deskeditor.services.checks import desk_checker, report_rows

    if args.article:
        from deskeditor.services.articles import ArticleService

        with opened_database(args, must_exist=True) as database:
            article = ArticleService(database.unit_of_work).find(args.article)
    else:
        from deskeditor.formats.registry import read_file

        path = Path(args.path)
        if not path.exists():
            raise UsageError(f"{path} does not exist")
        article = read_file(path).article
    findings = desk_checker(data_dir()).check(article)
    rows = report_rows(article, findings)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(
                f"{row['field']}:{row['line']}:{row['column']}: {row['severity']}: "
                f"{row['message']} [{row['id']}]"
            )
        if not rows:
            print("no findings")
    return 1 if any(f.severity == "error" for f in findings) else 0
