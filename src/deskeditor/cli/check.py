"""``deskeditor check``: the copy-desk checks of a file or a stored article."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.cli.common import UsageError, add_command, opened_database, print_json

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add_command(commands, "check", "copy-desk checks of a file or a stored article", arguments,
                [common])  # fmt: skip


def arguments(check: argparse.ArgumentParser) -> None:
    from deskeditor.formats.registry import FORMATS

    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "path", nargs="?", metavar="PATH", help=f"any importable file ({FORMATS.extensions_text()})"
    )
    source.add_argument("--article", metavar="ID", help="a stored article's id or slug")
    check.add_argument(
        "--language",
        metavar="LANG",
        help="check as this language (en-US, en-GB, …), whatever the article sets",
    )
    check.add_argument("--json", action="store_true", help="print findings as one JSON array")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    import sys

    from deskeditor.domain.language import LanguageTagError, normalize_tag
    from deskeditor.paths import data_dir
    from deskeditor.services.checks import desk_checker, report_rows
    from deskeditor.settings import DESK_LANGUAGE, Settings, user_store

    language = None
    if args.language is not None:
        try:
            language = normalize_tag(args.language)
        except LanguageTagError as error:
            raise UsageError(f"--language: {error}") from None

    if args.article:
        from deskeditor.services.articles import ArticleService

        with opened_database(args, must_exist=True) as database:
            article = ArticleService(database.unit_of_work).find(args.article)
    else:
        from deskeditor.formats.base import UnreadableFileError
        from deskeditor.formats.registry import read_file

        path = Path(args.path)
        if not path.exists():
            raise UsageError(f"{path} does not exist")
        try:
            article = read_file(path).article
        except (UnreadableFileError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise UnreadableFileError(f"{path}: {reason}") from None
    if language is not None:
        article = article.replace(language=language)
    desk_language = Settings(user_store()).get(DESK_LANGUAGE)
    checker = desk_checker(data_dir(), language=desk_language)
    if checker.spelling_note:
        print(f"deskeditor: {checker.spelling_note}", file=sys.stderr)
    elif not checker.knows_spelling(checker.language(article)):
        print(
            f"deskeditor: no {checker.language(article)} dictionary is installed: "
            "spelling not checked",
            file=sys.stderr,
        )
    findings = checker.check(article)
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
