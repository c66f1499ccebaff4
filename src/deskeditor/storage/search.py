"""Full-text search with SQLite FTS5: the only dialect-specific storage code.

The index records only which articles hold each word (``detail=none``), which
keeps the database at ~1.25x its size without an index instead of ~1.85x. So
the index finds candidates; the newest ``RANK_WINDOW`` of them (FTS5 walks its
index in rowid order and stops early, so two common words matching 40,000
articles cost no more than two rare ones) are then ranked here: words in the
headline count most, then the dek and byline, then recency. Quoted phrases are
checked against the text of those candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

RANK_WINDOW = 2000
_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')
# Weights of a query word found in each short field; the body is the baseline.
HEADLINE_WEIGHT, DEK_WEIGHT, BYLINE_WEIGHT = 8, 3, 2

_CANDIDATES = text(
    "SELECT id, headline, dek, byline FROM articles WHERE id IN ("
    "  SELECT rowid FROM article_fts WHERE article_fts MATCH :match"
    "  ORDER BY rowid DESC LIMIT :window"
    ") ORDER BY id DESC"
)
_WITH_PHRASE = (
    "SELECT id FROM articles WHERE id IN ({ids}) AND instr(lower("
    "headline || ' ' || dek || ' ' || body || ' ' || byline), :phrase) > 0"
)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]
    phrases: tuple[str, ...]

    def match_expression(self) -> str | None:
        """An FTS5 query: every word must occur. Each token is quoted, so operators
        typed by the user (AND, NEAR, ``*``, ``col:``) are words, never syntax."""
        return " ".join(f'"{w}"' for w in self.words) or None


def parse_query(user_text: str) -> ParsedQuery:
    phrases = tuple(
        " ".join(tokens).lower()
        for p in _PHRASE.findall(user_text)
        if len(tokens := _TOKEN.findall(p)) > 1
    )
    words = tuple(dict.fromkeys(w.lower() for w in _TOKEN.findall(user_text)))
    return ParsedQuery(words=words, phrases=phrases)


def ranked_article_ids(session: Session, user_text: str, limit: int) -> list[int]:
    """Ids of the best matches among the most recent ones, best first."""
    query = parse_query(user_text)
    match = query.match_expression()
    if match is None:
        return []
    window = max(RANK_WINDOW, limit)
    rows = session.execute(_CANDIDATES, {"match": match, "window": window}).all()
    for phrase in query.phrases:
        ids = ",".join(str(row.id) for row in rows) or "NULL"
        keep = set(session.scalars(text(_WITH_PHRASE.format(ids=ids)), {"phrase": phrase}))
        rows = [row for row in rows if row.id in keep]
    words = set(query.words)
    ranked = sorted(  # stable: among equal scores the newest stays first
        rows, key=lambda r: _score(words, r.headline, r.dek, r.byline), reverse=True
    )
    return [row.id for row in ranked[:limit]]


def _score(words: set[str], headline: str, dek: str, byline: str) -> int:
    def hits(field: str) -> int:
        return len(words.intersection(t.lower() for t in _TOKEN.findall(field)))

    return HEADLINE_WEIGHT * hits(headline) + DEK_WEIGHT * hits(dek) + BYLINE_WEIGHT * hits(byline)
