"""Command line: ``deskeditor`` opens the app; subcommands work on the database.

Errors a user can fix print one line to stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor import __version__
from deskeditor.domain.corrections import RequestStatus
from deskeditor.paths import DB_ENV, database_path

REQUEST_STATUSES = tuple(RequestStatus)


if TYPE_CHECKING:
    from deskeditor.services.inbox import InboxService
    from deskeditor.storage.database import Database

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]  # a parser's subcommands


class UsageError(Exception):
    """A mistake on the command line, reported in one line."""


def build_parser() -> argparse.ArgumentParser:
    db_help = f"database file (default: ${DB_ENV} or the data folder)"
    # Accepted before or after a subcommand; SUPPRESS keeps the subcommand's parser
    # from resetting a --db given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser = argparse.ArgumentParser(
        prog="deskeditor",
        description="Deskeditor, an editorial workstation for news copy editors.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"deskeditor {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh demo database, discarded on exit"
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="render the main window (1440×900) to a PNG file and exit",
    )
    parser.set_defaults(handler=run_gui)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_article_commands(commands, common)
    _add_inbox_commands(commands, common)
    db = commands.add_parser("db", parents=[common], help="maintain the database file")
    db.add_argument("action", choices=("upgrade", "backup", "check"))
    db.set_defaults(handler=run_db)
    return parser


def _add_article_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """import, export and check: formats and extensions come from their registries."""
    from deskeditor.formats.registry import FORMATS
    from deskeditor.services.exporting import ExportFormat

    extensions = FORMATS.extensions_text()
    importer = commands.add_parser(
        "import", parents=[common], help="import articles from files or folders"
    )
    importer.add_argument(
        "paths", nargs="+", metavar="PATH", type=Path, help=f"files or folders ({extensions})"
    )
    importer.add_argument(
        "--json", action="store_true", help="print one JSON array, an object a file"
    )
    importer.add_argument("--dry-run", action="store_true", help="read and report; store nothing")
    importer.set_defaults(handler=run_import)

    export = commands.add_parser("export", parents=[common], help="write an article to a file")
    export.add_argument("article", metavar="ARTICLE", help="the article's id or slug")
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument("-o", "--output", required=True, metavar="PATH")
    export.set_defaults(handler=run_export)

    check = commands.add_parser(
        "check", parents=[common], help="copy-desk checks of a file or a stored article"
    )
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "path", nargs="?", metavar="PATH", help=f"any importable file ({extensions})"
    )
    source.add_argument("--article", metavar="ID", help="a stored article's id or slug")
    check.add_argument("--json", action="store_true", help="print findings as one JSON array")
    check.set_defaults(handler=run_check)


def _add_inbox_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    inbox = commands.add_parser("inbox", help="reader correction requests")
    inbox_commands = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    intake = inbox_commands.add_parser(
        "import", parents=[common], help="read .eml, mbox or Maildir"
    )
    intake.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    intake.add_argument("--json", action="store_true")
    intake.set_defaults(handler=run_inbox_import)
    listing = inbox_commands.add_parser("list", parents=[common], help="list requests")
    listing.add_argument("--status", choices=[s.value for s in REQUEST_STATUSES])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_inbox_list)
    ledger = inbox_commands.add_parser("export", parents=[common], help="export the ledger")
    ledger.add_argument("--format", required=True, choices=("csv", "jsonld"))
    ledger.add_argument("-o", "--output", required=True, metavar="PATH")
    ledger.set_defaults(handler=run_inbox_export)


def checked_database_path(value: str | None) -> Path:
    """The database path, refusing ones that cannot work before anything is opened."""
    path = database_path(value)
    explicit = value or os.environ.get(DB_ENV)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give the path of a database file")
    if explicit and not path.parent.is_dir():
        raise UsageError(f"the folder {path.parent} does not exist")
    return path


def run_gui(args: argparse.Namespace) -> int:
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    if screenshot is not None:
        if not screenshot.parent.is_dir():
            raise UsageError(f"the folder {screenshot.parent} does not exist")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UsageError(
            "no graphical display found; run it on a desktop, or use --screenshot PATH"
        )
    database = checked_database_path(getattr(args, "db", None))
    from deskeditor.app import AppOptions, run

    default_location = not (getattr(args, "db", None) or os.environ.get(DB_ENV))
    options = AppOptions(
        database=database,
        demo=args.demo,
        screenshot=screenshot,
        default_location=default_location,
    )
    return run(options)


def run_db(args: argparse.Namespace) -> int:
    from deskeditor.storage import maintenance

    path = checked_database_path(getattr(args, "db", None))
    if args.action == "upgrade":
        taken = maintenance.prepare_database(path)
        print(f"{path}: up to date" + (f" (backup: {taken})" if taken else ""))
        return 0
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    if args.action == "backup":
        print(maintenance.backup(path))
        return 0
    problems = maintenance.integrity_check(path)
    for problem in problems:
        print(f"{path}: {problem}")
    if not problems:
        print(f"{path}: ok")
    return 1 if problems else 0


def run_export(args: argparse.Namespace) -> int:
    from deskeditor.resources import resource_path
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.exporting import ArticleExporter, ExportFormat
    from deskeditor.services.rendering import ArticleRenderer
    from deskeditor.storage.database import open_database

    path = checked_database_path(getattr(args, "db", None))
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    target = Path(args.output).expanduser().resolve()
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist")
    database = open_database(path)
    try:
        service = ArticleService(database.unit_of_work)
        article = service.find(args.article)
        assert article.id is not None
        notices = service.notices(article.id)
        kept = database.files()
    finally:
        database.close()
    renderer = ArticleRenderer(resource_path("preview"))
    exporter = ArticleExporter(renderer, write_pdf_offscreen, never_overwrite=kept)
    print(exporter.export(article, notices, ExportFormat(args.format), target))
    return 0


def write_pdf_offscreen(html: str, target: Path) -> None:
    """Qt lays out the PDF; the command line has no window, so Qt runs offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskeditor.ui.printing import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    write_pdf(html, target)


