"""Reading an article from a Markdown or plain-text file, for `deskeditor check`.

A first non-empty line is the headline (a leading "# " is dropped); the rest is
the body. Structured import of wire copy, front matter and Word files is the
importer's job; this reads what a copy editor saved from their editor.
"""

from __future__ import annotations

from pathlib import Path

from deskeditor.domain.article import Article
from deskeditor.services.errors import ServiceError

MAX_BYTES = 20_000_000
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}


def read_article(path: Path) -> Article:
    if not path.exists():
        raise ServiceError(f"{path} does not exist")
    if path.is_dir():
        raise ServiceError(f"{path} is a folder; give a file")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ServiceError(
            f"{path.name}: only Markdown and plain-text files can be checked (.md, .txt)"
        )
    if path.stat().st_size > MAX_BYTES:
        raise ServiceError(f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ServiceError(f"{path.name} is not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ServiceError(f"{path.name} is not UTF-8 text (byte {error.start})") from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ServiceError(f"{path.name} is empty")
    headline = lines[0].strip().removeprefix("# ").strip()
    return Article(headline=headline, body="\n".join(lines[1:]).strip("\n"))
