"""``deskeditor article list|show|set|status``: the article workflow for scripts.

``status`` goes through the same state machine and gate as the window's status
control (services/workflow.py): with errors standing, ready and published are
refused (exit 1, the blocking findings listed) unless ``--override REASON`` is
given, and the override is kept in the article's history.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskeditor.cli.common import (
    UsageError,
    add_command,
    current_author,
    opened_database,
    print_json,
)
from deskeditor.domain.article import STAMP_FIELDS, TEXT_FIELDS, Article, ArticleStatus
from deskeditor.domain.text import counted

if TYPE_CHECKING:
    from deskeditor.cli.common import Commands
    from deskeditor.domain.article import ArticleSummary
    from deskeditor.domain.corrections import CorrectionNotice

STATUSES = [s.value for s in ArticleStatus]
PAGE = 500


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add_command(commands, "article", "list, show, edit and move articles",
                lambda parser: arguments(parser, common))  # fmt: skip


def arguments(article: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    from deskeditor.services.field_edits import SETTABLE_FIELDS

    actions = article.add_subparsers(dest="article_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the live articles, newest first")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--section", metavar="S")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", parents=[common], help="every field of one article")
    show.add_argument("article", metavar="ID-OR-SLUG")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    edit = actions.add_parser(
        "set", parents=[common], help="change fields; kept as a revision by you"
    )
    edit.add_argument("article", metavar="ID-OR-SLUG")
    edit.add_argument(
        "changes", nargs="*", metavar="FIELD=VALUE", help=f"fields: {', '.join(SETTABLE_FIELDS)}"
    )
    edit.add_argument("--body-file", metavar="PATH", type=Path, help="the body from a UTF-8 file")
    edit.add_argument("--author", metavar="NAME", help="who the revision is by")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=run_set)
    move = actions.add_parser(
        "status", parents=[common], help="move along the workflow, gated by the checks"
    )
    move.add_argument("article", metavar="ID-OR-SLUG")
    move.add_argument("status", metavar="STATUS", choices=STATUSES, help=", ".join(STATUSES))
    move.add_argument(
        "--override", metavar="REASON", default="", help="go ahead over errors, for this reason"
    )
    move.add_argument("--author", metavar="NAME", help="who the move is by")
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=run_status)


# -- list and show ----------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from deskeditor.domain.article import ArticleQuery
    from deskeditor.services.articles import ArticleService

    query = ArticleQuery(
        status=ArticleStatus(args.status) if args.status else None, section=args.section
    )
    rows: list[ArticleSummary] = []
    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work)
        while page := service.list_page(query, len(rows), PAGE):
            rows += page
    if args.json:
        print_json([summary_json(row) for row in rows])
    else:
        for row in rows:
            print(
                f"{row.id:>5}  {row.status.value:<10}  {row.section or '-':<12}  {row.slug}  "
                f"{row.headline or '(no headline)'} ({counted(row.word_count, 'word', 'words')})"
            )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from deskeditor.services.articles import ArticleService

    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work)
        article = service.find(args.article)
        assert article.id is not None
        notices = service.notices(article.id)
    print_article(article, notices, args.json)
    return 0


# -- set ----------------------------------------------------------------------------------
def run_set(args: argparse.Namespace) -> int:
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.field_edits import (
        FieldValueError,
        apply,
        check_value,
        parse_assignments,
    )

    try:
        changes = parse_assignments(args.changes)
        if args.body_file is not None:
            if "body" in changes:
                raise FieldValueError("body is given twice (body= and --body-file)")
            changes["body"] = read_body(args.body_file)
            check_value("body", changes["body"])
    except FieldValueError as error:
        raise UsageError(str(error)) from None
    if not changes:
        raise UsageError("nothing to change: give FIELD=VALUE or --body-file PATH")
    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work, author=args.author or current_author())
        article = service.find(args.article)
        stored = service.save(apply(article, changes))
        assert stored.id is not None
        notices = service.notices(stored.id)
    print_article(stored, notices, args.json, brief=True)
    return 0


def read_body(path: Path) -> str:
    if not path.is_file():
        raise UsageError(f"{path} does not exist" if not path.exists() else f"{path} is not a file")
    try:
        return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        raise UsageError(f"{path} is not UTF-8 text (byte {error.start})") from None


# -- status -------------------------------------------------------------------------------
def run_status(args: argparse.Namespace) -> int:
    from deskeditor.paths import data_dir
    from deskeditor.services.articles import ArticleService
    from deskeditor.services.checks import desk_checker, report_rows
    from deskeditor.services.workflow import GateClosedError, WorkflowService

    target = ArticleStatus(args.status)
    with opened_database(args, must_exist=True) as database:
        articles = ArticleService(database.unit_of_work, author=args.author or current_author())
        workflow = WorkflowService(articles, desk_checker(data_dir(), spelling=False).check)
        article = articles.find(args.article)
        try:
            moved = workflow.change_status(article, target, override=args.override)
        except GateClosedError as refused:
            blocking = report_rows(article.replace(status=target), refused.assessment.errors)
            report_move(args, article, article, blocking)
            count, title = len(refused.assessment.errors), article.headline or "Untitled"
            print(
                f"deskeditor: {counted(count, 'error stands', 'errors stand')} in “{title}”: "
                f"fix them, or give --override REASON to make it {target.value} anyway",
                file=sys.stderr,
            )
            return 1
    report_move(args, article, moved, [])
    return 0


def report_move(
    args: argparse.Namespace, before: Article, after: Article, blocking: list[dict[str, object]]
) -> None:
    if args.json:
        print_json({
            "id": after.id, "slug": after.slug, "from": before.status.value,
            "to": ArticleStatus(args.status).value, "status": after.status.value,
            "changed": after.status is not before.status, "version": after.version,
            "override": args.override or None, "blocking": blocking,
        })  # fmt: skip
        return
    for row in blocking:
        print(
            f"{row['field']}:{row['line']}:{row['column']}: {row['severity']}: "
            f"{row['message']} [{row['id']}]"
        )
    if not blocking:
        moved = f"{before.status.value} → {after.status.value}"
        if after.status is before.status:
            moved = f"already {after.status.value}"
        print(f"{after.slug}: {moved}")


# -- output -------------------------------------------------------------------------------
def summary_json(row: ArticleSummary) -> dict[str, Any]:
    return {
        "id": row.id, "uid": row.uid, "slug": row.slug, "section": row.section,
        "headline": row.headline,
        "status": row.status.value, "updated": row.updated_at.isoformat(),
        "words": row.word_count,
    }  # fmt: skip


def article_json(article: Article, notices: list[CorrectionNotice]) -> dict[str, Any]:
    """Every field: the text fields as `import --json` names them, the status, the
    version and times ("deleted" is set while it is in the trash), the pull quotes
    and the published notices."""
    data: dict[str, Any] = {"id": article.id, "uid": article.uid}
    data.update({name: getattr(article, name) for name in TEXT_FIELDS})
    data["status"] = article.status.value
    data["version"] = article.version
    for name in (*STAMP_FIELDS, "deleted_at"):  # created, updated, published, deleted
        moment = getattr(article, name)
        data[name.removesuffix("_at")] = moment.isoformat() if moment else None
    data["pull_quotes"] = [
        {"text": q.text, "attribution": q.attribution, "after_paragraph": q.after_paragraph}
        for q in article.pull_quotes
    ]
    data["notices"] = [
        {
            "id": n.id, "kind": n.kind.value, "text": n.text, "position": n.position.value,
            "published": n.published_at.isoformat() if n.published_at else None,
            "request_id": n.request_id,
        }
        for n in notices
    ]  # fmt: skip
    return data


def print_article(
    article: Article, notices: list[CorrectionNotice], as_json: bool, brief: bool = False
) -> None:
    if as_json:
        print_json(article_json(article, notices))
        return
    trash = " (in the trash)" if article.in_trash else ""
    print(f"#{article.id} {article.slug} [{article.status.value}]{trash} version {article.version}")
    if brief:
        return
    for name in TEXT_FIELDS:
        if name not in ("slug", "body") and getattr(article, name):
            print(f"{name}: {getattr(article, name)}")
    for quote in article.pull_quotes:
        print(f"pull quote (after paragraph {quote.after_paragraph}): {quote.text}")
    for notice in notices:
        print(f"{notice.label} ({notice.position.value}): {notice.text}")
    print()
    print(article.body)
