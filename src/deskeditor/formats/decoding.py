"""Text from bytes that do not say their encoding: UTF-8 when it is, else the likeliest
reading, said to be a guess; and how to tell a reading that is mostly unlikely
characters (random bytes, a wrong code page) from real text. Shared by the file
formats (formats/base.py) and mail (formats/email.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # as Python names it: "utf-8", "cp1252", "cp1251"…
    guessed: bool  # the bytes did not say; a guess chose the encoding

    def note(self) -> str | None:
        """The warning a guess deserves, for the import report or the request."""
        if not self.guessed:
            return None
        return f"not UTF-8: read as {encoding_label(self.encoding)}, a guess; check it reads right"


def decode_text(raw: bytes, declared: str | None = None) -> Decoded | None:
    """``raw`` as text: in its ``declared`` encoding if that reads it, else UTF-8, else
    the likeliest Western code page, else the best guess of charset-normalizer; None
    when every reading is mostly unlikely characters (random bytes, a wrong binary)."""
    for encoding in (declared, "utf-8-sig"):
        if encoding:
            try:
                text = raw.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
            guessed = encoding != declared and declared is not None  # the label was wrong
            return Decoded(text, encoding.removesuffix("-sig"), guessed)
    try:  # newsroom copy that is not UTF-8 is mostly Windows-1252
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _mostly_western(western) and unlikely_share(western) <= MAX_UNLIKELY:
            return Decoded(western, "cp1252", True)
    from charset_normalizer import from_bytes  # only for text that is not UTF-8

    for match in from_bytes(raw):
        if match.encoding.startswith(("utf_16", "utf_32")):  # only with a BOM, read above
            continue
        text = str(match)
        if unlikely_share(text) <= MAX_UNLIKELY:
            return Decoded(text, match.encoding, True)
        break
    return None


MAX_UNLIKELY = 0.2
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "HALFWIDTH": "CJK"}


def unlikely_share(text: str) -> float:
    """The share of characters beyond printable ASCII that are unlikely in real text:
    control and private-use characters, unassigned code points, replacement marks, and
    letters outside the text's main script (random bytes read in a wrong encoding)."""
    import unicodedata

    odd = seen = 0
    scripts: dict[str, int] = {}
    for char in text:
        if " " <= char <= "~" or char in "\t\n\r\f":
            continue
        seen += 1
        category = unicodedata.category(char)
        if category in ("Cc", "Co", "Cn", "Cs") or char == "\ufffd":
            odd += 1
        elif category.startswith("L"):
            script = unicodedata.name(char, "? ?").split()[0]
            script = _SCRIPT_GROUPS.get(script, script)
            scripts[script] = scripts.get(script, 0) + 1
    if not seen:
        return 0.0
    letters = sum(scripts.values())
    return (odd + letters - max(scripts.values(), default=0)) / seen


def _mostly_western(text: str) -> bool:
    """Latin text has its accented letters among plain ones; Cyrillic or Greek read as
    Windows-1252 is nothing but accented letters."""
    letters = [c for c in text if c.isalpha()]
    accented = sum(not c.isascii() for c in letters)
    return accented <= 0.3 * max(len(letters), 1)


def encoding_label(encoding: str) -> str:
    """An encoding as people know it: "Windows-1252 (Western European)"."""
    labels = {
        "cp1252": "Windows-1252 (Western European)",
        "cp1250": "Windows-1250 (Central European)",
        "cp1251": "Windows-1251 (Cyrillic)",
        "latin_1": "ISO-8859-1 (Western European)",
        "iso8859_15": "ISO-8859-15 (Western European)",
        "koi8_r": "KOI8-R (Cyrillic)",
        "mac_roman": "Mac Roman",
        "cp932": "Shift JIS (Japanese)",
        "shift_jis": "Shift JIS (Japanese)",
        "gb18030": "GB18030 (Chinese)",
        "big5": "Big5 (Chinese)",
        "utf-8": "UTF-8",
        "euc_kr": "EUC-KR (Korean)",
    }
    return labels.get(encoding, encoding.replace("_", "-").upper())
