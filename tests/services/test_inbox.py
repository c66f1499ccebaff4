"""The corrections inbox below the window: messy mail, matching, threads, the ledger."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.formats.email import parse_mail
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.inbox import InboxService
from deskeditor.services.ledger import CorrectionsLedger
from deskeditor.storage.database import Database

MAIL = Path(__file__).parents[1] / "data" / "mail"
DEMO_MAIL = resource_path("demo", "mail")


def message(name: str) -> bytes:
    return (MAIL / name).read_bytes()


def test_html_only_mail_becomes_text_without_loading_anything() -> None:
    mail = parse_mail(message("html-only.eml"))
    assert mail.subject == "Café story"
    assert "Rue Saint-André, not Rue Saint-Michel." in mail.text
    assert "alert" not in mail.text and "color:red" not in mail.text and "tracker" not in mail.text


def test_base64_koi8r_body_and_encoded_headers() -> None:
    mail = parse_mail(message("base64-koi8r.eml"))
    assert mail.text == "Вопрос о статье."
    assert mail.sender == "ivan@example.ru" and mail.sender_name


def test_mislabelled_charset_is_still_read() -> None:
    assert "café" in parse_mail(message("mislabelled.eml")).text


def test_missing_date_and_message_id_get_stable_stand_ins() -> None:
    raw = message("no-headers.eml")
    mail = parse_mail(raw)
    assert mail.sent_at is None
    assert mail.message_id == parse_mail(raw).message_id  # a hash of the bytes: stable
    assert mail.message_id.endswith("@deskeditor.invalid>")


def test_broken_boundary_is_kept_with_the_problem_named() -> None:
    mail = parse_mail(message("broken-boundary.eml"))
    assert mail.raw == message("broken-boundary.eml")
    assert mail.error and "damaged" in mail.error


def test_forwarded_original_and_attachments_listed_with_safe_names() -> None:
    mail = parse_mail(message("attachment-forward.eml"))
    assert mail.text.startswith("Passing this on from a reader.")
    assert "your story says $3" in mail.forwarded
    assert [(a.filename, a.content_type) for a in mail.attachments] == [
        ("evil.exe", "application/x-msdownload")
    ]


def test_garbage_bytes_never_stop_anything() -> None:
    mail = parse_mail(b"\x00\xff" * 5000 + b"\nSubject: \xff\xfe\n\n" + b"x" * 200_000)
    assert mail.raw.startswith(b"\x00\xff") and mail.message_id


@pytest.fixture
def inbox(database: Database) -> InboxService:
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    articles = ArticleService(database.unit_of_work)
    return InboxService(database.unit_of_work, articles)


def test_demo_mail_is_matched_threaded_and_deduplicated(inbox: InboxService) -> None:
    first = {Path(o.source).name: o for o in inbox.import_sources([DEMO_MAIL])}
    harvest, ferry, otters, followup = (first[n] for n in sorted(first))
    assert (harvest.outcome, harvest.evidence) == ("new", "headline in text")
    assert (
        ferry.article and ferry.article["slug"] == "millbrook-ferry-returns-after-two-year-repair"
    )
    assert ferry.quoted_phrase and ferry.quoted_phrase.startswith("Repairs cost $2.3 million")
    assert otters.evidence == "quoted sentence"  # despite the reader's "beter"
    assert otters.article is not None
    assert str(otters.article["slug"]).startswith("river-otters")
    assert followup.outcome == "thread" and followup.article == harvest.article
    again = inbox.import_sources([DEMO_MAIL])
    assert {o.outcome for o in again} == {"duplicate"}
    assert len(inbox.requests()) == 3  # the follow-up is in its thread
    assert next(r for r in inbox.requests() if r.id == harvest.request_id).messages == 2


def test_slug_in_a_url_is_the_strongest_evidence(inbox: InboxService) -> None:
    raw = (
        b"From: a@example.com\nSubject: typo\nMessage-ID: <url-1@example.com>\n\n"
        b"In https://ledger.example/2026/11/keep-the-library-open-on-sundays/ the budget is wrong.\n"
    )
    outcome = inbox.import_message(raw, "test")
    assert (outcome.evidence, outcome.confidence) == ("URL", 0.95)


def test_no_match_stays_unlinked_and_says_so(inbox: InboxService) -> None:
    raw = b"From: a@example.com\nSubject: hello\nMessage-ID: <none-1@example.com>\n\nI love your paper.\n"
    outcome = inbox.import_message(raw, "test")
    assert outcome.article is None and "not linked" in (outcome.evidence or "")


def test_mbox_and_maildir_sources(tmp_path: Path, inbox: InboxService) -> None:
    box = mailbox.mbox(str(tmp_path / "corrections.mbox"))
    for eml in sorted(DEMO_MAIL.glob("*.eml")):
        box.add(eml.read_bytes())
    box.flush()
    outcomes = inbox.import_sources([tmp_path / "corrections.mbox"])
    assert [o.source.rsplit("#", 1)[1] for o in outcomes] == ["1", "2", "3", "4"]
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"))
    maildir.add((MAIL / "html-only.eml").read_bytes())
    [outcome] = inbox.import_sources([tmp_path / "Maildir"])
    assert outcome.outcome == "new"


def test_ledger_exports(inbox: InboxService, database: Database) -> None:
    inbox.import_sources([DEMO_MAIL])
    articles = ArticleService(database.unit_of_work)
    ledger = CorrectionsLedger(database.unit_of_work, inbox, articles)
    csv_text = ledger.export_csv()
    assert csv_text.splitlines()[0].startswith("request,status,received,sender")
    assert len(csv_text.splitlines()) == 4
    # The demo's corrected article carries its notice; the mail has none published yet.
    [notices] = json.loads(ledger.export_jsonld())
    assert notices["headline"] == "Orchard growers expect best apple harvest in a decade"
    assert "misstated last year’s harvest" in json.dumps(notices, ensure_ascii=False)


def test_unmatched_articles_are_not_invented(database: Database) -> None:
    articles = ArticleService(database.unit_of_work)
    articles.create(Article(headline="Only story", body="Nothing to see."))
    inbox = InboxService(database.unit_of_work, articles)
    outcome = inbox.import_message((MAIL / "html-only.eml").read_bytes(), "x")
    assert outcome.article is None


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("windows-1251", "Ошибка в статье о пароме."),
        ("gb2312", "文章中的日期有误。"),
        ("shift_jis", "記事の日付が間違っています。"),
        ("iso-2022-jp", "記事の日付が間違っています。"),
        ("iso-8859-1", "Le café est fermé le lundi."),
    ],
)
def test_charsets_readers_write_in(charset: str, text: str) -> None:
    raw = (
        (
            f"From: r@example.com\nSubject: =?utf-8?b?RXJyb3I=?=\nMessage-ID: <{charset}@x>\n"
            f'MIME-Version: 1.0\nContent-Type: text/plain; charset="{charset}"\n'
            "Content-Transfer-Encoding: 8bit\n\n"
        ).encode()
        + text.encode(charset)
        + b"\n"
    )
    mail = parse_mail(raw)
    assert mail.text == text and mail.subject == "Error"


def test_huge_headers_and_lines_are_survived() -> None:
    raw = (
        b"From: r@example.com\nSubject: " + b"very long subject " * 6000 + b"\nX-Junk: " + b"x" * 200_000
        + b"\nMessage-ID: <huge@x>\n\n" + b"one enormous line " * 100_000 + b"\n"
    )  # fmt: skip
    mail = parse_mail(raw)
    assert len(mail.subject) <= 998 and mail.message_id == "<huge@x>"
    assert mail.text.startswith("one enormous line") and len(mail.text) <= 200_000


def test_same_sender_about_the_same_article_joins_the_thread_within_one_mailbox(
    tmp_path: Path, inbox: InboxService
) -> None:
    box = mailbox.mbox(str(tmp_path / "two.mbox"))
    for n in (1, 2):
        box.add(
            f"From: Pat <pat@example.org>\nSubject: otters {n}\nMessage-ID: <otters-{n}@x>\n\n"
            "You wrote “If there are enough fish for a family of otters, the river is in much "
            "better shape than it was.” Is that right?\n".encode()
        )
    box.flush()
    outcomes = inbox.import_sources([tmp_path / "two.mbox"])
    assert [o.outcome for o in outcomes] == ["new", "thread"]
    assert outcomes[0].article is not None and outcomes[0].article == outcomes[1].article
    assert len(inbox.requests()) == 1


FERRY_MAIL = (
    b"From: Ann <ann@example.com>\nSubject: Ferry cost\nMessage-ID: <reused@example.com>\n\n"
    b"Your ferry story says the repairs cost $3 million. It was $2.3 million.\n"
)
LIBRARY_MAIL = (  # another reader's mailer handed out the same Message-ID
    b"From: Bo <bo@example.net>\nSubject: Library hours\nMessage-ID: <reused@example.com>\n\n"
    b"The library is open on Sundays from noon, not from ten.\n"
)


def test_a_reused_message_id_with_other_content_is_a_request_of_its_own(
    tmp_path: Path, inbox: InboxService
) -> None:
    (tmp_path / "1-ferry.eml").write_bytes(FERRY_MAIL)
    (tmp_path / "2-library.eml").write_bytes(LIBRARY_MAIL)

    ferry, library = inbox.import_sources([tmp_path])

    assert (ferry.outcome, library.outcome) == ("new", "new")
    assert ferry.message_id == "<reused@example.com>"
    assert library.message_id and library.message_id.startswith("<reused@example.com>#")
    assert "already used by a different message" in (library.evidence or "")
    assert "already used" not in (ferry.evidence or "")
    assert library.request_id != ferry.request_id
    assert len(inbox.requests()) == 2


def test_the_same_message_id_and_content_stays_a_duplicate(
    tmp_path: Path, inbox: InboxService
) -> None:
    first = inbox.import_message(FERRY_MAIL, "ferry.eml")
    other = inbox.import_message(LIBRARY_MAIL, "library.eml")
    (tmp_path / "1-ferry.eml").write_bytes(FERRY_MAIL)
    (tmp_path / "2-library.eml").write_bytes(LIBRARY_MAIL)

    one_by_one = [inbox.import_message(FERRY_MAIL, "a"), inbox.import_message(LIBRARY_MAIL, "b")]
    in_a_batch = inbox.import_sources([tmp_path])

    for again in (one_by_one, in_a_batch):
        assert [o.outcome for o in again] == ["duplicate", "duplicate"]
        assert [o.request_id for o in again] == [first.request_id, other.request_id]
        assert [o.message_id for o in again] == [first.message_id, other.message_id]
    assert len(inbox.requests()) == 2
