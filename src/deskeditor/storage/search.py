"""Full-text search with SQLite FTS5: the only dialect-specific storage code.

Ranking every hit with bm25 costs ~150 ms when two common words match 40,000
articles. Instead the newest ``RANK_WINDOW`` matches (FTS5 walks its index in
rowid order and stops early) are ranked with bm25, weighting the headline above
the dek, byline and body. For a newsroom, a strong match from years ago matters
less than the recent stories anyway.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

RANK_WINDOW = 2000
_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')
# bm25 weights in column order: headline, dek, body, byline.
_RANKED_IDS = text(
    "SELECT rowid FROM ("
    "  SELECT rowid, bm25(article_fts, 8.0, 3.0, 1.0, 2.0) AS score FROM article_fts"
    "  WHERE article_fts MATCH :match ORDER BY rowid DESC LIMIT :window"
    ") ORDER BY score LIMIT :limit"
)


def match_expression(user_text: str) -> str | None:
    """An FTS5 query from what a user typed: all words must match, quoted phrases kept.

    Every token is quoted, so FTS5 operators typed by the user (AND, NEAR, ``*``,
    column filters) are taken as words and can never make a malformed query.
    """
    phrases = [" ".join(_TOKEN.findall(p)) for p in _PHRASE.findall(user_text)]
    words = _TOKEN.findall(_PHRASE.sub(" ", user_text))
    terms = [f'"{p}"' for p in phrases if p] + [f'"{w}"' for w in words]
    return " ".join(terms) if terms else None


def ranked_article_ids(session: Session, user_text: str, limit: int) -> list[int]:
    """Ids of the best matches among the most recent ones, best first."""
    match = match_expression(user_text)
    if match is None:
        return []
    rows = session.execute(
        _RANKED_IDS, {"match": match, "window": max(RANK_WINDOW, limit), "limit": limit}
    )
    return [row[0] for row in rows]
