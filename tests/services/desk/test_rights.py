"""Rights are the server's: a reporter's laptop that publishes in its own file is
refused by the desk, nothing is published, and the laptop says why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskeditor.domain.article import Article, ArticleStatus, RevisionReason
from tests.pgserver import Desk, needs_postgres, postgres
from tests.services.desk.laptops import laptop

pytestmark = [postgres, needs_postgres]


def test_a_reporter_who_publishes_in_their_own_file_is_refused(tmp_path: Path, desk: Desk) -> None:
    reporter = laptop(tmp_path, desk, "Rita", role="reporter")
    chief = laptop(tmp_path, desk, "Carla", role="chief")
    try:
        uid = reporter.articles.create(Article(headline="Ferry returns", body="Otters.")).uid
        reporter.sync()
        article = reporter.article(uid)
        # The workflow would refuse; the file is the reporter's own: write it directly,
        # with a body edit in the same save.
        reporter.articles.save(
            article.replace(body="Otters, back."), RevisionReason.STATUS_CHANGE,
            status=ArticleStatus.PUBLISHED, note="draft → published",
        )  # fmt: skip
        report = reporter.sync()
        assert {(r.table, r.field) for r in report.refused} == {
            ("articles", "status"), ("revisions", "*"),
        }  # fmt: skip
        assert all("only a chief can publish" in r["reason"] for r in report.as_json()["refused"])
        assert (
            desk.sql(f"SELECT status, body FROM articles WHERE uid = '{uid}'")
            == "draft|Otters, back."
        )
        assert reporter.article(uid).status is ArticleStatus.DRAFT  # the laptop shows the desk's
        assert [r.field for r in reporter.desk.refusals()] == ["*", "status"]
        assert reporter.desk.pending() == 0  # kept as refusals, not retried forever
        chief.sync()
        assert chief.article(uid).status is ArticleStatus.DRAFT
    finally:
        reporter.close()
        chief.close()


def test_a_hand_written_outbox_entry_does_not_publish_either(tmp_path: Path, desk: Desk) -> None:
    reporter = laptop(tmp_path, desk, "Rick", role="reporter")
    try:
        uid = reporter.articles.create(Article(headline="Budget", body="Numbers.")).uid
        reporter.sync()
        with sqlite3.connect(reporter.database.path) as conn:
            conn.execute("UPDATE articles SET status = 'published' WHERE uid = ?", (uid,))
            conn.execute(
                "INSERT INTO desk_outbox (change_uid, table_name, row_uid, op, changes, created_at)"
                " VALUES ('forged-1', 'articles', ?, 'update',"
                ' \'{"status": ["draft", "published"]}\', \'2026-01-01\')',
                (uid,),
            )
        conn.close()
        report = reporter.sync()
        assert [(r.field, r.value) for r in report.refused] == [("*", {"status": "published"})]
        assert desk.sql(f"SELECT status FROM articles WHERE uid = '{uid}'") == "draft"
        assert reporter.article(uid).status is ArticleStatus.DRAFT
    finally:
        reporter.close()


def test_only_a_chief_purges_and_a_refused_purge_comes_back(tmp_path: Path, desk: Desk) -> None:
    editor = laptop(tmp_path, desk, "Eve", role="copy-editor")
    try:
        created = editor.articles.create(Article(headline="Keep me", body="Text."))
        editor.sync()
        editor.articles.purge(created.id or 0)
        report = editor.sync()
        assert report.refused and "permission denied" in report.refused[0].message
        back = editor.article(created.uid)
        assert back.headline == "Keep me"
        assert editor.articles.revisions(back.id or 0)  # its history came back with it
    finally:
        editor.close()


def test_only_a_chief_adds_people(tmp_path: Path, desk: Desk) -> None:
    import pytest

    from deskeditor.services.errors import ServiceError

    editor = laptop(tmp_path, desk, "Ed", role="copy-editor")
    chief = laptop(tmp_path, desk, "Cy", role="chief")
    try:
        with pytest.raises(ServiceError, match="only a chief"):
            editor.desk.add_person(desk.login_name("newbie"), "reporter", "pw-12345678")
        chief.desk.add_person(desk.login_name("newbie"), "reporter", "pw-12345678", "New Bie")
        assert (
            desk.sql(
                f"SELECT name, role FROM desk_people WHERE login = '{desk.login_name('newbie')}'"
            )
            == "New Bie|reporter"
        )
    finally:
        editor.close()
        chief.close()
