"""``deskeditor import`` and ``deskeditor export``: articles in and out of files.
The formats and extensions come from their registries."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.cli.common import (
    UsageError,
    add_command,
    opened_database,
    output_path,
    stream_json,
)
from deskeditor.domain.text import counted

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands
    from deskeditor.services.exporting import PdfDetails
    from deskeditor.services.importing import ImportOutcome


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add_command(commands, "import", "import articles from files or folders", import_arguments,
                [common])  # fmt: skip
    add_command(commands, "export", "write an article to a file", export_arguments, [common])


def import_arguments(importer: argparse.ArgumentParser) -> None:
    from deskeditor.formats.registry import FORMATS

    importer.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        type=Path,
        help=f"files or folders ({FORMATS.extensions_text()})",
    )
    importer.add_argument(
        "--watch",
        action="append",
        metavar="FOLDER",
        type=Path,
        help="keep watching FOLDER for wire copy and import each file once it has settled "
        "(until Ctrl+C); with --json, one JSON object a line",
    )
    importer.add_argument(
        "--json", action="store_true", help="print one JSON array, an object a file"
    )
    importer.add_argument("--dry-run", action="store_true", help="read and report; store nothing")
    importer.add_argument(
        "--on-duplicate",
        choices=("skip", "replace", "copy"),
        default="skip",
        help="a file imported before is skipped (the default), replaces its article's copy "
        "as a new revision, or comes in as a copy",
    )
    importer.set_defaults(handler=run_import)


def export_arguments(export: argparse.ArgumentParser) -> None:
    from deskeditor.services.exporting import DEFAULT_NINJS_VERSION, NINJS_VERSIONS, ExportFormat

    export.add_argument("article", metavar="ARTICLE", help="the article's id or slug")
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument("-o", "--output", required=True, metavar="PATH")
    export.add_argument(
        "--ninjs-version",
        choices=NINJS_VERSIONS,
        default=DEFAULT_NINJS_VERSION,
        help=f"the ninjs version written by --format ninjs (default {DEFAULT_NINJS_VERSION})",
    )
    export.add_argument(
        "--proof",
        action="store_true",
        help="with --format pdf: a desk proof, each page headed with slug, status, "
        "section, date and page n of m",
    )
    export.add_argument(
        "--queries", action="store_true", help="mark and list the desk's open queries (HTML, PDF)"
    )
    export.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    """Each file's outcome is printed as soon as it is stored, so an interrupted run
    leaves a record; running it again skips what came in."""
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.importing import OnDuplicate, iter_imports

    if args.watch:
        return run_watch(args)
    if not args.paths:
        raise UsageError("name files or folders to import, or --watch FOLDER")

    def report(outcomes: Iterator[ImportOutcome]) -> list[ImportOutcome]:
        done: list[ImportOutcome] = []
        if args.json:

            def objects() -> Iterator[dict[str, object]]:
                for outcome in outcomes:
                    done.append(outcome)
                    yield outcome.as_json()

            stream_json(objects())
            return done
        for outcome in outcomes:
            print(_line(outcome, args.dry_run), flush=True)
            done.append(outcome)
        ok = sum(o.ok for o in done)
        print(
            f"{ok} of {counted(len(done), 'file', 'files')} "
            f"{'read' if args.dry_run else 'imported'}"
        )
        return done

    choice = OnDuplicate(args.on_duplicate)
    if args.dry_run:
        outcomes = report(iter_imports(args.paths, None))
    else:
        with opened_database(args, writes=True) as database:
            service = ArticleService(database.unit_of_work)
            outcomes = report(iter_imports(args.paths, service, on_duplicate=choice))
    return 0 if outcomes and all(o.ok for o in outcomes) else 1


def run_watch(args: argparse.Namespace) -> int:
    """Import what wire folders deliver until interrupted (exit 130 on Ctrl+C)."""
    import json
    import time

    from deskeditor.services.articles import ArticleService
    from deskeditor.services.wire_folders import WireFolders
    from deskeditor.settings import WIRE_MOVE_IMPORTED, Settings, user_store

    if args.dry_run or args.paths:
        raise UsageError("--watch imports as files arrive: no --dry-run, no other paths")
    for folder in args.watch:
        if not folder.is_dir():
            raise UsageError(f"{folder} is not a folder")
    move = Settings(user_store()).get(WIRE_MOVE_IMPORTED)
    with opened_database(args) as database:
        articles = ArticleService(database.unit_of_work)
        wire = WireFolders(database.unit_of_work, articles, args.watch, move)
        where = ", ".join(str(f) for f in args.watch)
        print(f"watching {where} (Ctrl+C stops)", file=sys.stderr, flush=True)
        while True:
            for outcome in wire.import_ready():
                if args.json:
                    print(json.dumps(outcome.as_json(), ensure_ascii=False), flush=True)
                elif outcome.ok:
                    print(
                        f"{outcome.path}: imported as {outcome.slug} ({outcome.format})", flush=True
                    )
                else:
                    print(f"{outcome.path}: not imported: {outcome.error}", flush=True)
            time.sleep(1.0)


def _line(outcome: ImportOutcome, dry_run: bool) -> str:
    """One file's outcome for people: what it became, or why not."""
    if not outcome.ok or outcome.imported is None:
        return f"{outcome.path}: not imported: {outcome.error}"
    if dry_run:
        done = "read"
    elif outcome.duplicate == "skipped":
        done = f"skipped, already imported as {outcome.slug}"
    else:
        done = f"imported as {outcome.slug}"
    skipped = outcome.duplicate == "skipped"  # the line says it; the reading notes follow
    notes = "; ".join(outcome.imported.warnings if skipped else outcome.warnings)
    return f"{outcome.path}: {done} ({outcome.format}){': ' + notes if notes else ''}"


def run_export(args: argparse.Namespace) -> int:
    from deskeditor.resources import resource_path
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.exporting import ArticleExporter, ExportFormat
    from deskeditor.services.rendering import ArticleRenderer

    if args.proof and args.format != ExportFormat.PDF.value:
        raise UsageError("--proof goes with --format pdf")
    target = output_path(args.output)
    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work)
        article = service.find(args.article)
        assert article.id is not None
        notices = service.notices(article.id)
        source = service.source(article.id)
        queries = service.queries(article.id, open_only=True) if args.queries else []
        kept = database.files()
    renderer = ArticleRenderer(resource_path("preview"))
    exporter = ArticleExporter(
        renderer, write_pdf_offscreen, never_overwrite=kept, sources=lambda _: source
    )
    fmt = ExportFormat(args.format)
    print(exporter.export(article, notices, fmt, target, args.ninjs_version, args.proof, queries))
    return 0


def write_pdf_offscreen(html: str, target: Path, details: PdfDetails) -> None:
    """Qt lays out the PDF; the command line has no window, so Qt runs offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskeditor.ui.printing import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    write_pdf(html, target, details)
