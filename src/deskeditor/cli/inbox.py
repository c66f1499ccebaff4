"""``deskeditor inbox import|list|export``: reader correction requests."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.cli import mailbox
from deskeditor.cli.common import (
    add_command,
    opened_database,
    output_path,
    print_json,
    stream_json,
)
from deskeditor.domain.corrections import RequestStatus

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.inbox import InboxOutcome, InboxService
    from deskeditor.storage.database import Database


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add_command(commands, "inbox", "reader correction requests",
                lambda parser: arguments(parser, common))  # fmt: skip


def arguments(inbox: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    actions = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    intake = actions.add_parser("import", parents=[common], help="read .eml, mbox or Maildir")
    intake.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    intake.add_argument("--json", action="store_true")
    intake.set_defaults(handler=run_inbox_import)
    listing = actions.add_parser("list", parents=[common], help="list requests")
    listing.add_argument("--status", choices=[s.value for s in RequestStatus])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_inbox_list)
    ledger = actions.add_parser("export", parents=[common], help="export the ledger")
    ledger.add_argument("--format", required=True, choices=("csv", "jsonld"))
    ledger.add_argument("-o", "--output", required=True, metavar="PATH")
    ledger.set_defaults(handler=run_inbox_export)
    mailbox.register(actions, common)


@contextmanager
def _inbox(
    args: argparse.Namespace, writes: bool = False
) -> Iterator[tuple[Database, ArticleService, InboxService]]:
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.inbox import InboxService

    with opened_database(args, writes=writes) as database:
        articles = ArticleService(database.unit_of_work)
        yield database, articles, InboxService(database.unit_of_work, articles)


def run_inbox_import(args: argparse.Namespace) -> int:
    """Each message's outcome is printed as soon as its batch is stored."""
    outcomes: list[InboxOutcome] = []
    with _inbox(args, writes=True) as (_, _, inbox):
        if args.json:

            def objects() -> Iterator[dict[str, object]]:
                for outcome in inbox.iter_sources(args.paths):
                    outcomes.append(outcome)
                    yield outcome.as_json()

            stream_json(objects())
        else:
            for o in inbox.iter_sources(args.paths):
                outcomes.append(o)
                article = f" → {o.article['headline']}" if o.article else " (not linked)"
                detail = "".join(f"; {note}" for note in [o.error or "", *o.warnings] if note)
                print(
                    f"{o.source}: {o.outcome}{article if o.request_id else ''}{detail}", flush=True
                )
    return 0 if all(o.request_id is not None for o in outcomes) else 1


def run_inbox_list(args: argparse.Namespace) -> int:
    with _inbox(args) as (_, _, inbox):
        rows = inbox.requests(RequestStatus(args.status) if args.status else None)
    if args.json:
        print_json([
            {"id": r.id, "status": r.status.value,
             "received": r.received_at.isoformat() if r.received_at else None,
             "reader_date": r.sent_at.isoformat() if r.sent_at else None,
             "sender": r.sender, "subject": r.subject, "article_id": r.article_id,
             "article": r.article_headline, "confidence": r.confidence, "evidence": r.evidence,
             "messages": r.messages, "overdue": r.overdue}
            for r in rows
        ])  # fmt: skip
    else:
        for r in rows:
            flag = " OVERDUE" if r.overdue else ""
            article = r.article_headline or "(not linked)"
            print(f"#{r.id} [{r.status.value}]{flag} {r.sender}: {r.subject} → {article}")
    return 0


def run_inbox_export(args: argparse.Namespace) -> int:
    from deskeditor.files import refuse_database_files, write_text_atomically
    from deskeditor.services.ledger import CorrectionsLedger

    target = output_path(args.output)
    refuse_database_files(target)  # before the ledger is read, not after
    with _inbox(args) as (database, articles, inbox):
        ledger = CorrectionsLedger(database.unit_of_work, inbox, articles)
        text = ledger.export_csv() if args.format == "csv" else ledger.export_jsonld()
    print(write_text_atomically(target, text))
    return 0
