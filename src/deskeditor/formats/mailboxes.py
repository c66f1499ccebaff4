"""Where reader mail comes from: one .eml file, a folder of them, an mbox file or a
Maildir, read one message at a time.

Mailboxes are what mail tools really leave behind: an entry that is not a regular
readable file (no permission, a dangling link, a named pipe that would block a
read forever) is named and skipped, and the rest is read. An mbox is split only on
lines that look like real separators ("From " + an address + a date), so a reader's
sentence that starts with "From" stays in their message; ">From" lines escaped by
the writer (mboxrd) are given back their text.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from deskeditor.formats.base import unreadable

MAX_MESSAGE_BYTES = 25_000_000  # bigger messages are named and skipped, never loaded
_DAYS = rb"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MONTHS = rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# "From sender@example.org Mon Nov  9 08:14:22 2026", with the variations mail tools
# write: "-" or MAILER-DAEMON for the sender, seconds left out, a zone before or
# after the year.
_SEPARATOR = re.compile(
    rb"From \S+\s+" + _DAYS + rb",?\s+" + _MONTHS + rb"\s+\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?"
    rb"(?:\s+(?:[A-Z]{1,5}|[+-]\d{4}))?\s+\d{4}(?:\s+(?:[A-Z]{1,5}|[+-]\d{4}))?\s*\r?\n?\Z"
)
_ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")  # mboxrd: one ">" is the writer's
_BLOCK = 1 << 20  # read at a time
_LONG_LINE = 1 << 20  # a line this long is no separator: kept in pieces, not whole
_MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
# "Tue Nov 24 18:02:10 2026", the separator's date as mail tools write it.
_USUAL_DATE = re.compile(
    "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (" + "|".join(_MONTH_NAMES) + ")"
    r" (\d{1,2}) (\d{1,2}):(\d\d):(\d\d) (\d{4})"
)


@dataclass(frozen=True)
class MailItem:
    """One message as read from its source: its bytes, or why it could not be read."""

    label: str  # where it came from: a path, "mbox#3", "maildir/KEY"
    raw: bytes | None = None
    error: str | None = None
    # When the mailbox received it (a Maildir file's name, an mbox separator's date);
    # a saved .eml carries none.
    arrived: datetime | None = None


def read_source(path: Path) -> Iterator[MailItem]:
    """Each message in an .eml file, a folder of .eml files, an mbox or a Maildir."""
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            yield from _maildir(path)
        else:
            for eml in sorted(path.glob("*.eml")):  # a plain folder of saved messages
                yield _whole_file(eml, str(eml))
        return
    try:
        with _open_regular(path) as file:
            if file.read(5) == b"From ":
                file.seek(0)
                yield from _mbox(file, str(path))
                return
    except OSError as error:
        yield MailItem(str(path), error=unreadable(error))
        return
    yield _whole_file(path, str(path))


def _maildir(path: Path) -> Iterator[MailItem]:
    """Messages in a Maildir's new/ and cur/ (tmp/ holds mail still being delivered)."""
    entries: list[tuple[str, Path]] = []
    for sub in ("new", "cur"):
        try:
            names = os.listdir(path / sub)
        except FileNotFoundError:
            continue
        except OSError as error:
            yield MailItem(f"{path}/{sub}", error=unreadable(error))
            continue
        entries += [(name.split(":", 1)[0], path / sub / name) for name in names]
    for key, entry in sorted(entries):
        if not key.startswith("."):
            item = _whole_file(entry, f"{path}/{key}")
            yield replace(item, arrived=_maildir_arrival(key)) if item.raw else item


def _whole_file(path: Path, label: str) -> MailItem:
    """One message filling a file."""
    try:
        with _open_regular(path) as file:
            raw = file.read(MAX_MESSAGE_BYTES + 1)
    except OSError as error:
        return MailItem(label, error=unreadable(error))
    if len(raw) > MAX_MESSAGE_BYTES:
        return MailItem(label, error=too_big())
    if not raw.strip():
        return MailItem(label, error="the file is empty: there is no message in it")
    return MailItem(label, raw)


