"""Reader mail from a real IMAP server (Dovecot on 127.0.0.1, started by the test)
into the corrections inbox: first and incremental fetches, IDLE, a renumbered
folder, a wrong password, a server that goes away, TLS and STARTTLS."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from deskeditor.domain.corrections import RequestStatus
from deskeditor.domain.mail_account import MailAccount
from deskeditor.services.articles import ArticleService
from deskeditor.services.imap_intake import FetchReport, ImapIntake
from deskeditor.services.inbox import InboxService
from deskeditor.storage.database import Database
from tests.mailserver import PASSWORD, USER, Dovecot, imap

pytestmark = imap


def message(n: int, subject: str = "Wrong date in the ferry story") -> bytes:
    return (
        f"From: Reader {n} <reader{n}@example.org>\r\n"
        f"To: corrections@example.org\r\n"
        f"Subject: {subject} ({n})\r\n"
        f"Message-ID: <reader-{n}@example.org>\r\n"
        f"Date: Sun, 1 Mar 2026 10:{n % 60:02d}:00 +0000\r\n"
        "\r\n"
        f"Message number {n}: the ferry returned on Sunday, not Monday.\r\n"
    ).encode()


def intake(
    database: Database,
    server: Dovecot,
    *,
    password: str = PASSWORD,
    tls: bool = False,
    after_import: str = "leave",
) -> ImapIntake:
    articles = ArticleService(database.unit_of_work)
    inbox = InboxService(database.unit_of_work, articles)
    port = server.tls_port if tls else server.port
    account = MailAccount(USER, "127.0.0.1", port, "INBOX", tls=tls)
    return ImapIntake(
        database.unit_of_work,
        inbox,
        account,
        lambda _: password,
        after_import,
        ssl_context=server.tls_context(),
        timeout=10,
    )


def subjects(database: Database) -> list[str]:
    inbox = InboxService(database.unit_of_work, ArticleService(database.unit_of_work))
    return sorted(r.subject for r in inbox.requests())


def test_first_fetch_then_only_what_is_new(database: Database, dovecot: Dovecot) -> None:
    dovecot.deliver(*(message(n) for n in range(1, 4)))
    reader = intake(database, dovecot)
    first = reader.fetch()
    assert first.error is None
    assert [o.outcome for o in first.outcomes] == ["new", "new", "new"]
    assert all(o.source.startswith(reader.account.url + ";UIDVALIDITY=") for o in first.outcomes)
    assert reader.fetch().outcomes == []  # nothing new: nothing fetched, nothing filed
    dovecot.deliver(message(4), message(5))
    second = reader.fetch()
    assert [o.message_id for o in second.outcomes] == [
        "<reader-4@example.org>",
        "<reader-5@example.org>",
    ]
    assert len(subjects(database)) == 5
    # nothing was taken off the server, nor marked read
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        assert len(client.search("ALL")) == 5
        assert client.search("SEEN") == []


def test_a_renumbered_folder_is_not_imported_again(database: Database, dovecot: Dovecot) -> None:
    dovecot.deliver(*(message(n) for n in range(1, 4)))
    reader = intake(database, dovecot)
    assert len(reader.fetch().outcomes) == 3
    dovecot.renumber()
    dovecot.deliver(message(4))
    report = reader.fetch()
    assert report.error is None and report.renumbered
    # only the one message the inbox did not hold was downloaded and filed
    assert [(o.message_id, o.outcome) for o in report.outcomes] == [
        ("<reader-4@example.org>", "new")
    ]
    assert len(subjects(database)) == 4
    assert reader.fetch().outcomes == []


def test_a_wrong_password_says_so_and_files_nothing(database: Database, dovecot: Dovecot) -> None:
    dovecot.deliver(message(1))
    report = intake(database, dovecot, password="not-it").fetch()
    assert report.outcomes == [] and not report.offline
    assert report.error is not None
    assert "refused the login for corrections at 127.0.0.1" in report.error
    assert subjects(database) == []


def test_an_unreachable_server_is_reported_as_offline(database: Database, dovecot: Dovecot) -> None:
    dovecot.stop()
    report = intake(database, dovecot).fetch()
    assert report.offline
    assert report.error is not None and report.error.startswith("cannot reach 127.0.0.1:")


def test_a_server_gone_mid_fetch_keeps_what_came_and_goes_on_later(
    database: Database, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import deskeditor.services.imap_intake as module

    monkeypatch.setattr(module, "CHUNK", 2)
    dovecot.deliver(*(message(n) for n in range(1, 8)))
    reader = intake(database, dovecot)

    def stop_the_server(done: int, total: int) -> bool:
        if done == 2:
            dovecot.stop()
        return True

    report = reader.fetch(stop_the_server)
    assert report.error is not None and "went away" in report.error
    # The next two travel while the first two are filed: they may have come already.
    came = len(report.outcomes)
    assert came in (2, 4) and [o.outcome for o in report.outcomes] == ["new"] * came
    assert len(subjects(database)) == came
    dovecot.start()
    rest = reader.fetch()
    assert rest.error is None
    assert [o.outcome for o in rest.outcomes] == ["new"] * (7 - came)
    assert len(subjects(database)) == 7


@pytest.mark.parametrize("tls", [True, False], ids=["imaps", "starttls"])
def test_tls_with_the_servers_certificate(database: Database, dovecot: Dovecot, tls: bool) -> None:
    dovecot.deliver(message(1))
    report = intake(database, dovecot, tls=tls).fetch()
    assert report.error is None and len(report.outcomes) == 1


def test_a_certificate_not_trusted_is_refused(database: Database, dovecot: Dovecot) -> None:
    import ssl

    reader = intake(database, dovecot, tls=True)
    reader._ssl = ssl.create_default_context()  # the system's CAs: the test's cert is not one
    report = reader.fetch()
    assert report.error is not None and "certificate is not trusted" in report.error


def test_imported_messages_move_only_when_the_user_chose_it(
    database: Database, dovecot: Dovecot
) -> None:
    dovecot.deliver(message(1), message(2))
    report = intake(database, dovecot, after_import="move:Archive").fetch()
    assert report.error is None and len(report.outcomes) == 2
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        assert client.search("ALL") == []
        client.select_folder("Archive", readonly=True)
        assert len(client.search("ALL")) == 2


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_idle_brings_new_mail_while_watching(database: Database, dovecot: Dovecot) -> None:
    reader = intake(database, dovecot)
    reports: list[FetchReport] = []
    stop = threading.Event()
    watcher = threading.Thread(target=reader.watch, args=(stop, reports.append, 1.0))
    watcher.start()
    try:
        wait_for(lambda: len(reports) >= 1)  # the first fetch, of an empty folder
        dovecot.deliver(message(9))
        # Dovecot pushes about half a second after delivery
        wait_for(lambda: any(r.outcomes for r in reports))
        assert [o.message_id for r in reports for o in r.outcomes] == ["<reader-9@example.org>"]
    finally:
        stop.set()
        watcher.join(timeout=30)
    assert not watcher.is_alive()
    assert [r.status for r in InboxService(
        database.unit_of_work, ArticleService(database.unit_of_work)
    ).requests()] == [RequestStatus.NEW]  # fmt: skip
