"""``deskeditor queries ID-OR-SLUG [--json] [--open]``: the desk's queries on an
article, each with where it is anchored, its replies and whether it is resolved."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from deskeditor.cli.common import opened_database, print_json

if TYPE_CHECKING:
    from datetime import datetime

    from deskeditor.cli.common import Commands
    from deskeditor.domain.article import Article
    from deskeditor.domain.queries import Query


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    queries = commands.add_parser(
        "queries", parents=[common], help="the queries on an article, oldest first"
    )
    queries.add_argument("article", metavar="ID-OR-SLUG")
    queries.add_argument("--json", action="store_true", help="print one JSON array")
    queries.add_argument("--open", action="store_true", help="only the unresolved ones")
    queries.set_defaults(handler=run_queries)


def run_queries(args: argparse.Namespace) -> int:
    from deskeditor.services.articles import ArticleService

    with opened_database(args, must_exist=True) as database:
        service = ArticleService(database.unit_of_work)
        article = service.find(args.article)
        assert article.id is not None
        queries = service.queries(article.id, open_only=args.open)
    if args.json:
        print_json([query_json(q, article) for q in queries])
        return 0
    for number, query in enumerate(queries, start=1):
        state = "open" if query.open else f"resolved by {query.resolved_by or '-'}"
        if query.orphaned:
            state += ", orphaned (its text was deleted)"
        span = query.span_text(str(getattr(article, query.field, "")))
        print(f"Q{number} [{state}] {query.field} “{span}”")
        print(f"    {said(query.author, query.created_at, query.text)}")
        for reply in query.replies:
            print(f"    {said(reply.author, reply.created_at, reply.text)}")
    return 0


def said(author: str, moment: datetime, text: str) -> str:
    return f"{author or '-'} {moment.astimezone():%Y-%m-%d %H:%M}: {text}"


def query_json(query: Query, article: Article) -> dict[str, Any]:
    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": query.id,
        "uid": query.uid,
        "field": query.field,
        "start": query.start,
        "end": query.end,
        "anchored_text": query.span_text(str(getattr(article, query.field, ""))),
        "quoted": query.quoted,
        "orphaned": query.orphaned,
        "author": query.author,
        "time": moment(query.created_at),
        "text": query.text,
        "resolved": not query.open,
        "resolved_by": query.resolved_by or None,
        "resolved_time": moment(query.resolved_at),
        "replies": [
            {"uid": r.uid, "author": r.author, "time": moment(r.created_at), "text": r.text}
            for r in query.replies
        ],
    }
