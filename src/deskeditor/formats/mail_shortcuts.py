"""Shortcuts the mail reader (formats/email.py) takes for the usual shapes of mail,
each giving exactly what the standard library gives for them, and handing anything
else to the standard library.

Reading mail is most of what an inbox import costs; these are the parts of the
standard library's work that cost most for what they do on ordinary mail. Each is
checked against the standard library on generated input
(tests/formats/test_mail_shortcuts.py).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

# "Name <local@domain>" or "local@domain": a phrase of atoms (dots allowed) and a
# dot-atom address, nothing the full address parser would treat differently.
_WORD = r"[^ \t\r\n\"(),:;<>@\[\]\\]+"
_DOT_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_ADDR_SPEC = rf"{_DOT_ATOM}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_SIMPLE_FROM = re.compile(
    rf"[ \t]*(?:({_WORD}(?:[ \t]+{_WORD})*)[ \t]*<({_ADDR_SPEC})>|({_ADDR_SPEC}))[ \t]*"
)
_BLANKS = re.compile(r"[ \t]+")
# "type/subtype; charset=NAME" (NAME quoted or not) and nothing more.
_SIMPLE_CHARSET = re.compile(
    r'[^;"=]*;[ \t]*charset[ \t]*=[ \t]*(?:"([A-Za-z0-9_.:+-]+)"|([A-Za-z0-9_.:+-]+))[ \t]*',
    re.IGNORECASE,
)
# "Mon, 09 Nov 2026 08:14:22 -0500", the Date header as mail programs write it.
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_SIMPLE_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?([0-9]{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec) ([1-9][0-9]{3}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-])([0-9]{2})([0-9]{2})"
)


def first_address(value: str) -> tuple[str, str]:
    """(name, address) of the first address in a header, as email.utils.getaddresses
    reads it; the usual "Name <local@domain>" and "local@domain" by a pattern."""
    if simple := _SIMPLE_FROM.fullmatch(value):
        name, address, bare = simple.groups()
        return (" ".join(_BLANKS.split(name)), address) if address else ("", bare)
    names = getaddresses([value])
    return names[0] if names else ("", "")


def content_charset(part: Message) -> str | None:
    """The part's charset, as Message.get_content_charset reads it; a Content-Type of
    a type and one plain charset parameter (nearly all mail) by a pattern."""
    value = part.get("content-type")
    if value is None:
        return None
    if isinstance(value, str):
        if "charset" not in value.lower():
            return None
        if simple := _SIMPLE_CHARSET.fullmatch(value):
            return (simple[1] or simple[2]).lower()
    return part.get_content_charset()


def parse_date(value: str) -> datetime:
    """email.utils.parsedate_to_datetime(value); the usual "Mon, 09 Nov 2026 08:14:22
    -0500" by a pattern. Raises as it does (ValueError, TypeError, IndexError)."""
    if simple := _SIMPLE_DATE.fullmatch(value):
        day, month, year, hour, minute, second, sign, zone_h, zone_m = simple.groups()
        offset = timedelta(hours=int(zone_h), minutes=int(zone_m))
        if sign == "-":
            offset = -offset
        if sign == "-" and not offset:
            zone = None  # RFC 5322: "-0000" says the zone is unknown (a naive time)
        elif offset:
            zone = timezone(offset)
        else:
            zone = UTC
        return datetime(
            int(year), _MONTHS.index(month.lower()) + 1, int(day),
            int(hour), int(minute), int(second), tzinfo=zone,
        )  # fmt: skip
    return parsedate_to_datetime(value)