def _mbox(file: BinaryIO, path: str) -> Iterator[MailItem]:
    """The messages of an mbox, read a block at a time and cut only at separator lines
    (memory bounded per message: a message over the limit is measured, not kept)."""
    number, size, arrived = 0, 0, None
    kept: list[bytes] = []  # the message's bytes so far
    for block, starts_line in _line_blocks(file):
        start = 0
        at = 0 if starts_line and block.startswith(b"From ") else _next_from(block, 0)
        while at >= 0:  # a line that starts with "From ": a separator, or a reader's words
            end = block.find(b"\n", at) + 1 or len(block)
            if number == 0 or _SEPARATOR.match(block, at, end):
                size += at - start
                if number:
                    kept.append(block[start:at])
                    yield _mbox_message(f"{path}#{number}", kept, size, arrived)
                number += 1
                kept, size, arrived = [], 0, _envelope_arrival(block[at:end])
                start = end
            at = _next_from(block, end)
        size += len(block) - start
        if size <= MAX_MESSAGE_BYTES:
            kept.append(block[start:])
    if number:
        yield _mbox_message(f"{path}#{number}", kept, size, arrived)


def _next_from(block: bytes, position: int) -> int:
    """Where the next line that starts with "From " starts, at or after ``position``
    (itself the start of a line); -1 when none does."""
    found = block.find(b"\nFrom ", max(position - 1, 0))
    return found + 1 if found >= 0 else -1


def _line_blocks(file: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """The file in blocks of whole lines, each with whether it starts a line (a line
    over _LONG_LINE, which cannot be a separator, comes in pieces)."""
    carry, starts_line = b"", True
    while block := file.read(_BLOCK):
        data = carry + block
        cut = data.rfind(b"\n") + 1
        if cut == 0 and len(data) < _LONG_LINE:
            carry = data  # an unfinished line: with the next block
            continue
        cut = cut or len(data)
        yield data[:cut], starts_line
        starts_line = data[cut - 1 : cut] == b"\n"
        carry = data[cut:]
    if carry:
        yield carry, starts_line


def _mbox_message(label: str, kept: list[bytes], size: int, arrived: datetime | None) -> MailItem:
    if size > MAX_MESSAGE_BYTES:
        return MailItem(label, error=too_big())
    raw = b"".join(kept)
    last = raw.rfind(b"\n", 0, len(raw) - 1) + 1
    if not raw[last:].strip():  # the blank line before the next separator
        raw = raw[:last]
    if b">From " in raw:  # mboxrd: ">From " lines were escaped by the writer
        raw = _ESCAPED_FROM.sub(rb"\1", raw)
    if not raw.strip():
        return MailItem(label, error="an empty message: nothing between two separators")
    return MailItem(label, raw, arrived=arrived)


def _maildir_arrival(key: str) -> datetime | None:
    """A Maildir file is named by its delivery time ("1732435200.M1P2.host")."""
    seconds = key.split(".", 1)[0]
    if not seconds.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(seconds), UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _envelope_arrival(separator: bytes) -> datetime | None:
    """The delivery time on an mbox "From sender Tue Nov 24 18:02:10 2026" line. The
    usual English form is read by a pattern (strptime costs ~14 µs a message, and
    reads the names of the user's locale), any other as strptime reads it."""
    when = " ".join(separator.decode("ascii", errors="replace").split()[-5:])
    try:
        if usual := _USUAL_DATE.fullmatch(when):
            month, day, hour, minute, second, year = usual.groups()
            numbers = (int(day), int(hour), int(minute), int(second))
            return datetime(int(year), _MONTH_NAMES.index(month) + 1, *numbers, tzinfo=UTC)
        moment = datetime.strptime(when, "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC)


@contextmanager
def _open_regular(path: Path) -> Iterator[BinaryIO]:
    """Open a file for reading only if it is a regular file, without ever blocking
    (a named pipe would wait for a writer forever)."""
    info = os.stat(path)  # follows links: a dangling one raises here
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, _kind(info.st_mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else meanwhile
            raise OSError(errno.EINVAL, "not a regular file")
        yield file


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a message file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a message file"
    if stat.S_ISDIR(mode):
        return "a folder that is not a Maildir"
    return "not a regular file"


def too_big() -> str:
    return f"the message is over {MAX_MESSAGE_BYTES // 1_000_000} MB; it was not read"
