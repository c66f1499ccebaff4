"""The corrections ledger: every request and notice as CSV, the notices as
schema.org JSON-LD per article, and the counts behind the inbox dashboard."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from deskeditor.domain.corrections import RequestStatus
from deskeditor.services.articles import ArticleService
from deskeditor.services.inbox import InboxService
from deskeditor.services.inbox_list import UNDECIDED
from deskeditor.storage.base import utcnow
from deskeditor.storage.unit_of_work import UnitOfWork

LEDGER_COLUMNS = (
    "request", "status", "received", "sender", "subject", "article", "headline",
    "confidence", "evidence", "notice kind", "notice", "notice published", "reader's date",
)  # fmt: skip


@dataclass(frozen=True)
class Dashboard:
    by_status: dict[RequestStatus, int]
    by_age: dict[str, int]
    by_month: dict[str, dict[str, int]]  # "2026-11" -> section -> requests


class CorrectionsLedger:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        inbox: InboxService,
        articles: ArticleService,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._uow = unit_of_work
        self._inbox = inbox
        self._articles = articles
        self._clock = clock

    def dashboard(self) -> Dashboard:
        """Counts for the inbox dashboard: by status, by age of undecided requests,
        and by section for each month the desk received requests (not the month
        the reader dated the message)."""
        now = self._clock()
        by_status = {status: 0 for status in RequestStatus}
        ages = {"under a week": 0, "1-4 weeks": 0, "over 30 days": 0}
        by_month: dict[str, dict[str, int]] = {}
        sections: dict[int, str] = {}
        for row in self._inbox.requests():
            by_status[row.status] += 1
            if row.received_at is None:
                continue
            if row.status in UNDECIDED:
                days = (now - row.received_at).days
                bucket = (
                    "under a week" if days < 7 else ("1-4 weeks" if days <= 30 else "over 30 days")
                )
                ages[bucket] += 1
            section = "unlinked"
            if row.article_id is not None:
                if row.article_id not in sections:
                    sections[row.article_id] = self._articles.get(row.article_id).section or "—"
                section = sections[row.article_id]
            month = by_month.setdefault(f"{row.received_at:%Y-%m}", {})
            month[section] = month.get(section, 0) + 1
        return Dashboard(by_status, ages, dict(sorted(by_month.items())))

    def export_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(LEDGER_COLUMNS)
        with self._uow() as uow:
            notices = {n.request_id: n for n in uow.corrections.all_notices() if n.request_id}
            for item in self._inbox.requests():
                notice = notices.get(item.id)
                writer.writerow([
                    item.id,
                    item.status.value,
                    item.received_at.isoformat() if item.received_at else "",
                    item.sender,
                    item.subject,
                    item.article_id or "",
                    item.article_headline or "",
                    item.confidence if item.confidence is not None else "",
                    item.evidence or "",
                    notice.kind.value if notice else "",
                    notice.text if notice else "",
                    notice.published_at.isoformat() if notice else "",
                    item.sent_at.isoformat() if item.sent_at else "",
                ])  # fmt: skip
        return out.getvalue()

    def export_jsonld(self) -> str:
        """schema.org CorrectionComment notices, grouped per article."""
        with self._uow() as uow:
            by_article: dict[int, list[dict[str, object]]] = {}
            for notice in uow.corrections.all_notices():
                by_article.setdefault(notice.article_id, []).append({
                    "@type": "CorrectionComment",
                    "text": f"{notice.kind.value.capitalize()}: {notice.text}",
                    "datePublished": notice.published_at.isoformat(),
                })  # fmt: skip
            documents = []
            for article_id, comments in by_article.items():
                article = uow.articles.get(article_id)
                documents.append({
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": article.headline if article else "",
                    "identifier": article.slug if article else str(article_id),
                    "correction": comments,
                })  # fmt: skip
        return json.dumps(documents, ensure_ascii=False, indent=2) + "\n"
