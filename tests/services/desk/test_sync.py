"""Two laptops and one desk: edits travel, concurrent edits merge or conflict."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from tests.pgserver import Desk, needs_postgres, postgres
from tests.services.desk.laptops import Laptop, laptop

pytestmark = [postgres, needs_postgres]


@pytest.fixture
def pair(tmp_path: Path, desk: Desk) -> Iterator[tuple[Laptop, Laptop]]:
    ann, ben = laptop(tmp_path, desk, "Ann"), laptop(tmp_path, desk, "Ben")
    yield ann, ben
    ann.close()
    ben.close()


def uid_of(a: Laptop, article: Article) -> str:
    assert article.id is not None
    with a.database.engine.connect() as c:
        return str(
            c.exec_driver_sql("SELECT uid FROM articles WHERE id = ?", (article.id,)).scalar()
        )


def test_an_article_written_on_one_laptop_arrives_on_the_other(pair: tuple[Laptop, Laptop]) -> None:
    ann, ben = pair
    created = ann.articles.create(Article(headline="Ferry returns", body="The otters are back."))
    uid = uid_of(ann, created)
    report = ann.sync()
    assert report.pushed == 2  # the article and its first revision
    ben.sync()
    arrived = ben.article(uid)
    assert (arrived.headline, arrived.body) == ("Ferry returns", "The otters are back.")
    assert ben.articles.revisions(arrived.id or 0)[0].author == "Ann"


def test_a_laptops_own_changes_coming_back_leave_its_article_as_it_is(
    pair: tuple[Laptop, Laptop],
) -> None:
    """After a sync the laptop's own push comes back in the pull: it must not move the
    article's version (an editor open on it would take that for someone else's change
    and merge) nor rewrite what it holds."""
    ann, _ben = pair
    created = ann.articles.create(Article(headline="Ferry returns", body="The otters are back."))
    ann.sync()
    uid = uid_of(ann, created)
    before = ann.article(uid)
    ann.articles.save(before.replace(dek="After three weeks"))
    saved = ann.article(uid)
    report = ann.sync()
    assert report.pushed >= 1
    after = ann.article(uid)
    assert after.version == saved.version
    assert (after.dek, after.body) == ("After three weeks", "The otters are back.")


def test_different_fields_merge_and_the_same_field_conflicts(pair: tuple[Laptop, Laptop]) -> None:
    ann, ben = pair
    uid = uid_of(ann, ann.articles.create(Article(headline="Council vote", body="One.\n\nTwo.")))
    ann.sync()
    ben.sync()
    mine, theirs = ann.article(uid), ben.article(uid)
    ann.articles.save(mine.replace(headline="Council votes yes", dek="A dek"))
    ben.articles.save(theirs.replace(headline="Council says yes", byline="By Ben"))
    ann.sync()
    report = ben.sync()
    # The slug follows the headline on both laptops, so it conflicts with it.
    assert sorted((c["field"], c["theirs"], c["mine"]) for c in report.conflicts) == [
        ("headline", "Council votes yes", "Council says yes"),
        ("slug", "council-votes-yes", "council-says-yes"),
    ]
    ann.sync()
    for side in (ann, ben):
        got = side.article(uid)
        assert (got.headline, got.dek, got.byline) == ("Council votes yes", "A dek", "By Ben")
    conflict = next(c for c in ann.desk.conflicts() if c.field == "headline")
    assert (conflict.base, conflict.name, conflict.slug) == (
        "Council vote",
        "Ben",
        "council-votes-yes",
    )


def test_bodies_changed_in_different_paragraphs_merge(pair: tuple[Laptop, Laptop]) -> None:
    ann, ben = pair
    uid = uid_of(ann, ann.articles.create(Article(headline="H", body="One.\n\nTwo.\n\nThree.")))
    ann.sync()
    ben.sync()
    ann.articles.save(ann.article(uid).replace(body="One, said Ann.\n\nTwo.\n\nThree."))
    ben.articles.save(ben.article(uid).replace(body="One.\n\nTwo.\n\nThree, said Ben."))
    ann.sync()
    assert ben.sync().conflicts == []
    ann.sync()
    assert (
        ann.article(uid).body
        == ben.article(uid).body
        == "One, said Ann.\n\nTwo.\n\nThree, said Ben."
    )


def test_a_push_repeated_after_a_lost_answer_applies_nothing_twice(
    pair: tuple[Laptop, Laptop], desk: Desk
) -> None:
    """The server committed but the laptop never heard back: its outbox still holds
    the entries, and pushing them again changes nothing."""
    import sqlite3

    ann, _ben = pair
    uid = ann.articles.create(Article(headline="Once", body="Only once.")).uid
    with sqlite3.connect(ann.database.path) as conn:
        entries = conn.execute("SELECT * FROM desk_outbox").fetchall()
    conn.close()
    ann.sync()
    with sqlite3.connect(ann.database.path) as conn:
        conn.executemany(
            f"INSERT INTO desk_outbox VALUES ({', '.join('?' * len(entries[0]))})", entries
        )
    conn.close()
    assert ann.desk.pending() == 2
    report = ann.sync()
    assert (report.pushed, report.conflicts, ann.desk.pending()) == (2, [], 0)
    assert desk.sql(f"SELECT count(*) FROM articles WHERE uid = '{uid}'") == "1"
    assert desk.sql("SELECT count(*) FROM revisions") == "1"


def test_mail_imported_on_one_laptop_arrives_on_the_other(pair: tuple[Laptop, Laptop]) -> None:
    """A mailbox import files fast (no ORM object a message) except on a shared desk,
    where every request and history line must reach the outbox."""
    from deskeditor.resources import resource_path
    from deskeditor.services.inbox import InboxService

    ann, ben = pair
    mail = sorted(resource_path("demo", "mail").glob("*.eml"))[:3]
    inbox = InboxService(ann.database.unit_of_work, ann.articles)
    outcomes = inbox.import_sources(mail)
    assert [o.outcome for o in outcomes] == ["new"] * 3
    ann.sync()
    ben.sync()
    with ben.database.engine.connect() as c:
        subjects = {r[0] for r in c.exec_driver_sql("SELECT subject FROM correction_requests")}
        events = c.exec_driver_sql("SELECT count(*) FROM correction_events").scalar()
    with ann.database.engine.connect() as c:
        mine = {r[0] for r in c.exec_driver_sql("SELECT subject FROM correction_requests")}
    assert subjects == mine and len(subjects) == 3
    assert events == 3  # each request's "received" line
