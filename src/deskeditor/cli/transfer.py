"""``deskeditor import`` and ``deskeditor export``: articles in and out of files.
The formats and extensions come from their registries."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.cli.common import opened_database, output_path, print_json

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    from deskeditor.formats.registry import FORMATS
    from deskeditor.services.exporting import ExportFormat

    importer = commands.add_parser(
        "import", parents=[common], help="import articles from files or folders"
    )
    importer.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help=f"files or folders ({FORMATS.extensions_text()})",
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


def run_import(args: argparse.Namespace) -> int:
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.importing import ImportOutcome, import_files

    outcomes: list[ImportOutcome]
    if args.dry_run:
        outcomes = import_files(args.paths, None)
    else:
        with opened_database(args) as database:
            outcomes = import_files(args.paths, ArticleService(database.unit_of_work))
    if args.json:
        print_json([o.as_json() for o in outcomes])
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


def run_export(args: argparse.Namespace) -> int:
    from deskeditor.resources import resource_path
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.exporting import ArticleExporter, ExportFormat
    from deskeditor.services.rendering import ArticleRenderer

    target = output_path(args.output)
    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work)
        article = service.find(args.article)
        assert article.id is not None
        notices = service.notices(article.id)
        kept = database.files()
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
