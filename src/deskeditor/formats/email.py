"""Reader email, as it really arrives: parsed with the standard library, tolerating
broken structure, wrong charsets and missing headers. HTML is turned into plain
text (nothing is ever loaded); attachments are listed, never opened. A message
that cannot be parsed still yields its raw bytes and the error.

The parser is the standard library's compat32 one with the few headers the inbox
shows decoded on their own (RFC 2047): the modern API's header objects cost ~80%
of its parse time and the inbox needs none of what they add. The usual shapes of
mail take the shortcuts of formats/mail_shortcuts.py, which read them as the
standard library does.

A message is not an article, so this format is not in the article registry; the
corrections inbox (services/inbox.py) reads mail through it.
"""

from __future__ import annotations

import email
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message

from deskeditor.formats.decoding import decode_text, encoding_label
from deskeditor.formats.mail_shortcuts import (
    content_charset,
    first_address,
    parse_date,
)

MAX_TEXT = 200_000  # characters of message text kept for matching and display
# The work per header is bounded: a header is decoded up to this many characters, and
# a reply threads by its last references (the nearest ancestors come last).
MAX_HEADER_CHARS = 20_000
MAX_REFERENCES = 50
_BLOCK_END = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/tr|/h[1-6]|/blockquote)\s*>")
_TAG = re.compile(r"(?s)<[^>]*>")
_DROP = re.compile(r"(?is)<(script|style|head)\b.*?</\1\s*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORWARD = re.compile(r"(?im)^-{2,}\s*(?:forwarded message|original message)\s*-{2,}\s*$")
_READ = {"message-id", "from", "subject", "date", "in-reply-to", "references"}


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
    notes: list[str] = field(default_factory=list)  # what was guessed, for the request


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
    headers = _headers(message)
    message_id = headers.get("message-id", "").strip() or content_id(raw)
    sender_name, sender = first_address(headers.get("from", ""))
    parsed = ParsedMail(
        raw=raw,
        message_id=message_id[:998],
        sender=sender.lower()[:320],
        sender_name=sender_name[:320],
        subject=" ".join(headers.get("subject", "").split())[:998],
        sent_at=_date(headers.get("date", "")),
        in_reply_to=headers.get("in-reply-to", "").strip() or None,
        references=headers.get("references", "").split()[-MAX_REFERENCES:],
    )
    parts = _parts(message)
    text = _plain(parts, parsed.notes)
    forwarded = ""
    for part, kind, _ in parts:
        if kind == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                forwarded = _plain(_parts(inner[0]), parsed.notes)
    if not forwarded and (split := _FORWARD.search(text)):
        text, forwarded = text[: split.start()], text[split.end() :]
    # Control characters (a NUL, a bell) are no part of what a reader wrote: shown as �.
    parsed.text = _CONTROL.sub("\ufffd", text.strip()[:MAX_TEXT])
    parsed.forwarded = _CONTROL.sub("\ufffd", forwarded.strip()[:MAX_TEXT])
    parsed.attachments = [
        Attachment(
            _safe_name(_decoded(part.get_filename() or "attachment")),
            kind,
            len(part.get_payload(decode=True) or b""),
        )
        for part, kind, disposition in parts
        if disposition == "attachment"
    ]
    if problems:
        parsed.error = "message structure damaged: " + ", ".join(sorted(set(problems)))
    return parsed


def _headers(message: Message) -> dict[str, str]:
    """The headers the inbox reads, by lower-case name, as text with RFC 2047 encoded
    words decoded: the first of each name (as Message.get gives it), in one pass.
    Only a header's first (References: last) MAX_HEADER_CHARS characters are read."""
    found: dict[str, str] = {}
    for name, value in message.items():
        key = name.lower()
        if key in _READ and key not in found:
            text = str(value)
            if len(text) > MAX_HEADER_CHARS:
                keep_end = key == "references"  # the nearest ancestors come last
                text = text[-MAX_HEADER_CHARS:] if keep_end else text[:MAX_HEADER_CHARS]
            found[key] = _decoded(text)
    return found


def _decoded(value: object) -> str:
    if isinstance(value, str) and "=?" not in value:
        return value  # no encoded word: nothing to decode (most headers; ~20 µs saved)
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:
        return str(value)


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = parse_date(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


Part = tuple[Message, str, str | None]  # a part, its content type and its disposition


def _parts(message: Message) -> list[Part]:
    """Every part of a message (itself first, as walk() gives them) with its content
    type and disposition, each read once."""
    return [
        (part, part.get_content_type(), part.get_content_disposition()) for part in message.walk()
    ]


def _plain(parts: list[Part], notes: list[str]) -> str:
    """The best text of a message: its text/plain body, else its HTML as text."""
    plain, rich = [], []
    for part, kind, disposition in parts:
        if part.is_multipart() or disposition == "attachment":
            continue
        if kind == "text/plain":
            plain.append(_decode(part, notes))
        elif kind == "text/html":
            rich.append(html_to_text(_decode(part, notes)))
    return "\n\n".join(plain) if plain else "\n\n".join(rich)


def _decode(part: Message, notes: list[str]) -> str:
    """A part's text in its declared charset; when that is unknown or wrong, a guess
    that ``notes`` names; when no guess gives plausible text (garbage bytes), the
    bytes as UTF-8 with a mark where they fail, and a note that says so."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    declared = content_charset(part)
    decoded = decode_text(payload, declared)
    said = f"its charset “{declared}”" if declared else "no charset"
    if decoded is None:
        notes.append(f"the text could not be decoded ({said}); unreadable bytes show as �")
        return payload.decode("utf-8", errors="replace")
    if decoded.guessed:
        notes.append(f"{said} did not read it: read as {encoding_label(decoded.encoding)}, a guess")
    return decoded.text


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
