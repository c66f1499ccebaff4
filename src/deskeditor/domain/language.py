"""An article's language: its BCP 47 tag, which way its script runs, and the
quotation marks its readers expect. The checks and smart quotes follow it."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_LANGUAGE = "en-US"
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")
# Languages written right to left (ISO 639-1/-3 codes).
_RTL = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
# Languages people set articles in, offered besides the installed dictionaries.
COMMON_LANGUAGES = ("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "ar", "he")


class LanguageTagError(ValueError):
    """Not a language tag Deskeditor can use; the message says why."""


def normalize_tag(tag: str) -> str:
    """ "en_gb" → "en-GB", "AR" → "ar": language lower case, script title case, region
    upper case. Raises LanguageTagError for anything that is not such a tag."""
    match = _TAG.match(tag.strip())
    if match is None:
        raise LanguageTagError(
            f"“{tag}” is not a language tag (expected e.g. en-US, en-GB, de-DE, fr, ar)"
        )
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def primary(tag: str) -> str:
    """The language without script or region: "en-GB" → "en"."""
    return tag.split("-", 1)[0].lower()


def is_english(tag: str) -> bool:
    return primary(tag) == "en"


def is_rtl(tag: str) -> bool:
    return primary(tag) in _RTL


@dataclass(frozen=True)
class QuoteStyle:
    """The marks of a language: outer (primary) and inner (secondary) quotation marks,
    the apostrophe, and whether a no-break space sits inside the marks (French)."""

    open: str
    close: str
    inner_open: str
    inner_close: str
    apostrophe: str = "’"
    inner_space: str = ""

    @property
    def marks(self) -> str:
        return self.open + self.close + self.inner_open + self.inner_close


_QUOTES = {
    "en": QuoteStyle("“", "”", "‘", "’"),
    "de": QuoteStyle("„", "“", "‚", "‘"),
    "fr": QuoteStyle("«", "»", "“", "”", inner_space="\u00a0"),
    "es": QuoteStyle("«", "»", "“", "”"),
    "it": QuoteStyle("«", "»", "“", "”"),
    "ar": QuoteStyle("«", "»", "“", "”"),
    "he": QuoteStyle("“", "”", "‘", "’"),
}
# Swiss German and Swiss French use guillemets without spaces.
_REGIONAL = {"de-CH": QuoteStyle("«", "»", "‹", "›"), "fr-CH": QuoteStyle("«", "»", "‹", "›")}


def quote_style(tag: str) -> QuoteStyle:
    """The language's marks; English marks for a language we know none for."""
    return _REGIONAL.get(tag) or _QUOTES.get(primary(tag)) or _QUOTES["en"]


def known_quote_style(tag: str) -> bool:
    return tag in _REGIONAL or primary(tag) in _QUOTES
