"""The article's fields are declared once; every list of them is derived."""

from __future__ import annotations

from deskeditor.domain.article import (
    COPY_FIELDS,
    EDITABLE_FIELDS,
    STAMP_FIELDS,
    Article,
    ArticleStatus,
    PullQuote,
)


def test_field_lists_follow_the_declaration_in_the_editors_order() -> None:
    # The order is the JSON file's and the snapshot's: a contract.
    assert EDITABLE_FIELDS == (
        "slug", "section", "kicker", "headline", "dek", "byline", "dateline", "body", "status",
        "editorial_note", "language",
    )  # fmt: skip
    assert COPY_FIELDS == ("section", "kicker", "headline", "dek", "byline", "dateline", "body")
    assert STAMP_FIELDS == ("created_at", "updated_at", "published_at")


def test_a_snapshot_restores_every_editable_field() -> None:
    texts = {name: f"{name} text" for name in EDITABLE_FIELDS if name != "status"}
    article = Article(
        status=ArticleStatus.READY, pull_quotes=(PullQuote("Quoted", "Someone", 1),)
    ).replace(**texts)
    restored = Article(id=7, version=3).with_snapshot(article.snapshot())
    assert restored.snapshot() == article.snapshot()
    assert (restored.id, restored.version, restored.status) == (7, 3, ArticleStatus.READY)
