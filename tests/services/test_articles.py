"""Article use cases on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from deskeditor.domain.article import (
    EDITABLE_FIELDS,
    STAMP_FIELDS,
    Article,
    ArticleQuery,
    ArticleStatus,
    ArticleSummary,
    PullQuote,
    RevisionReason,
    SortKey,
)
from deskeditor.services.articles import ArticleService
from deskeditor.services.errors import ArticleNotFoundError, ConflictError
from deskeditor.storage.database import Database
from tests.stored import stored_id


def headlines(items: list[ArticleSummary]) -> list[str]:
    return [i.headline for i in items]


def test_created_article_reads_back_with_pull_quotes_and_counts(articles: ArticleService) -> None:
    quote = PullQuote("It stays put.", "Tom Ekwueme", 2)
    created = articles.create(
        Article(
            headline="Ferry returns", section="Local", body="One two three.", pull_quotes=(quote,)
        )
    )
    loaded = articles.get(stored_id(created))
    assert loaded.headline == "Ferry returns"
    assert loaded.slug == "ferry-returns"
    assert loaded.pull_quotes == (quote,)
    assert loaded.version == 1
    assert loaded.created_at is not None and loaded.created_at.tzinfo is not None
    assert articles.list_page(ArticleQuery())[0].word_count == 3


def test_slugs_stay_unique(articles: ArticleService) -> None:
    first = articles.create(Article(headline="Storm warning"))
    second = articles.create(Article(headline="Storm warning"))
    untitled = articles.create(Article())
    assert (first.slug, second.slug, untitled.slug) == (
        "storm-warning",
        "storm-warning-2",
        "untitled",
    )


def test_save_after_someone_else_saved_raises_conflict_and_keeps_their_text(
    articles: ArticleService,
) -> None:
    original = articles.create(Article(headline="Budget vote", body="Draft."))
    theirs = articles.save(original.replace(body="Their edit."))

    with pytest.raises(ConflictError) as raised:
        articles.save(original.replace(body="My edit."))

    assert raised.value.theirs.body == "Their edit."
    assert raised.value.mine.body == "My edit."
    assert articles.get(stored_id(original)).body == "Their edit."
    assert articles.get(stored_id(original)).version == theirs.version


def test_search_finds_the_updated_body_and_forgets_the_old_one(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Council meeting", body="The ferry schedule."))
    articles.save(article.replace(body="The otters are back."))
    assert headlines(articles.search("otters")) == ["Council meeting"]
    assert articles.search("ferry") == []


def test_search_ranks_headline_matches_first_and_takes_any_typed_text(
    articles: ArticleService,
) -> None:
    articles.create(Article(headline="Budget talks", body="The bridge is mentioned once."))
    articles.create(Article(headline="Bridge to be replaced", body="A story."))
    assert headlines(articles.search("bridge")) == ["Bridge to be replaced", "Budget talks"]
    for hostile in ['"', "AND OR NOT", "bri*", "headline:x", "NEAR(a b)", "(", "^", ""]:
        articles.search(hostile)  # never a syntax error from the index


def test_quoted_phrases_must_match_in_order(articles: ArticleService) -> None:
    articles.create(Article(headline="A", body="the river crossing reopened"))
    articles.create(Article(headline="B", body="crossing the river by bridge"))
    assert headlines(articles.search('"river crossing"')) == ["A"]


def test_list_filters_sorts_and_pages(articles: ArticleService) -> None:
    for i in range(7):
        articles.create(
            Article(
                headline=f"Story {i}",
                section="Sports" if i % 2 else "Local",
                status=ArticleStatus.READY if i < 3 else ArticleStatus.DRAFT,
            )
        )
    by_headline = ArticleQuery(sort=SortKey.HEADLINE, descending=False)
    assert headlines(articles.list_page(by_headline, 0, 3)) == ["Story 0", "Story 1", "Story 2"]
    assert headlines(articles.list_page(by_headline, 6, 3)) == ["Story 6"]
    sports_ready = ArticleQuery(section="Sports", status=ArticleStatus.READY)
    assert headlines(articles.list_page(sports_ready)) == ["Story 1"]
    assert articles.count(ArticleQuery(section="Local")) == 4
    assert articles.sections() == ["Local", "Sports"]


def test_newest_first_by_default(database: Database) -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    for days, headline in ((2, "Older"), (0, "Oldest"), (5, "Newest")):
        clock = lambda d=days: base + timedelta(days=d)  # noqa: E731
        ArticleService(database.unit_of_work, clock=clock).create(Article(headline=headline))
    service = ArticleService(database.unit_of_work)
    assert headlines(service.list_page(ArticleQuery())) == ["Newest", "Older", "Oldest"]


def test_deleted_article_goes_to_trash_and_can_be_restored(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Mistake"))
    info = articles.deletion_info(stored_id(article))
    assert (info.headline, info.revisions) == ("Mistake", 1)

    articles.delete(stored_id(article))
    assert articles.count(ArticleQuery()) == 0
    assert headlines(articles.list_page(ArticleQuery(trash=True))) == ["Mistake"]
    with pytest.raises(ArticleNotFoundError):
        articles.save(article.replace(body="typing into a deleted article"))

    articles.restore(stored_id(article))
    assert headlines(articles.list_page(ArticleQuery())) == ["Mistake"]


def test_purge_removes_the_article_and_its_history(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Gone", pull_quotes=(PullQuote("q"),)))
    articles.purge(stored_id(article))
    with pytest.raises(ArticleNotFoundError):
        articles.get(stored_id(article))
    assert articles.revisions(stored_id(article)) == []


def test_autosaves_coalesce_into_one_revision_until_the_window_passes(database: Database) -> None:
    now = [datetime(2026, 5, 1, 9, 0, tzinfo=UTC)]
    service = ArticleService(database.unit_of_work, author="Ann", clock=lambda: now[0])
    article = service.create(Article(headline="Live blog", body="v0"))
    for text in ("v1", "v2", "v3"):
        now[0] += timedelta(minutes=1)
        article = service.save(article.replace(body=text), RevisionReason.AUTOSAVE)
    now[0] += timedelta(minutes=10)
    article = service.save(article.replace(body="v4"), RevisionReason.AUTOSAVE)

    kept = [(r.reason, r.snapshot["body"]) for r in service.revisions(stored_id(article))]
    assert kept == [
        (RevisionReason.AUTOSAVE, "v4"),
        (RevisionReason.AUTOSAVE, "v3"),
        (RevisionReason.SAVE, "v0"),
    ]


def test_unchanged_autosave_writes_nothing(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Quiet"))
    again = articles.save(article, RevisionReason.AUTOSAVE)
    assert again.version == article.version
    assert len(articles.revisions(stored_id(article))) == 1


def test_restoring_a_revision_brings_back_its_text_as_a_new_save(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Original", body="First text."))
    article = articles.save(article.replace(headline="Changed", body="Second text."))
    first = articles.revisions(stored_id(article))[-1]

    restored = articles.restore_revision(article, first.id)

    assert (restored.headline, restored.body) == ("Original", "First text.")
    assert articles.revisions(stored_id(article))[0].reason is RevisionReason.RESTORE


def test_publishing_stamps_the_publication_time_once(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Out"))
    assert article.published_at is None
    published = articles.save(article, status=ArticleStatus.PUBLISHED)
    again = articles.save(published.replace(body="late fix"))
    assert published.published_at is not None
    assert again.published_at == published.published_at


def test_duplicate_is_a_new_draft_with_the_same_text(articles: ArticleService) -> None:
    original = articles.create(
        Article(
            headline="Ferry",
            body="Text.",
            status=ArticleStatus.PUBLISHED,
            pull_quotes=(PullQuote("Text."),),
        )
    )
    copy = articles.duplicate(stored_id(original))
    assert copy.id != original.id
    assert (copy.body, copy.pull_quotes, copy.status) == (
        "Text.",
        original.pull_quotes,
        ArticleStatus.DRAFT,
    )
    assert copy.slug == "ferry-2"  # made from its headline, so it follows a new one
    renamed = articles.save(copy.replace(headline="Ferry copy for the weekend"))
    assert renamed.slug == "ferry-copy-for-the-weekend"


def test_a_set_aside_edit_is_kept_as_a_revision(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Budget", body="Stored."))
    articles.set_aside(article.replace(body="My unsaved version."), ())
    assert articles.get(stored_id(article)).body == "Stored."
    assert articles.revisions(stored_id(article))[0].snapshot["body"] == "My unsaved version."
    assert articles.revisions(stored_id(article))[0].reason is RevisionReason.CONFLICT


def test_every_declared_field_is_stored_and_read_back(articles: ArticleService) -> None:
    texts = {name: f"{name} text" for name in EDITABLE_FIELDS if name != "status"}
    article = Article(status=ArticleStatus.PUBLISHED).replace(**texts)
    stored = articles.get(stored_id(articles.create(article)))
    assert {name: getattr(stored, name) for name in EDITABLE_FIELDS} == {
        name: getattr(article, name) for name in EDITABLE_FIELDS
    }
    assert all(getattr(stored, name) is not None for name in STAMP_FIELDS)


def test_a_new_articles_slug_follows_the_headline_until_published(articles: ArticleService) -> None:
    new = articles.create(Article())
    assert new.slug == "untitled"
    titled = articles.save(new.replace(headline="Ferry returns"))
    assert titled.slug == "ferry-returns"  # not left as "untitled"
    retitled = articles.save(titled.replace(headline="Ferry returns after repair"))
    assert retitled.slug == "ferry-returns-after-repair"
    published = articles.save(retitled, status=ArticleStatus.PUBLISHED)
    frozen = articles.save(published.replace(headline="Ferry is back"))
    assert frozen.slug == "ferry-returns-after-repair"  # readers have this address


def test_a_slug_set_by_hand_stays(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Market Street closes"))
    manual = articles.save(article.replace(slug="market-street-trial"))
    renamed = articles.save(manual.replace(headline="Market Street closes to cars"))
    assert renamed.slug == "market-street-trial"


def test_changing_a_published_slug_is_recorded(articles: ArticleService) -> None:
    article = articles.create(Article(headline="Ferry returns"), notices=())
    published = articles.save(article, status=ArticleStatus.PUBLISHED)
    moved = articles.save(published.replace(slug="ferry-is-back"))
    assert moved.slug == "ferry-is-back"
    [latest, *_] = articles.revisions(stored_id(article))
    assert (latest.reason, latest.note) == (
        RevisionReason.SLUG_CHANGE,
        "ferry-returns → ferry-is-back",
    )


def test_a_notice_is_reworded_as_a_revision_of_its_own(articles: ArticleService) -> None:
    from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
    from deskeditor.services.errors import ServiceError

    article = articles.create(
        Article(headline="Ferry", body="Text."),
        notices=[CorrectionNotice(0, NoticeKind.CORRECTION, "An earlier version misstated x.")],
    )
    [notice] = articles.notices(stored_id(article))
    assert notice.id is not None
    articles.update_notice(notice.id, "An earlier version misstated the cost.", NoticePosition.TOP)
    articles.update_notice(
        notice.id, "An earlier version misstated the cost. It was $2.3 million.", NoticePosition.TOP
    )
    [stored] = articles.notices(stored_id(article))
    assert (stored.text, stored.position) == (
        "An earlier version misstated the cost. It was $2.3 million.",
        NoticePosition.TOP,
    )
    edits = [
        r for r in articles.revisions(stored_id(article)) if r.reason is RevisionReason.NOTICE_EDIT
    ]
    assert len(edits) == 1  # one editing session, one revision
    assert edits[0].note.endswith(": An earlier version misstated the cost. It was $2.3 million.")
    with pytest.raises(ServiceError, match="softens"):
        articles.update_notice(notice.id, "We fixed the cost.", NoticePosition.TOP)
    assert articles.notices(stored_id(article))[0].text.endswith("$2.3 million.")
