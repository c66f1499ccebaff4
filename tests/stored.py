"""What a test may assume of an article the database holds."""

from __future__ import annotations

from deskeditor.domain.article import Article


def stored_id(article: Article) -> int:
    """The id of a stored article (only an article never saved has none)."""
    assert article.id is not None, f"{article.headline!r} was never stored"
    return article.id


# A row written by raw SQL needs its own uid: every synced row's is unique.
RANDOM_UID = "lower(hex(randomblob(16)))"
