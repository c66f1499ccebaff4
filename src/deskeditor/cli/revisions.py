"""``deskeditor revisions ID-OR-SLUG [--json]``, ``deskeditor revisions restore
ID-OR-SLUG REV [--field F]`` and ``deskeditor diff ID-OR-SLUG [--from REV] [--to
REV|current] [--format text|html|json]``: an article's history for scripts.

Revision ids are integers that grow with time. ``diff`` compares the article as
filed (its import, else its first move out of draft, else its first revision with
text) with the current text unless told otherwise; its JSON is a list of
``{field, op, text}`` runs in order, from which both texts can be rebuilt.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from deskeditor.cli.common import UsageError, current_author, opened_database, print_json
from deskeditor.domain.article import RESTORABLE_FIELDS

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands
    from deskeditor.domain.article import RevisionInfo

FORMATS = ("text", "html", "json")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    history = commands.add_parser(
        "revisions",
        parents=[common],
        help="an article's revisions; 'revisions restore' brings one back",
        usage="deskeditor revisions ID-OR-SLUG [--json]\n"
        "       deskeditor revisions restore ID-OR-SLUG REV [--field F]",
        description="List an article's revisions, oldest first, or restore one as a new "
        "revision (the current text is kept first; nothing is deleted).",
    )
    history.add_argument("words", nargs="+", metavar="ID-OR-SLUG", help=argparse.SUPPRESS)
    history.add_argument("--json", action="store_true", help="print one JSON array")
    history.add_argument(
        "--field",
        choices=RESTORABLE_FIELDS,
        metavar="F",
        help=f"restore only this field ({', '.join(RESTORABLE_FIELDS)})",
    )
    history.set_defaults(handler=run_revisions)
    diff = commands.add_parser(
        "diff", parents=[common], help="what changed between two revisions, word by word"
    )
    diff.add_argument("article", metavar="ID-OR-SLUG")
    diff.add_argument("--from", dest="start", metavar="REV", help="default: the text as filed")
    diff.add_argument("--to", dest="end", metavar="REV|current", default="current")
    diff.add_argument("--format", choices=FORMATS, default="text")
    diff.set_defaults(handler=run_diff)


def run_revisions(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if words[0] == "restore" and len(words) == 3:
        return run_restore(args, words[1], revision_number(words[2]))
    if len(words) != 1:
        raise UsageError(
            "give one article (revisions ID-OR-SLUG) or restore ID-OR-SLUG REV [--field F]"
        )
    if args.field:
        raise UsageError("--field goes with 'revisions restore'")
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.revisions import RevisionService

    with opened_database(args, must_exist=True) as database:
        article = ArticleService(database.unit_of_work).find(words[0])
        assert article.id is not None
        revisions = RevisionService(database.unit_of_work).all(article.id)
    if args.json:
        print_json([revision_json(r) for r in revisions])
        return 0
    for r in revisions:
        who = r.author or "-"
        print(f"{r.id:>6}  {r.created_at.astimezone():%Y-%m-%d %H:%M}  {who:<16}  {r.summary}")
    return 0


def run_restore(args: argparse.Namespace, reference: str, revision_id: int) -> int:
    from deskeditor.services.articles import ArticleService

    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work, author=current_author())
        article = service.find(reference)
        restored = service.restore_revision(article, revision_id, args.field)
    what = f"{args.field.replace('_', ' ')} of revision" if args.field else "revision"
    if args.json:
        print_json({"id": restored.id, "slug": restored.slug, "restored": revision_id,
                    "field": args.field, "version": restored.version})  # fmt: skip
    else:
        print(f"{restored.slug}: {what} {revision_id} restored (version {restored.version})")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from deskeditor.domain.diff import runs_json
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.diff_view import diff_document, text_diff
    from deskeditor.services.revisions import RevisionService

    start = revision_number(args.start) if args.start is not None else None
    end = None if args.end == "current" else revision_number(args.end)
    with opened_database(args, must_exist=True) as database:
        article = ArticleService(database.unit_of_work).find(args.article)
        assert article.id is not None
        comparison = RevisionService(database.unit_of_work).compare(article.id, start, end)
    if args.format == "json":
        print_json(runs_json(comparison.runs))
        return 0
    before, after = comparison.before.label, comparison.after.label
    changes = comparison.changes
    summary = f"{article.slug}: {before} → {after}: +{changes.added} −{changes.removed} words"
    if args.format == "html":
        lines = [summary]
        if comparison.authors:
            lines.append("Changes by " + ", ".join(comparison.authors))
        sys.stdout.write(diff_document(f"Changes to “{article.headline}”", lines, comparison.runs))
        return 0
    print(summary)
    print()
    sys.stdout.write(text_diff(comparison.runs))
    return 0


def revision_number(value: str) -> int:
    if not value.strip().isdigit():
        raise UsageError(f"{value!r} is not a revision id (a whole number; see 'revisions')")
    return int(value)


def revision_json(revision: RevisionInfo) -> dict[str, Any]:
    article = revision.article()
    fields: dict[str, Any] = {name: getattr(article, name) for name in RESTORABLE_FIELDS}
    fields["status"] = article.status.value
    fields["pull_quotes"] = [
        {"text": q.text, "attribution": q.attribution, "after_paragraph": q.after_paragraph}
        for q in article.pull_quotes
    ]
    return {
        "id": revision.id,
        "time": revision.created_at.isoformat(),
        "author": revision.author,
        "reason": revision.reason.value,
        "summary": revision.summary,
        "fields": fields,
    }
