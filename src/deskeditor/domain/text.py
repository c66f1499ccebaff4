"""Text rules the desk relies on: word counts and slugs."""

from __future__ import annotations

import re
from functools import lru_cache

# A word holds at least one letter or digit; apostrophes and hyphens join its parts.
_WORD = re.compile(r"[\w’'-]*\w[\w’'-]*", re.UNICODE)
# Markdown syntax that is not words: link targets, images, emphasis markers.
_LINK_TARGET = re.compile(r"\]\([^)\]]*\)")  # stops at the next "]": linear
_SLUG_REPLACE = [["'", ""], ["’", ""]]  # "Ann's" makes "anns", not "ann-s"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SLUG_MAX_LENGTH = 80
UNTITLED = "untitled"  # the slug of an article with no headline yet


def counted(count: int, one: str, many: str) -> str:
    """English counts outside the window (the CLI, history notes): "1 error",
    "3 errors". The window's own go through Qt's %n plurals."""
    return f"{count:,} {one if count == 1 else many}"


def count_words(text: str) -> int:
    """Words as a reader counts them, ignoring Markdown link targets.

    Counted paragraph by paragraph (no word or link crosses a blank line), each
    paragraph's count remembered: recounting a long report after a keystroke costs
    the paragraph that changed, and no single step holds the interpreter for long.
    """
    if len(text) <= _SHORT:
        return _words_in(text)
    return sum(map(_paragraph_words, text.split("\n\n")))


_SHORT = 2000


def _words_in(text: str) -> int:
    return len(_WORD.findall(_LINK_TARGET.sub("]", text)))


@lru_cache(maxsize=8192)
def _paragraph_words(paragraph: str) -> int:
    return _words_in(paragraph)


def slugify(text: str) -> str:
    """A URL slug: ASCII, lower case, words joined by hyphens, at most 80 characters,
    cut at a word. Every script is transliterated (python-slugify, Unidecode's
    tables): "Москва готовится" makes "moskva-gotovitsia", not an empty slug."""
    from slugify import slugify as make_slug  # its tables load on the first slug

    return make_slug(
        text, max_length=SLUG_MAX_LENGTH, word_boundary=True, replacements=_SLUG_REPLACE
    )


def headline_slug(headline: str) -> str:
    """The slug a headline makes ("untitled" while there is none)."""
    return slugify(headline) or UNTITLED


def follows_headline(slug: str, headline: str) -> bool:
    """True when ``slug`` is the one ``headline`` makes, perhaps numbered to be free
    ("ferry-returns-2"), or empty: such a slug follows the headline as it changes,
    until the article is first published."""
    slug = slug.strip()
    made = headline_slug(headline)
    if not slug or slug == made:
        return True
    number = slug.removeprefix(made + "-")
    return number != slug and number.isdigit()


def slug_problem(slug: str) -> str | None:
    """Why ``slug`` cannot be an article's address, or None when it can."""
    if not _SLUG.fullmatch(slug):
        return "a slug is lower-case letters and digits joined by single hyphens"
    if len(slug) > SLUG_MAX_LENGTH:
        return f"a slug has at most {SLUG_MAX_LENGTH} characters"
    return None


# -- the dateline ----------------------------------------------------------------------
DATELINE_DASH = " — "
_DATELINE_END = re.compile(r"[\s—–-]+$")
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b")


def dateline_place(dateline: str) -> str:
    """The dateline without the dash that joins it to the copy: "MOSCOW —" → "MOSCOW"."""
    return _DATELINE_END.sub("", dateline.strip())


def dateline_lead(dateline: str) -> str:
    """What opens the first paragraph, as in print: "MOSCOW — " (one em dash, whatever
    was typed: none, "-", "--", "–")."""
    place = dateline_place(dateline)
    return f"{place}{DATELINE_DASH}" if place else ""


def small_caps_source(place: str) -> str:
    """The place written for small capitals: words typed in capitals keep their first
    letter and lower the rest ("NEW YORK" → "New York"), which small caps show as
    capitals with a full-height initial; an agency in brackets stays as typed."""

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        before = place[: match.start()]
        if before.count("(") > before.count(")"):
            return word  # (AP), (Reuters)
        return word[0] + word[1:].lower()

    return _SHOUTED.sub(lower, place)
