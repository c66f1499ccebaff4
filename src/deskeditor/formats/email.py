"""Reader email, as it really arrives: parsed with the standard library, tolerating
broken structure, wrong charsets and missing headers. HTML is turned into plain
text (nothing is ever loaded); attachments are listed, never opened. A message
that cannot be parsed still yields its raw bytes and the error.

The parser is the standard library's compat32 one with the few headers the inbox
shows decoded on their own (RFC 2047): the modern API's header objects cost ~80%
of its parse time and the inbox needs none of what they add.

A message is not an article, so this format is not in the article registry; the
corrections inbox (services/inbox.py) reads mail through it.
"""

from __future__ import annotations

import email
import hashlib
import html
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from charset_normalizer import from_bytes

MAX_TEXT = 200_000  # characters of message text kept for matching and display
_BLOCK_END = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/tr|/h[1-6]|/blockquote)\s*>")
_TAG = re.compile(r"(?s)<[^>]*>")
_DROP = re.compile(r"(?is)<(script|style|head)\b.*?</\1\s*>")
_FORWARD = re.compile(r"(?im)^-{2,}\s*(?:forwarded message|original message)\s*-{2,}\s*$")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass
class ParsedMail:
    raw: bytes
    message_id: str
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    sent_at: datetime | None = None  # the Date header: when the reader says they wrote
    text: str = ""  # the reader's own words
    forwarded: str = ""  # a forwarded original, when there is one
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    error: str | None = None


def content_id(raw: bytes) -> str:
    """A stable Message-ID for a message that has none: a hash of its bytes."""
    return f"<sha256-{hashlib.sha256(raw).hexdigest()[:40]}@deskeditor.invalid>"


def parse_mail(raw: bytes) -> ParsedMail:
    try:
        return _from_message(raw, email.message_from_bytes(raw))
    except Exception as error:  # a malformed message is kept with its raw bytes and the error
        return ParsedMail(
            raw=raw, message_id=content_id(raw), error=f"{error.__class__.__name__}: {error}"
        )


def _from_message(raw: bytes, message: Message) -> ParsedMail:
    problems = [type(defect).__name__ for defect in message.defects]
    message_id = _header(message, "Message-ID").strip() or content_id(raw)
    names = getaddresses([_header(message, "From")])
    sender_name, sender = names[0] if names else ("", "")
    parsed = ParsedMail(
        raw=raw,
        message_id=message_id[:998],
        sender=sender.lower()[:320],
        sender_name=sender_name[:320],
        subject=" ".join(_header(message, "Subject").split())[:998],
        sent_at=_date(_header(message, "Date")),
        in_reply_to=_header(message, "In-Reply-To").strip() or None,
        references=_header(message, "References").split(),
    )
    text = _plain(message)
    forwarded = ""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                forwarded = _plain(inner[0])
    if not forwarded and (split := _FORWARD.search(text)):
        text, forwarded = text[: split.start()], text[split.end() :]
    parsed.text = text.strip()[:MAX_TEXT]
    parsed.forwarded = forwarded.strip()[:MAX_TEXT]
    parsed.attachments = [
        Attachment(
            _safe_name(_decoded(part.get_filename() or "attachment")),
            part.get_content_type(),
            len(part.get_payload(decode=True) or b""),
        )
        for part in message.walk()
        if part.get_content_disposition() == "attachment"
    ]
    if problems:
        parsed.error = "message structure damaged: " + ", ".join(sorted(set(problems)))
    return parsed


def _header(message: Message, name: str) -> str:
    """A header as text, RFC 2047 encoded words decoded; "" when absent."""
    value = message.get(name)
    return _decoded(value) if value is not None else ""


def _decoded(value: object) -> str:
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:
        return str(value)


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _plain(message: Message) -> str:
    """The best text of a message: its text/plain body, else its HTML as text."""
    plain, rich = [], []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            plain.append(_decode(part))
        elif kind == "text/html":
            rich.append(html_to_text(_decode(part)))
    return "\n\n".join(plain) if plain else "\n\n".join(rich)


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):  # unknown or mislabelled charset
        best = from_bytes(payload).best()
        return str(best) if best is not None else payload.decode("utf-8", errors="replace")


def html_to_text(markup: str) -> str:
    """Readable text from HTML mail: tags dropped, blocks on lines, nothing fetched."""
    text = _DROP.sub("", markup)
    text = _BLOCK_END.sub("\n", text)
    text = re.sub(r"(?i)<\s*blockquote[^>]*>", "\n> ", text)
    text = html.unescape(_TAG.sub("", text))
    return "\n".join(line.strip() for line in text.splitlines()).strip()


def _safe_name(name: str) -> str:
    """An attachment's name fit to show: no folders, no control characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c for c in name if c.isprintable())[:200] or "attachment"


# -- sources -------------------------------------------------------------------------------
def read_source(path: Path) -> Iterator[tuple[str, bytes, datetime | None]]:
    """(source label, raw bytes, when the mailbox received it) for each message in an
    .eml file, an mbox or a Maildir. A saved .eml carries no arrival time (None)."""
    if path.is_dir():
        if not (path / "cur").is_dir() and not (path / "new").is_dir():
            for eml in sorted(path.glob("*.eml")):  # a plain folder of saved messages
                yield str(eml), eml.read_bytes(), None
            return
        box = mailbox.Maildir(str(path), create=False)
        for key in sorted(box.keys()):
            yield f"{path}/{key}", box.get_bytes(key), _maildir_arrival(key)
        return
    head = path.read_bytes()[:5]
    if head == b"From ":
        mbox = mailbox.mbox(str(path), create=False)
        for number, key in enumerate(mbox.keys(), start=1):
            envelope, _, raw = mbox.get_bytes(key, from_=True).partition(b"\n")
            yield f"{path}#{number}", raw, _envelope_arrival(envelope)
        return
    yield str(path), path.read_bytes(), None


def _maildir_arrival(key: str) -> datetime | None:
    """A Maildir file is named by its delivery time ("1732435200.M1P2.host")."""
    seconds = key.split(".", 1)[0]
    if not seconds.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(seconds), UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _envelope_arrival(envelope: bytes) -> datetime | None:
    """The delivery time on an mbox "From sender Tue Nov 24 18:02:10 2026" line."""
    words = envelope.decode("ascii", errors="replace").split()
    try:
        moment = datetime.strptime(" ".join(words[-5:]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC)