def run_import(args: argparse.Namespace) -> int:
    import json

    from deskeditor.services.articles import ArticleService
    from deskeditor.services.importing import import_files
    from deskeditor.storage.database import open_database

    database = None
    service = None
    if not args.dry_run:
        database = open_database(checked_database_path(getattr(args, "db", None)))
        service = ArticleService(database.unit_of_work)
    try:
        outcomes = import_files(args.paths, service)
    finally:
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps([o.as_json() for o in outcomes], ensure_ascii=False, indent=1))
    else:
        for outcome in outcomes:
            if outcome.ok and outcome.imported:
                done = "read" if args.dry_run else f"imported as {outcome.slug}"
                notes = "; ".join(outcome.imported.warnings)
                print(f"{outcome.path}: {done} ({outcome.format}){': ' + notes if notes else ''}")
            else:
                print(f"{outcome.path}: not imported: {outcome.error}")
        ok = sum(o.ok for o in outcomes)
        print(f"{ok} of {len(outcomes)} file(s) {'read' if args.dry_run else 'imported'}")
    return 0 if outcomes and all(o.ok for o in outcomes) else 1


def _inbox(args: argparse.Namespace) -> tuple[Database, InboxService]:
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.inbox import InboxService
    from deskeditor.storage.database import open_database

    database = open_database(checked_database_path(getattr(args, "db", None)))
    articles = ArticleService(database.unit_of_work)
    return database, InboxService(database.unit_of_work, articles)


def run_inbox_import(args: argparse.Namespace) -> int:
    import json

    database, inbox = _inbox(args)
    try:
        outcomes = inbox.import_sources(args.paths)
    finally:
        database.close()
    if args.json:
        print(json.dumps([o.as_json() for o in outcomes], ensure_ascii=False, indent=1))
    else:
        for o in outcomes:
            article = f" → {o.article['headline']}" if o.article else " (not linked)"
            detail = f": {o.error}" if o.error else ""
            print(f"{o.source}: {o.outcome}{article if o.request_id else ''}{detail}")
    return 0 if all(o.request_id is not None for o in outcomes) else 1


def run_inbox_list(args: argparse.Namespace) -> int:
    import json

    database, inbox = _inbox(args)
    try:
        status = RequestStatus(args.status) if args.status else None
        rows = inbox.requests(status)
    finally:
        database.close()
    if args.json:
        print(json.dumps([
            {"id": r.id, "status": r.status.value,
             "received": r.received_at.isoformat() if r.received_at else None,
             "sender": r.sender, "subject": r.subject, "article_id": r.article_id,
             "article": r.article_headline, "confidence": r.confidence, "evidence": r.evidence,
             "messages": r.messages, "overdue": r.overdue}
            for r in rows
        ], ensure_ascii=False, indent=1))  # fmt: skip
    else:
        for r in rows:
            flag = " OVERDUE" if r.overdue else ""
            article = r.article_headline or "(not linked)"
            print(f"#{r.id} [{r.status.value}]{flag} {r.sender}: {r.subject} → {article}")
    return 0


def run_inbox_export(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser().resolve()
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist")
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.ledger import CorrectionsLedger

    database, inbox = _inbox(args)
    try:
        ledger = CorrectionsLedger(
            database.unit_of_work, inbox, ArticleService(database.unit_of_work)
        )
        text = ledger.export_csv() if args.format == "csv" else ledger.export_jsonld()
    finally:
        database.close()
    target.write_text(text, encoding="utf-8")
    print(target)
    return 0


def run_check(args: argparse.Namespace) -> int:
    import json

    from deskeditor.paths import data_dir
    from deskeditor.services.checks import desk_checker, report_rows

    if args.article:
        from deskeditor.services.articles import ArticleService
        from deskeditor.storage.database import open_database

        path = checked_database_path(getattr(args, "db", None))
        if not path.exists():
            raise UsageError(f"{path} does not exist")
        database = open_database(path)
        try:
            article = ArticleService(database.unit_of_work).find(args.article)
        finally:
            database.close()
    else:
        from deskeditor.formats.registry import read_file

        path = Path(args.path)
        if not path.exists():
            raise UsageError(f"{path} does not exist")
        article = read_file(path).article
    findings = desk_checker(data_dir()).check(article)
    rows = report_rows(article, findings)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(
                f"{row['field']}:{row['line']}:{row['column']}: {row['severity']}: "
                f"{row['message']} [{row['id']}]"
            )
        if not rows:
            print("no findings")
    return 1 if any(f.severity == "error" for f in findings) else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
