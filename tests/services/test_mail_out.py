"""Replies sent by SMTP to a real server on 127.0.0.1 (aiosmtpd, started here):
the bytes that arrive, the thread headers, and "replied" only once it was sent."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from deskeditor.services.articles import ArticleService
from deskeditor.services.inbox import InboxService
from deskeditor.services.mail_out import (
    MailSender,
    ReplySender,
    SendError,
    SmtpAccount,
    mailto_url,
)
from deskeditor.services.triage import TriageService
from deskeditor.storage.database import Database
from tests.mailserver import Sink, free_port

READER = (
    b"From: Ruth Abernathy <ruth@example.org>\r\nTo: corrections@example.org\r\n"
    b"Subject: Wrong date\r\nMessage-ID: <ruth-1@example.org>\r\n"
    b"Date: Sun, 1 Mar 2026 10:00:00 +0000\r\n\r\nThe ferry came back on Sunday.\r\n"
)


def request_id(database: Database) -> int:
    inbox = InboxService(database.unit_of_work, ArticleService(database.unit_of_work))
    outcome = inbox.import_message(READER, "test")
    assert outcome.request_id is not None
    return outcome.request_id


def reply() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Corrections <corrections@example.org>"
    message["To"] = "ruth@example.org"
    message["Subject"] = "Re: Wrong date"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content("Dear Ruth,\n\nYou were right; the article is corrected.\n")
    return message


def sender(port: int, user: str = "desk", password: str = "pw") -> MailSender:
    return MailSender(SmtpAccount("127.0.0.1", port, user, tls=False), lambda _: password)


def test_a_sent_reply_arrives_in_its_thread_and_is_recorded(
    database: Database, smtp: tuple[Sink, int]
) -> None:
    sink, port = smtp
    rid = request_id(database)
    ReplySender(database.unit_of_work, sender(port), actor="Ana").send_reply(rid, reply())
    [envelope] = sink.received
    assert envelope.mail_from == "corrections@example.org"
    assert envelope.rcpt_tos == ["ruth@example.org"]
    arrived = email.message_from_bytes(bytes(envelope.original_content or b""), policy=default)
    assert arrived["In-Reply-To"] == "<ruth-1@example.org>"
    assert arrived["References"] == "<ruth-1@example.org>"
    assert arrived["Subject"] == "Re: Wrong date"
    assert "You were right" in arrived.get_content() if not arrived.is_multipart() else True
    detail = TriageService(database.unit_of_work, ArticleService(database.unit_of_work)).detail(rid)
    assert any(e.action == "reply sent" for e in detail.history)


def test_a_refused_reply_is_not_recorded_as_replied(
    database: Database, smtp: tuple[Sink, int]
) -> None:
    sink, port = smtp
    sink.refuse.add("ruth@example.org")
    rid = request_id(database)
    with pytest.raises(SendError, match=r"refused ruth@example\.org"):
        ReplySender(database.unit_of_work, sender(port)).send_reply(rid, reply())
    assert sink.received == []
    detail = TriageService(database.unit_of_work, ArticleService(database.unit_of_work)).detail(rid)
    assert not any(e.action == "reply sent" for e in detail.history)
    assert any(e.action == "reply not sent" for e in detail.history)


def test_a_wrong_password_and_a_missing_server_say_why(
    database: Database, smtp: tuple[Sink, int]
) -> None:
    _, port = smtp
    rid = request_id(database)
    with pytest.raises(SendError, match="refused the login for desk"):
        ReplySender(database.unit_of_work, sender(port, password="no")).send_reply(rid, reply())
    with pytest.raises(SendError, match=r"cannot send through 127\.0\.0\.1"):
        ReplySender(database.unit_of_work, sender(free_port())).send_reply(rid, reply())


def test_plain_text_smtp_is_refused_beyond_this_machine() -> None:
    account = SmtpAccount.parse("smtp://desk@mail.example.org")
    assert (account.port, account.tls, account.on_loopback) == (587, False, False)
    assert SmtpAccount.parse("smtps://desk@mail.example.org").port == 465


def test_the_mail_program_gets_the_same_reply_in_its_thread() -> None:
    message = reply()
    message["In-Reply-To"] = "<ruth-1@example.org>"
    url = mailto_url(message)
    assert url.startswith("mailto:ruth@example.org?subject=Re%3A%20Wrong%20date&body=Dear%20Ruth")
    assert url.endswith("&In-Reply-To=%3Cruth-1%40example.org%3E")


def test_the_command_line_sends_a_reviewed_reply(
    tmp_path: Path, smtp: tuple[Sink, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskeditor.services import credentials
    from deskeditor.storage.database import open_database
    from tests.test_cli import deskeditor

    sink, port = smtp
    db_file = tmp_path / "desk.sqlite"
    database = open_database(db_file)
    rid = request_id(database)
    database.close()
    eml = tmp_path / "reply.eml"
    eml.write_bytes(bytes(reply()))
    env = {credentials.PASSWORD_ENV: "pw"}
    assert (
        deskeditor("inbox", "smtp", "set", f"smtp://desk@127.0.0.1:{port}", env=env).returncode == 0
    )
    sent = deskeditor(
        "inbox", "send-reply", str(rid), "--eml", str(eml), "--db", str(db_file), env=env
    )
    assert sent.returncode == 0, sent.stderr
    assert b"In-Reply-To: <ruth-1@example.org>" in bytes(sink.received[0].original_content or b"")
    sink.refuse.add("ruth@example.org")
    refused = deskeditor(
        "inbox", "send-reply", str(rid), "--eml", str(eml), "--db", str(db_file), env=env
    )
    assert refused.returncode == 1 and "refused ruth@example.org" in refused.stderr
