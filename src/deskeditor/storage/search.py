"""Full-text search with SQLite FTS5: the only dialect-specific storage code.

The index records only which articles hold each word (``detail=none``), which
keeps the database at ~1.1-1.25x its size without an index instead of ~1.85x
with positions. The index finds candidates; the newest ``RANK_WINDOW`` of them
(FTS5 walks its index in rowid order and stops early, so two common words that
match 40,000 articles cost little more than two rare ones) are ranked in SQL:
query words in the headline count most, then the dek and byline, then recency.
Quoted phrases are checked against the text of those candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

RANK_WINDOW = 1000
_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')
# Points for a query word found in each short field; a body match scores 0.
FIELD_WEIGHTS = (("headline", 8), ("dek", 3), ("byline", 2))


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
    if session.get_bind().dialect.name == "postgresql":
        return _postgres_ranked_ids(session, user_text, limit)
    query = parse_query(user_text)
    match = query.match_expression()
    if match is None:
        return []
    params: dict[str, Any] = {"match": match, "window": max(RANK_WINDOW, limit), "limit": limit}
    score = []
    for i, word in enumerate(query.words):
        params[f"w{i}"] = word
        score += [
            f"{weight} * (instr(lower({field}), :w{i}) > 0)" for field, weight in FIELD_WEIGHTS
        ]
    phrase_filters = []
    for i, phrase in enumerate(query.phrases):
        params[f"p{i}"] = phrase
        phrase_filters.append(
            f" AND instr(lower(headline || ' ' || dek || ' ' || body || ' ' || byline), :p{i}) > 0"
        )
    sql = (
        "SELECT id FROM articles WHERE id IN ("
        " SELECT rowid FROM article_fts WHERE article_fts MATCH :match"
        " ORDER BY rowid DESC LIMIT :window)"
        + "".join(phrase_filters)
        + f" ORDER BY {' + '.join(score)} DESC, id DESC LIMIT :limit"
    )
    return list(session.scalars(text(sql), params))


def _postgres_ranked_ids(session: Session, user_text: str, limit: int) -> list[int]:
    """The same search on a desk's server: PostgreSQL's full-text search over the
    weighted ``search`` column (GIN index), the newest RANK_WINDOW matches ranked
    by where the words stand (headline, dek, byline, body: ts_rank's weights)."""
    query = parse_query(user_text)
    if not query.words:
        return []
    params: dict[str, Any] = {
        "words": " ".join(query.words), "window": max(RANK_WINDOW, limit), "limit": limit,
    }  # fmt: skip
    phrases = ""
    for i, phrase in enumerate(query.phrases):
        params[f"p{i}"] = phrase
        phrases += (
            f" AND strpos(lower(headline || ' ' || dek || ' ' || body || ' ' || byline), :p{i}) > 0"
        )
    sql = (
        "SELECT id FROM (SELECT id, search FROM articles"
        " WHERE search @@ plainto_tsquery('simple', :words)"
        + phrases
        + " ORDER BY id DESC LIMIT :window) hits"
        " ORDER BY ts_rank(search, plainto_tsquery('simple', :words)) DESC, id DESC LIMIT :limit"
    )
    return list(session.scalars(text(sql), params))
