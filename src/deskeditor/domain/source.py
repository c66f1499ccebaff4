"""The document an article came from, kept as it arrived.

Wire formats (IPTC ninjs, NewsML-G2) carry more than an article has fields for:
people, places, rights, renditions… Deskeditor edits what it models and keeps the
whole original beside the article, so nothing the agency sent is lost and a
later export can name the item it came from (its URI and language).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceDocument:
    format: str  # the import format's name: "ninjs", "newsml"
    document: bytes  # the file's bytes, exactly as they came
    uri: str = ""  # the item's identifier (ninjs uri, NewsML-G2 guid)
    version: str = ""  # the item's version as the provider numbered it
    language: str = ""  # BCP 47 tag, when the item names one
