"""Conversions between table rows and domain objects."""

from __future__ import annotations

from typing import Any

from deskeditor.domain.article import (
    EDITABLE_FIELDS,
    Article,
    ArticleStatus,
    PullQuote,
    RevisionInfo,
)
from deskeditor.domain.corrections import CorrectionNotice
from deskeditor.storage.models import ArticleRow, CorrectionNoticeRow, PullQuoteRow, RevisionRow


def article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        version=row.version,
        slug=row.slug,
        section=row.section,
        kicker=row.kicker,
        headline=row.headline,
        dek=row.dek,
        byline=row.byline,
        dateline=row.dateline,
        body=row.body,
        status=row.status,
        editorial_note=row.editorial_note,
        pull_quotes=tuple(
            PullQuote(q.text, q.attribution, q.after_paragraph) for q in row.pull_quotes
        ),
        created_at=row.created_at,
        updated_at=row.updated_at,
        published_at=row.published_at,
    )


def copy_to_row(article: Article, row: ArticleRow) -> None:
    """Write the editable fields and pull quotes of ``article`` into ``row``."""
    row.slug = article.slug
    row.section = article.section
    row.kicker = article.kicker
    row.headline = article.headline
    row.dek = article.dek
    row.byline = article.byline
    row.dateline = article.dateline
    row.body = article.body
    row.status = ArticleStatus(article.status)
    row.editorial_note = article.editorial_note
    current = [(q.text, q.attribution, q.after_paragraph) for q in row.pull_quotes]
    wanted = [(q.text, q.attribution, q.after_paragraph) for q in article.pull_quotes]
    if current != wanted:
        row.pull_quotes = [
            PullQuoteRow(position=i, text=t, attribution=a, after_paragraph=p)
            for i, (t, a, p) in enumerate(wanted)
        ]


def revision_from_row(row: RevisionRow) -> RevisionInfo:
    return RevisionInfo(
        id=row.id,
        article_id=row.article_id,
        created_at=row.created_at,
        reason=row.reason,
        author=row.author,
        snapshot=dict(row.snapshot),
    )


def article_from_snapshot(base: Article, snapshot: dict[str, Any]) -> Article:
    """``base`` (id, version, timestamps) with the fields a revision kept."""
    fields: dict[str, Any] = {k: snapshot[k] for k in EDITABLE_FIELDS if k in snapshot}
    if "status" in fields:
        fields["status"] = ArticleStatus(fields["status"])
    quotes = snapshot.get("pull_quotes", [])
    fields["pull_quotes"] = tuple(PullQuote(**q) for q in quotes)
    return base.replace(**fields)


def notice_from_row(row: CorrectionNoticeRow) -> CorrectionNotice:
    return CorrectionNotice(
        id=row.id,
        article_id=row.article_id,
        request_id=row.request_id,
        kind=row.kind,
        text=row.text,
        position=row.position,
        published_at=row.published_at,
    )
