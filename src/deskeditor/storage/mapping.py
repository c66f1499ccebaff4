"""Conversions between table rows and domain objects."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from deskeditor.domain.article import (
    EDITABLE_FIELDS,
    STAMP_FIELDS,
    Article,
    ArticleStatus,
    ChangeCount,
    PullQuote,
    RevisionInfo,
)
from deskeditor.domain.corrections import CorrectionNotice, Reply
from deskeditor.domain.queries import Query, QueryReply
from deskeditor.domain.text import count_words
from deskeditor.storage.models import (
    ArticleRow,
    CorrectionNoticeRow,
    CorrectionReplyRow,
    PullQuoteRow,
    QueryReplyRow,
    QueryRow,
    RevisionRow,
)


def article_from_row(row: ArticleRow) -> Article:
    fields = {name: getattr(row, name) for name in (*EDITABLE_FIELDS, *STAMP_FIELDS)}
    return Article(
        id=row.id,
        version=row.version,
        uid=row.uid,
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


def revision_from_row(row: RevisionRow | Row[Any], with_snapshot: bool = True) -> RevisionInfo:
    """A revision from its row (or a history page's row, which has no snapshot)."""
    return RevisionInfo(
        id=row.id,
        article_id=row.article_id,
        created_at=row.created_at,
        reason=row.reason,
        author=row.author,
        snapshot=dict(row.snapshot) if with_snapshot else {},
        note=row.note or "",
        changes=change_count(row.words_added, row.words_removed, row.changed_fields),
        coalesced_until=row.coalesced_until,
    )


def change_count(added: int | None, removed: int | None, fields: str | None) -> ChangeCount | None:
    if added is None or removed is None or fields is None:
        return None
    return ChangeCount(added, removed, tuple(f for f in fields.split(",") if f))


def count_to_row(row: RevisionRow, changes: ChangeCount) -> None:
    row.words_added, row.words_removed = changes.added, changes.removed
    row.changed_fields = ",".join(changes.fields)


def query_from_row(row: QueryRow) -> Query:
    return Query(
        id=row.id,
        uid=row.uid,
        field=row.field,
        start=row.anchor_start,
        end=row.anchor_end,
        orphaned=row.orphaned,
        quoted=row.quoted,
        author=row.author,
        created_at=row.created_at,
        text=row.text,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
        replies=tuple(QueryReply(r.uid, r.author, r.created_at, r.text) for r in row.replies),
    )


def query_to_row(query: Query, row: QueryRow) -> None:
    """Write ``query``'s state into ``row``; replies are only ever added."""
    row.field, row.anchor_start, row.anchor_end = query.field, query.start, query.end
    row.orphaned, row.quoted, row.text = query.orphaned, query.quoted, query.text
    row.author, row.created_at = query.author, query.created_at
    row.resolved_at, row.resolved_by = query.resolved_at, query.resolved_by
    known = {r.uid for r in row.replies}
    for reply in query.replies:
        if reply.uid not in known:
            row.replies.append(
                QueryReplyRow(
                    uid=reply.uid, author=reply.author, text=reply.text, created_at=reply.created_at
                )
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
