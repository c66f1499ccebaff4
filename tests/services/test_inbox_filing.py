"""Filing a mailbox in batches: a message the database refuses stops nothing else,
threads hold across batches, and every request gets the uid every laptop gives it."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest

from deskeditor.resources import resource_path
from deskeditor.services import inbox as inbox_module
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.inbox import InboxService
from deskeditor.storage.database import Database
from deskeditor.storage.errors import StorageError
from tests.mailboxes import write_mbox

OTTERS = (
    "You wrote “If there are enough fish for a family of otters, the river is in much "
    "better shape than it was.” Is that right?"
)


@pytest.fixture
def inbox(database: Database) -> InboxService:
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    return InboxService(database.unit_of_work, ArticleService(database.unit_of_work))


def mbox(path: Path, messages: list[tuple[str, str, str, str]]) -> Path:
    """An mbox of (Message-ID, sender, subject, body) messages; "re:" before an id in
    the subject makes the message a reply to that id."""
    with path.open("wb") as out:
        for message_id, sender, subject, body in messages:
            reply = ""
            if subject.startswith("re:"):
                reply = f"In-Reply-To: <{subject.split()[0][3:]}>\n"
            out.write(
                f"From {sender} Mon Nov  9 08:14:22 2026\nFrom: {sender}\nSubject: {subject}\n"
                f"Message-ID: <{message_id}>\n{reply}\n{body}\n\n".encode()
            )
    return path


def test_a_message_the_database_refuses_does_not_stop_the_others(
    tmp_path: Path, inbox: InboxService, database: Database
) -> None:
    with sqlite3.connect(database.path) as conn:  # a constraint this one message breaks
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON correction_requests"
            " WHEN NEW.subject = 'refuse me' BEGIN SELECT RAISE(ABORT, 'refused here'); END"
        )
    conn.close()
    source = mbox(
        tmp_path / "five.mbox",
        [
            ("a@x", "pat@example.org", "otters", OTTERS),
            ("b@x", "sam@example.org", "refuse me", "Anything."),
            ("c@x", "pat@example.org", "re:a@x and more", "Any news?"),
            ("d@x", "kim@example.org", "ferry", "The ferry story has the wrong year."),
        ],
    )

    outcomes = inbox.import_sources([source])

    assert [o.outcome for o in outcomes] == ["new", "error", "thread", "new"]
    refused = outcomes[1]
    assert refused.request_id is None and "refused here" in (refused.error or "")
    assert outcomes[2].request_id == outcomes[0].request_id  # the reply joined its thread
    assert len(inbox.requests()) == 2
    with sqlite3.connect(database.path) as conn:  # each filed once, with one history line
        filed = [row[0] for row in conn.execute("SELECT id FROM correction_requests")]
        received = conn.execute(
            "SELECT request_id, count(*) FROM correction_events WHERE action = 'received'"
            " GROUP BY request_id"
        ).fetchall()
    conn.close()
    assert len(filed) == 3 and sorted(received) == [(request, 1) for request in sorted(filed)]
    again = inbox.import_sources([source])  # the refused one is tried again, the rest kept
    assert [o.outcome for o in again] == ["duplicate", "error", "duplicate", "duplicate"]


def test_threads_hold_across_batches(
    tmp_path: Path, inbox: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox_module, "BATCH", 2)
    source = mbox(
        tmp_path / "six.mbox",
        [
            ("1@x", "pat@example.org", "otters", OTTERS),
            ("2@x", "kim@example.org", "ferry", "The ferry story has the wrong year."),
            ("3@x", "pat@example.org", "otters again", OTTERS),  # the same article: threads
            ("4@x", "kim@example.org", "re:2@x", "Any news?"),
            ("5@x", "lee@example.org", "re:4@x", "Me too."),  # a reply to a reply
            ("1@x", "pat@example.org", "otters", OTTERS),  # the first again: a duplicate
        ],
    )

    outcomes = inbox.import_sources([source])

    assert [o.outcome for o in outcomes] == [
        "new",
        "new",
        "thread",
        "thread",
        "thread",
        "duplicate",
    ]
    first, ferry = outcomes[0].request_id, outcomes[1].request_id
    assert [o.request_id for o in outcomes] == [first, ferry, first, ferry, ferry, first]
    assert len(inbox.requests()) == 2


def test_an_imported_request_has_the_uid_every_laptop_gives_it(
    tmp_path: Path, inbox: InboxService, database: Database
) -> None:
    """Filed in bulk, a request got a random uid: two laptops reading one mailbox before
    joining a desk would have filed the same message twice."""
    write_mbox(tmp_path / "three.mbox", 3)
    raws = {o.message_id: o for o in inbox.import_sources([tmp_path / "three.mbox"])}
    with sqlite3.connect(database.path) as conn:
        rows = conn.execute("SELECT message_id, raw, uid FROM correction_requests").fetchall()
    conn.close()
    assert len(rows) == len(raws) == 3
    namespace = uuid.UUID("9a3c5f0e-5b1d-4f7e-9d51-6a1f0c2b7e44")  # the desk's, fixed
    for message_id, raw, uid in rows:
        digest = hashlib.sha256(raw).hexdigest()
        assert uid == str(uuid.uuid5(namespace, f"{message_id}\n{digest}"))


def test_a_single_message_the_database_refuses_leaves_nothing_for_the_next(
    inbox: InboxService, database: Database
) -> None:
    """The refused message's history line stayed pending and went in with the next
    message's: that request showed two "received" lines, one of them not its own."""
    with sqlite3.connect(database.path) as conn:
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON correction_events"  # its history line
            " WHEN NEW.detail = 'refused.eml' BEGIN SELECT RAISE(ABORT, 'refused here'); END"
        )
    conn.close()
    refused = b"From: a@example.org\nSubject: refuse me\nMessage-ID: <r@x>\n\nAnything.\n"
    kept = b"From: b@example.org\nSubject: ferry\nMessage-ID: <k@x>\n\nThe ferry story.\n"
    with pytest.raises(StorageError, match="refused here"):
        inbox.import_message(refused, "refused.eml")
    filed = inbox.import_message(kept, "kept.eml")
    with sqlite3.connect(database.path) as conn:
        history = conn.execute(
            "SELECT request_id, action, detail FROM correction_events"
        ).fetchall()
    conn.close()
    assert history == [(filed.request_id, "received", "kept.eml")]
