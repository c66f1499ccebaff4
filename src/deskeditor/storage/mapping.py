"""Conversions between table rows and domain objects."""

from __future__ import annotations

from deskeditor.domain.article import (
    EDITABLE_FIELDS,
    STAMP_FIELDS,
    Article,
    ArticleStatus,
    PullQuote,
    RevisionInfo,
)
from deskeditor.domain.corrections import CorrectionNotice, Reply
from deskeditor.domain.text import count_words
from deskeditor.storage.models import (
    ArticleRow,
    CorrectionNoticeRow,
    CorrectionReplyRow,
    PullQuoteRow,
    RevisionRow,
)


def article_from_row(row: ArticleRow) -> Article:
    fields = {name: getattr(row, name) for name in (*EDITABLE_FIELDS, *STAMP_FIELDS)}
    return Article(
        id=row.id,
        version=row.version,
        deleted_at=row.deleted_at,
        pull_quotes=tuple(
            PullQuote(q.text, q.attribution, q.after_paragraph) for q in row.pull_quotes
        ),
        **fields,
    )


def copy_to_row(article: Article, row: ArticleRow) -> None:
    """Write the editable fields and pull quotes of ``article`` into ``row``."""
    for name in EDITABLE_FIELDS:
        setattr(row, name, getattr(article, name))
    row.status = ArticleStatus(article.status)
    row.word_count = count_words(article.body)
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
        note=row.note or "",
    )


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


def reply_from_row(row: CorrectionReplyRow) -> Reply:
    return Reply(
        id=row.id,
        request_id=row.request_id,
        sender=row.sender,
        recipient=row.recipient,
        subject=row.subject,
        body=row.body,
        message_id=row.message_id,
        in_reply_to=row.in_reply_to,
        created_at=row.created_at,
        updated_at=row.updated_at,
        saved_at=row.saved_at,
        saved_path=row.saved_path,
        sent_at=row.sent_at,
    )
