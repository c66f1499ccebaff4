"""The mail reader's shortcuts read mail exactly as the standard library does: each
is compared with the standard library's own reading on generated input, and the
usual shapes of mail are checked to take the shortcut at all."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskeditor.formats import mail_shortcuts
from deskeditor.formats.email import parse_mail
from deskeditor.formats.mail_shortcuts import content_charset, first_address, parse_date
from deskeditor.formats.mailboxes import read_source

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that matter to the address parser, with letters and digits around them.
tricky = st.sampled_from(list(" \t.,;:<>@()[]\"\\'!#$%&*+/=?^_`{|}~-éßЖ\u00a0\u3000\x0b"))
word = st.text(st.one_of(st.sampled_from("aZ09"), tricky), min_size=1, max_size=8)
atom = st.text(st.sampled_from("abcXYZ019!#$%&'*+/=?^_`{|}~-"), min_size=1, max_size=6)
address = st.builds(
    lambda local, domain: f"{'.'.join(local)}@{'.'.join(domain)}",
    st.lists(atom, min_size=1, max_size=3),
    st.lists(st.text(st.sampled_from("ab1-"), min_size=1, max_size=5), min_size=1, max_size=3),
)
blank = st.sampled_from(["", " ", "\t"])
from_header = st.one_of(
    st.builds(lambda n, a: f"{' '.join(n)} <{a}>", st.lists(word, min_size=1, max_size=3), address),
    st.builds(lambda s, a, t: f"{s}{a}{t}", blank, address, blank),
    st.builds(lambda n, a: f"{n}<{a}>", word, address),
    st.text(st.one_of(st.sampled_from("aZ@<> "), tricky), max_size=30),
)


def stdlib_address(value: str) -> tuple[str, str]:
    found = getaddresses([value])
    return found[0] if found else ("", "")


@MANY
@given(from_header)
def test_a_from_header_is_read_as_the_standard_library_reads_it(value: str) -> None:
    assert first_address(value) == stdlib_address(value)


@pytest.mark.parametrize(
    "value",
    [
        "Walter Brennan <w.brennan@example.org>",
        "Renée Lefèvre <renee.lefevre@example.net>",
        "J. R.  Smith\t<j.smith@news.example>",
        "h.marsh@carrowstate.example",
    ],
)
def test_the_usual_from_headers_take_the_shortcut(value: str) -> None:
    assert mail_shortcuts._SIMPLE_FROM.fullmatch(value)
    assert first_address(value) == stdlib_address(value)


names = ["charset", "Charset", "CHARSET", "charset*", "format", "charset*0*", " charset"]
values = ["utf-8", '"utf-8"', "ISO-8859-1", '"iso-8859-1', "us-ascii'en'utf-8", "é"]
parameter = st.builds(
    lambda name, eq, value: f"{name}{eq}{value}",
    st.sampled_from(names),
    st.sampled_from(["=", " = ", "="]),
    st.one_of(st.sampled_from(values), st.text(st.sampled_from("aZ09-_.:+\"'; ="), max_size=10)),
)
content_type = st.builds(
    lambda kind, params, sep: kind + "".join(sep + p for p in params),
    st.sampled_from(["text/plain", "TEXT/HTML", "text", 'text/"plain"', "charset=koi8-r", ""]),
    st.lists(parameter, max_size=3),
    st.sampled_from([";", "; ", " ;\t", ";;"]),
)


def reading(read: Callable[[], object]) -> tuple[str, object]:
    """What a reading gives: its value (a time with its offset, which == ignores), or
    the kind of error it raises (the standard library raises on some malformed input)."""
    try:
        value = read()
    except Exception as error:
        return "error", type(error)
    offset = value.utcoffset() if isinstance(value, datetime) else None
    return "value", (value, offset)


@MANY
@given(content_type)
def test_a_charset_is_read_as_the_standard_library_reads_it(value: str) -> None:
    part = Message()
    part["Content-Type"] = value
    assert reading(lambda: content_charset(part)) == reading(part.get_content_charset)


def test_a_part_without_content_type_has_no_charset() -> None:
    assert content_charset(Message()) is None


def same_date(value: str) -> bool:
    return reading(lambda: parse_date(value)) == reading(lambda: parsedate_to_datetime(value))


number = st.one_of(
    st.integers(0, 99).map(lambda n: f"{n:02d}"), st.text(st.sampled_from("0123456789"), max_size=3)
)
date_header = st.builds(
    lambda day_name, day, month, year, hh, mm, ss, sign, zh, zm: (
        f"{day_name}{day} {month} {year} {hh}:{mm}:{ss} {sign}{zh}{zm}"
    ),
    st.sampled_from(["Mon, ", "Sun, ", "", "mon, ", "Xyz, "]),
    number,
    st.sampled_from(["Jan", "Feb", "Nov", "nov", "Foo"]),
    st.one_of(st.integers(0, 9999).map(lambda y: f"{y:04d}"), number),
    number, number, number, st.sampled_from("+-"), number, number,
)  # fmt: skip


@MANY
@given(date_header)
def test_a_date_header_is_read_as_the_standard_library_reads_it(value: str) -> None:
    assert same_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "Mon, 09 Nov 2026 08:14:22 -0500",
        "9 Nov 2026 08:14:22 +0000",
        "Tue, 01 Dec 2026 23:59:59 -0000",
    ],
)
def test_the_usual_date_headers_take_the_shortcut(value: str) -> None:
    assert mail_shortcuts._SIMPLE_DATE.fullmatch(value)
    assert same_date(value)


separator_date = st.builds(
    lambda day_name, month, day, hh, mm, ss, year, tail: (
        f"{day_name} {month} {day} {hh}:{mm}:{ss} {year}{tail}"
    ),
    st.sampled_from(["Mon", "Sun", "mon", "Monday"]),
    st.sampled_from(["Jan", "Nov", "nov", "November"]),
    number, number, number, number,
    st.one_of(st.integers(0, 9999).map(lambda y: f"{y:04d}"), number),
    st.sampled_from(["", " +0000"]),
)  # fmt: skip
# strptime reads the names of the locale's language; the separators are English.
ENGLISH_NAMES = datetime(2026, 11, 9).strftime("%a %b") == "Mon Nov"


@pytest.mark.skipif(not ENGLISH_NAMES, reason="strptime reads another language's names here")
@settings(max_examples=150, deadline=None)
@given(separator_date)
def test_an_mbox_arrival_is_read_as_strptime_reads_it(when: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        mbox = Path(folder) / "box.mbox"
        mbox.write_bytes(f"From reader@example.org {when}\n\nA message.\n".encode())
        [item] = read_source(mbox)
    expected: datetime | None
    try:
        expected = datetime.strptime(" ".join(when.split()[-5:]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        expected = None
    assert item.arrived == (expected.replace(tzinfo=UTC) if expected else None)


LATIN1_MAIL = (
    b"From: =?iso-8859-1?q?Ren=E9e_Lef=E8vre?= <renee@example.net>\n"
    b"Subject: =?utf-8?b?Q2Fmw6kgc3Rvcnkg4oCTIHRoZSBvd25lcg==?=\n"
    b"Date: Tue, 24 Nov 2026 19:02:10 +0100\n"
    b'Content-Type: text/plain; CHARSET="ISO-8859-1"\n'
    b"Content-Transfer-Encoding: quoted-printable\n\n"
    b"The caf=E9 on Rue Saint-Andr=E9 opened in 1962, not 1926.\n"
)
HTML_ONLY_MAIL = (
    b"From: Ivo Novak <ivo@example.org>\nSubject: Bridge story\n"
    b"Content-Type: text/html; charset=windows-1252\n\n"
    b"<html><head><style>p{}</style></head><body><p>The bridge is 412 m long.</p>"
    b"<p>It opened in \x931998\x94.</p></body></html>\n"
)


def test_ordinary_mail_read_through_the_shortcuts_reads_right() -> None:
    mail = parse_mail(LATIN1_MAIL)
    assert (mail.sender_name, mail.sender) == ("Renée Lefèvre", "renee@example.net")
    assert mail.subject == "Café story – the owner"
    assert mail.text == "The café on Rue Saint-André opened in 1962, not 1926."
    assert mail.sent_at == datetime(2026, 11, 24, 18, 2, 10, tzinfo=UTC)
    assert not mail.notes and mail.error is None


def test_html_only_mail_read_through_the_shortcuts_reads_right() -> None:
    mail = parse_mail(HTML_ONLY_MAIL)
    assert (mail.sender_name, mail.sender) == ("Ivo Novak", "ivo@example.org")
    assert mail.text == "The bridge is 412 m long.\nIt opened in “1998”."
    assert not mail.notes
