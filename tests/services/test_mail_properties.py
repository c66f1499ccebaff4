"""Property tests of the mail readers: any bytes as a message, any MIME tree, any
mbox. Nothing escapes, what is kept is bounded, an mbox gives back exactly the
messages written to it, and reading the same mail again files nothing new.

No wall-clock deadline (speed lives in bench/): memory and sizes are the bounds.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import tracemalloc
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskeditor.formats.email import MAX_REFERENCES, MAX_TEXT, ParsedMail, parse_mail
from deskeditor.formats.mailboxes import read_source
from deskeditor.services.articles import ArticleService
from deskeditor.services.inbox import InboxService
from deskeditor.storage.database import Database, open_database

SURROGATES: tuple[Literal["Cs"]] = ("Cs",)  # not characters Python can encode
NOT_TEXT: tuple[Literal["Cs"], Literal["Cc"]] = ("Cs", "Cc")  # nor control characters
PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MEMORY_FLOOR = 20_000_000
MEMORY_PER_INPUT_BYTE = 100

header_text = st.text(
    st.characters(exclude_categories=NOT_TEXT), max_size=120
)  # what a header may say, decoded
body_text = st.text(st.characters(exclude_categories=SURROGATES), max_size=600)
charsets = st.sampled_from(["utf-8", "latin-1", "koi8-r", "cp1252", "iso-2022-jp", "x-made-up"])


def parsed(raw: bytes) -> ParsedMail:
    """parse_mail, checking that nothing escapes and what is kept is bounded."""
    tracemalloc.start()
    try:
        mail = parse_mail(raw)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak <= MEMORY_FLOOR + MEMORY_PER_INPUT_BYTE * len(raw), f"{peak:,} bytes"
    assert mail.raw == raw and mail.message_id
    assert len(mail.text) <= MAX_TEXT and len(mail.forwarded) <= MAX_TEXT
    assert len(mail.subject) <= 998 and len(mail.message_id) <= 998
    assert len(mail.references) <= MAX_REFERENCES
    assert "\x00" not in mail.text
    return mail


@PROPERTIES
@given(st.binary(max_size=4000))
def test_any_bytes_as_a_message(raw: bytes) -> None:
    parsed(raw)


@PROPERTIES
@given(st.lists(st.tuples(header_text, header_text), max_size=8), body_text)
def test_any_headers_and_body(headers: list[tuple[str, str]], body: str) -> None:
    lines = [f"{name.replace(':', '')}: {value}" for name, value in headers]
    parsed(("\n".join(lines) + "\n\n" + body).encode("utf-8", errors="replace"))


def leaf() -> st.SearchStrategy[EmailMessage]:
    def text_part(kind: str, text: str, charset: str) -> EmailMessage:
        part = EmailMessage()
        payload = text.encode(charset if charset != "x-made-up" else "latin-1", errors="replace")
        part.set_content(payload, maintype="text", subtype=kind, cte="base64")
        part.set_param("charset", charset)
        return part

    def attachment(name: str, data: bytes) -> EmailMessage:
        part = EmailMessage()
        part.set_content(data, maintype="application", subtype="octet-stream", filename=name)
        return part

    return st.one_of(
        st.builds(text_part, st.sampled_from(["plain", "html"]), body_text, charsets),
        st.builds(attachment, header_text, st.binary(max_size=200)),
    )


def mime_trees() -> st.SearchStrategy[EmailMessage]:
    def multipart(kind: str, parts: list[EmailMessage]) -> EmailMessage:
        message = EmailMessage()
        message.make_mixed() if kind == "mixed" else message.make_alternative()
        for part in parts:
            message.attach(part)
        return message

    def forwarded(inner: EmailMessage) -> EmailMessage:
        message = EmailMessage()
        message.set_content(inner)
        return message

    return st.recursive(
        leaf(),
        lambda children: st.one_of(
            st.builds(
                multipart,
                st.sampled_from(["mixed", "alternative"]),
                st.lists(children, min_size=1, max_size=3),
            ),
            st.builds(forwarded, children),
        ),
        max_leaves=6,
    )


@PROPERTIES
@given(mime_trees(), header_text, header_text, st.lists(header_text, max_size=80))
def test_any_mime_tree(
    tree: EmailMessage, subject: str, sender: str, references: list[str]
) -> None:
    refs = " ".join(f"<{r.replace(' ', '')}@x>" for r in references)
    headers = f"Subject: {subject}\nFrom: {sender}\nReferences: {refs}\n"
    parsed(headers.encode("utf-8", errors="replace") + bytes(tree))


_TEMPLATE: list[Path] = []


def fresh_inbox(folder: Path) -> tuple[InboxService, Database]:
    """An inbox on a copy of one migrated database (migrating for each example is slow)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="deskeditor-mail-properties-")) / "t.sqlite"
        open_database(template).close()
        _TEMPLATE.append(template)
    shutil.copy(_TEMPLATE[0], folder / "desk.sqlite")
    database = open_database(folder / "desk.sqlite")
    return InboxService(database.unit_of_work, ArticleService(database.unit_of_work)), database


def escaped(body: bytes) -> bytes:
    """mboxrd: every line that would read as "From " (after any ">") gets one more ">"."""
    return re.sub(rb"(?m)^(>*From )", rb">\1", body)


message_lines = st.lists(
    st.one_of(
        st.just("From what I read, the article is wrong."),
        st.just(">From the archive"),
        st.just("From reader@example.org Mon Nov  9 08:14:22 2026"),  # a separator look-alike
        st.text(st.characters(exclude_categories=NOT_TEXT), max_size=80),
    ),
    min_size=1,
    max_size=8,
)


@PROPERTIES
@given(st.lists(message_lines, min_size=1, max_size=6))
def test_an_mbox_gives_back_exactly_the_messages_written(bodies: list[list[str]]) -> None:
    messages = [
        f"From: r{n}@example.org\nSubject: {n}\nMessage-ID: <m{n}@x>\n\n".encode()
        + "\n".join(lines).encode()
        + b"\n"
        for n, lines in enumerate(bodies)
    ]
    with tempfile.TemporaryDirectory() as folder:
        mbox = Path(folder) / "box.mbox"
        mbox.write_bytes(
            b"".join(
                b"From reader@example.org Mon Nov  9 08:14:22 2026\n" + escaped(m) + b"\n"
                for m in messages
            )
        )
        read = [item.raw for item in read_source(mbox)]
    assert read == messages


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mime_trees(), min_size=1, max_size=4))
def test_reading_the_same_mail_again_files_nothing_new(trees: list[EmailMessage]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for number, tree in enumerate(trees):
            headers = f"Message-ID: <tree-{number}@example.org>\nFrom: r{number}@example.org\n"
            (folder / f"{number}.eml").write_bytes(headers.encode() + bytes(tree))
        inbox, database = fresh_inbox(folder)
        try:
            first = inbox.import_sources([folder])
            again = inbox.import_sources([folder])
            filed = [o for o in first if o.request_id is not None]
            assert len(filed) == len(trees)
            assert [o.outcome for o in again] == ["duplicate"] * len(trees)
            assert [o.request_id for o in again] == [o.request_id for o in filed]
        finally:
            database.close()
