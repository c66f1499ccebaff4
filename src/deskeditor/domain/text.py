"""Text rules the desk relies on: word counts and slugs."""

from __future__ import annotations

import re
import unicodedata

# A word holds at least one letter or digit; apostrophes and hyphens join its parts.
_WORD = re.compile(r"[\w’'-]*\w[\w’'-]*", re.UNICODE)
# Markdown syntax that is not words: link targets, images, emphasis markers.
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
SLUG_MAX_LENGTH = 80


def count_words(text: str) -> int:
    """Words as a reader counts them, ignoring Markdown link targets."""
    return len(_WORD.findall(_LINK_TARGET.sub("]", text)))


def slugify(text: str) -> str:
    """A URL slug: ASCII, lower case, words joined by hyphens, at most 80 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DROP.sub("-", ascii_text.lower().replace("'", "")).strip("-")
    if len(slug) > SLUG_MAX_LENGTH:
        slug = slug[:SLUG_MAX_LENGTH].rsplit("-", 1)[0]
    return slug
