"""Where copy and mail came from: the wire documents articles were imported from
(article_sources), how far each IMAP folder has been read (mailbox_states) and
the files watched folders delivered (watched_files)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from deskeditor.domain.source import SourceDocument
from deskeditor.storage.models import ArticleSourceRow, MailboxStateRow, WatchedFileRow


class SourceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, article_id: int, source: SourceDocument, now: datetime) -> None:
        self._session.add(
            ArticleSourceRow(
                article_id=article_id,
                format=source.format,
                uri=source.uri,
                item_version=source.version[:64],
                language=source.language[:35],
                document=source.document,
                imported_at=now,
            )
        )

    def delivered(self, content_hash: str) -> bool:
        """Did a watched folder deliver a file with these bytes already?"""
        return self._session.get(WatchedFileRow, content_hash) is not None

    def add_delivered(
        self, content_hash: str, path: str, article_id: int | None, now: datetime
    ) -> None:
        self._session.merge(WatchedFileRow(
            content_hash=content_hash, path=path, article_id=article_id, imported_at=now
        ))  # fmt: skip

    def get(self, article_id: int) -> SourceDocument | None:
        row = self._session.get(ArticleSourceRow, article_id)
        if row is None:
            return None
        return SourceDocument(row.format, row.document, row.uri, row.item_version, row.language)


class MailboxStateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, account: str) -> MailboxStateRow:
        """The folder's state, a fresh one (nothing read yet) the first time."""
        row = self._session.get(MailboxStateRow, account)
        if row is None:
            row = MailboxStateRow(account=account, uid_validity=0, last_uid=0)
            self._session.add(row)
        return row
