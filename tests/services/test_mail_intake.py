"""Mailboxes as they really are: unreadable entries, named pipes, "From " in a reader's
sentence, empty files, empty folders and headers with no end."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from deskeditor.formats.email import parse_mail
from deskeditor.formats.mailboxes import read_source
from deskeditor.services.articles import ArticleService
from deskeditor.services.inbox import InboxOutcome, InboxService
from deskeditor.services.triage import MessageView, TriageService
from deskeditor.storage.database import Database
from tests.test_cli import deskeditor

HANG_GUARD_S = 60  # generous: a hang shows as a failure, never as a stuck run


@pytest.fixture
def inbox(database: Database) -> InboxService:
    return InboxService(database.unit_of_work, ArticleService(database.unit_of_work))


@pytest.fixture
def triage(database: Database) -> TriageService:
    return TriageService(database.unit_of_work, ArticleService(database.unit_of_work))


def message(n: int, body: str = "Your ferry story gives the wrong year.") -> bytes:
    return (
        f"From: Reader {n} <reader{n}@example.org>\nSubject: Ferry {n}\n"
        f"Message-ID: <ferry-{n}@example.org>\n\n{body}\n"
    ).encode()


def finishes(job: Callable[[], list[InboxOutcome]]) -> list[InboxOutcome]:
    """Run ``job`` on a thread; fail (instead of hanging) if it never returns."""
    result: list[list[InboxOutcome]] = []
    thread = threading.Thread(target=lambda: result.append(job()), daemon=True)
    thread.start()
    thread.join(HANG_GUARD_S)
    assert not thread.is_alive(), "the import hung"
    return result[0]


def errors_by_name(outcomes: list[InboxOutcome]) -> dict[str, str]:
    return {Path(o.source).name: o.error or "" for o in outcomes if o.request_id is None}


def test_a_maildir_with_entries_that_cannot_be_read_reads_the_rest(
    tmp_path: Path, inbox: InboxService
) -> None:
    """One unreadable entry stopped a Maildir import; a named pipe hung it for ever."""
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.good").write_bytes(message(1))
    os.mkfifo(maildir / "new" / "2.pipe")
    (maildir / "new" / "3.dangling").symlink_to(tmp_path / "nowhere.eml")
    (maildir / "new" / "4.ioerror").symlink_to("/proc/self/mem")  # a read fails, even as root
    (maildir / "cur" / "5.good:2,S").write_bytes(message(5))

    outcomes = finishes(lambda: inbox.import_sources([maildir]))

    assert [o.outcome for o in outcomes if o.request_id] == ["new", "new"]
    errors = errors_by_name(outcomes)
    assert set(errors) == {"2.pipe", "3.dangling", "4.ioerror"}
    assert "named pipe" in errors["2.pipe"]
    assert "does not exist" in errors["3.dangling"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_message_file_without_read_permission_is_named_and_skipped(
    tmp_path: Path, inbox: InboxService
) -> None:
    (tmp_path / "a.eml").write_bytes(message(1))
    (tmp_path / "b.eml").write_bytes(message(2))
    (tmp_path / "b.eml").chmod(0)
    outcomes = inbox.import_sources([tmp_path])
    assert errors_by_name(outcomes) == {"b.eml": "cannot be read: permission denied"}
    assert [o.outcome for o in outcomes if o.request_id] == ["new"]


def test_a_named_pipe_in_a_folder_of_eml_files_does_not_hang(
    tmp_path: Path, inbox: InboxService
) -> None:
    (tmp_path / "1.eml").write_bytes(message(1))
    os.mkfifo(tmp_path / "2.eml")
    (tmp_path / "3.eml").write_bytes(message(3))
    outcomes = finishes(lambda: inbox.import_sources([tmp_path]))
    assert [o.outcome for o in outcomes] == ["new", "error", "new"]
    assert "named pipe" in (outcomes[1].error or "")


def test_a_named_pipe_given_as_the_source_does_not_hang(
    tmp_path: Path, inbox: InboxService
) -> None:
    os.mkfifo(tmp_path / "pipe.mbox")
    [outcome] = finishes(lambda: inbox.import_sources([tmp_path / "pipe.mbox"]))
    assert outcome.request_id is None and "named pipe" in (outcome.error or "")


SEPARATOR = "From reader@example.org Mon Nov  9 08:14:22 2026\n"


def test_an_mbox_splits_only_on_real_separators(
    tmp_path: Path, inbox: InboxService, triage: TriageService
) -> None:
    """A reader's sentence starting "From what I read" cut the message in two, and the
    fragment became a bogus request."""
    sentence = "From what I read, the article is wrong about the ferry's age."
    mbox = tmp_path / "corrections.mbox"
    mbox.write_text(
        SEPARATOR + message(1, f"Hello,\n\n{sentence}\nIt is 40 years old.").decode() + "\n"
        + SEPARATOR + message(2).decode() + "\n",
        encoding="utf-8",
    )  # fmt: skip
    outcomes = inbox.import_sources([mbox])
    assert [o.outcome for o in outcomes] == ["new", "new"]
    texts = [m.text for m in first_messages(triage, outcomes)]
    assert sentence in texts[0] and "It is 40 years old." in texts[0]
    assert "From what I read" not in texts[1]


def test_mboxrd_escaped_from_lines_are_given_back(
    tmp_path: Path, inbox: InboxService, triage: TriageService
) -> None:
    mbox = tmp_path / "escaped.mbox"
    body = ">From the archive: the ferry first ran in 1986.\n>>From a quoted reply."
    mbox.write_text(SEPARATOR + message(1, body).decode() + "\n", encoding="utf-8")
    [outcome] = inbox.import_sources([mbox])
    [text] = [m.text for m in first_messages(triage, [outcome])]
    assert "\nFrom the archive: the ferry first ran in 1986.\n>From a quoted reply." in "\n" + text


def test_separators_as_mail_tools_write_them(tmp_path: Path, inbox: InboxService) -> None:
    mbox = tmp_path / "tools.mbox"
    separators = (
        "From - Mon Nov  9 08:14:22 2026\n",  # Thunderbird
        "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\n",
        "From reader@example.org Tue Nov 10 09:00 2026\n",  # no seconds
        "From reader@example.org Wed Nov 11 09:00:00 +0100 2026\n",  # zone before the year
    )
    mbox.write_text(
        "".join(sep + message(n).decode() + "\n" for n, sep in enumerate(separators)),
        encoding="utf-8",
    )
    outcomes = inbox.import_sources([mbox])
    assert [o.outcome for o in outcomes] == ["new"] * 4


def test_an_empty_eml_is_not_a_request(tmp_path: Path, inbox: InboxService) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "blank.eml").write_bytes(b"\n\n  \n")
    outcomes = inbox.import_sources([tmp_path / "empty.eml", tmp_path / "blank.eml"])
    assert [o.request_id for o in outcomes] == [None, None]
    assert all("empty" in (o.error or "") for o in outcomes)
    assert inbox.requests() == []


def test_inbox_import_of_an_empty_folder_says_no_messages_and_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = deskeditor("inbox", "import", str(tmp_path / "empty"), "--db", str(tmp_path / "d.db"))
    assert result.returncode == 1
    assert "no messages found" in result.stdout + result.stderr


def test_fifty_thousand_references_are_bounded_and_still_thread(inbox: InboxService) -> None:
    """One message with 50,000 References took 13.7 s: one lookup per reference."""
    first = inbox.import_message(message(1), "first.eml")
    references = " ".join(f"<ref-{n}@example.org>" for n in range(50_000))
    reply = (
        f"From: Reader 1 <reader1@example.org>\nSubject: Re: Ferry 1\n"
        f"Message-ID: <reply@example.org>\nReferences: {references} <ferry-1@example.org>\n\n"
        "Any news?\n"
    ).encode()
    assert len(parse_mail(reply).references) <= 100
    outcome = inbox.import_message(reply, "reply.eml")
    assert (outcome.outcome, outcome.request_id) == ("thread", first.request_id)


def first_messages(triage: TriageService, outcomes: list[InboxOutcome]) -> list[MessageView]:
    return [triage.detail(o.request_id or 0).messages[0] for o in outcomes]


HOSTILE = Path(__file__).parents[1] / "data" / "hostile"


def test_an_unknown_charset_is_guessed_and_the_request_says_so(
    inbox: InboxService, triage: TriageService
) -> None:
    """A made-up charset over ISO-8859-1 showed "Cafﻠ" and nothing said it was a guess."""
    [outcome] = inbox.import_sources([HOSTILE / "mail-unknown-charset.eml"])
    detail = triage.detail(outcome.request_id or 0)
    assert "The café on Mill Street opened in 1986" in detail.messages[0].text
    [received] = [e for e in detail.history if e.action == "received"]
    assert "x-made-up" in received.detail and "a guess" in received.detail


def test_garbage_is_not_stored_as_random_letters(
    inbox: InboxService, triage: TriageService
) -> None:
    """Base64 of random bytes labelled UTF-8 came out as random CJK."""
    [outcome] = inbox.import_sources([HOSTILE / "mail-garbage-base64.eml"])
    detail = triage.detail(outcome.request_id or 0)
    text = detail.messages[0].text
    letters = [c for c in text if c.isalpha() and not c.isascii()]
    assert "\ufffd" in text and len(letters) < 0.05 * len(text)
    assert not any(c < " " and c not in "\t\n\r" for c in text)  # no control characters
    assert any("could not be decoded" in e.detail for e in detail.history)


@pytest.mark.parametrize(
    ("name", "count", "words"),
    [
        ("mail-empty.eml", 0, ""),
        ("mbox-from-in-body.mbox", 1, "From what I read, the article is wrong."),
        ("mbox-escaped-from.mbox", 1, "\nFrom the archive: the ferry first ran in 1986."),
    ],
)
def test_hostile_mail_fixtures(
    inbox: InboxService, triage: TriageService, name: str, count: int, words: str
) -> None:
    outcomes = inbox.import_sources([HOSTILE / name])
    filed = [o for o in outcomes if o.request_id is not None]
    assert len(filed) == count
    for outcome in filed:
        assert words in "\n" + triage.detail(outcome.request_id or 0).messages[0].text


def test_mbox_lines_longer_than_a_read_come_back_whole(tmp_path: Path) -> None:
    """An mbox is read a block at a time: a line longer than a block (even one that
    starts with "From ") is part of its message, and the next message still starts."""
    long_line = b"x" * 3_000_000 + b"\n"
    from_line = b"From " + b"y" * 2_000_000 + b"\n"
    first = b"Subject: one\n\n" + long_line + from_line + b"end of one\n"
    second = b"Subject: two\n\nend of two\n"
    mbox = tmp_path / "long.mbox"
    mbox.write_bytes(
        b"From a@example.org Mon Nov  9 08:14:22 2026\n" + first + b"\n"
        b"From b@example.org Tue Nov 10 09:00:00 2026\n" + second
    )
    items = list(read_source(mbox))
    assert [item.raw for item in items] == [first, second]
    assert [item.arrived and item.arrived.day for item in items] == [9, 10]
