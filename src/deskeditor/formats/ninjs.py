"""IPTC ninjs (News in JSON): read 1.6, 2.2 and 3.1; write 2.2 and 3.1.

How the article's fields map (README, "Wire formats", says the same for users):

    headline ↔ headlines[role=main]      dek ↔ headlines[role=subhead]
    kicker ↔ headlines[role=kicker]      (ninjs leaves headline roles to the provider)
    byline ↔ by                          dateline ↔ located
    slug ↔ slugline                      note ↔ edNote
    section ↔ subjects[rel=section]      body ↔ bodies (text/html and text/plain)
    status ↔ pubStatus: ready, published and corrected go out as usable, anything
        earlier as withheld (so a draft never goes out usable); usable comes in as
        ready, withheld and canceled as draft, with a warning
    pull quotes ↔ associations of type text, rel/role "pullquote"
    uri, language ↔ the item's source; versionCreated is when the article was saved

3.x renamed the 2.x properties to camelCase and 1.x kept single ``headline`` and
``body_*`` properties: reading looks names up without regard to case and takes
1.x's shapes too. What the article does not model stays in the source document
(domain/source.py) and the import says which properties those were.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from deskeditor.domain.article import Article, ArticleStatus, PullQuote
from deskeditor.domain.language import LanguageTagError, normalize_tag
from deskeditor.domain.source import SourceDocument
from deskeditor.domain.text import count_words
from deskeditor.formats.base import (
    FileFormat,
    ImportedArticle,
    UnreadableFileError,
    decode,
    html_paragraphs,
    html_to_markdown,
    markdown_to_html,
    plain_text,
    plain_to_markdown,
)

NAME = "ninjs"
VERSIONS = ("2.2", "3.1")  # what Deskeditor writes; it reads 1.x too
DEFAULT_VERSION = "3.1"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_{0}.json"
PULL_QUOTE = "pullquote"
AFTER_PARAGRAPH = "afterParagraph"
# Properties the mapping uses; anything else is kept in the source and reported.
_USED = {
    "uri", "type", "headlines", "headline", "by", "byline", "located", "slugline",
    "bodies", "ednote", "pubstatus", "subjects", "subject", "associations",
    "versioncreated", "language", "standard", "$standard", "title", "version",
}  # fmt: skip
_PUBLISHABLE = {ArticleStatus.READY, ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED}
_MARKERS = re.compile(rb'"(uri|headlines|bodies|versioncreated|versionCreated|body_text)"\s*:')


# -- reading ---------------------------------------------------------------------------------
def read_ninjs(raw: bytes) -> ImportedArticle:
    warnings: list[str] = []
    try:
        item = json.loads(decode(raw, warnings))
    except json.JSONDecodeError as error:
        raise UnreadableFileError(f"not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(item, dict):
        raise UnreadableFileError("not a ninjs item: the document is not a JSON object")
    spelled = {str(key).lower(): str(key) for key in item}  # for the warnings
    item = _folded(item)
    headlines = _headlines(item, warnings)
    body = _body(item, warnings)
    if not headlines.get("main") and not body:
        raise UnreadableFileError("the ninjs item has neither a headline nor a body")
    if not body:
        warnings.append("the item carries no body text")
    if not item.get("uri"):
        warnings.append("the item has no uri (ninjs requires one)")
    article = Article(
        headline=headlines.get("main", ""),
        dek=headlines.get("subhead", ""),
        kicker=headlines.get("kicker", ""),
        byline=_text(item.get("by") or item.get("byline")),
        dateline=_text(item.get("located")),
        slug=_text(item.get("slugline")),
        editorial_note=_text(item.get("ednote")),
        section=_section(item),
        status=_status(item.get("pubstatus"), warnings),
        body=body,
        pull_quotes=_pull_quotes(item, warnings),
        language=_language(item.get("language"), warnings),
    )
    unused = sorted(spelled[k] for k in item if k not in _USED and not k.startswith("body_"))
    if unused:
        warnings.append("kept in the article's source, not edited here: " + ", ".join(unused))
    source = SourceDocument(
        NAME, raw, _text(item.get("uri")), _text(item.get("version")), _text(item.get("language"))
    )
    return ImportedArticle(article, NAME, warnings, source=source)


def _language(value: object, warnings: list[str]) -> str:
    """The item's language as the article's (a BCP 47 tag), or empty: the desk's."""
    text = _text(value)
    if not text:
        return ""
    try:
        return normalize_tag(text)
    except LanguageTagError:
        warnings.append(f"the item's language “{text}” is not a language tag: the desk's is used")
        return ""


def _folded(value: Any) -> Any:
    """The item with every property name in lower case (2.x and 3.x differ only so)."""
    if isinstance(value, dict):
        return {str(k).lower(): _folded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return value


def _text(value: object) -> str:
    return plain_text(value) if isinstance(value, str | int | float) else ""


def _headlines(item: Mapping[str, Any], warnings: list[str]) -> dict[str, str]:
    """Headline texts by the article field they fill (main, subhead, kicker)."""
    found: dict[str, str] = {}
    entries = item.get("headlines")
    if isinstance(entries, list):
        unroled = []
        for entry in entries:
            if not isinstance(entry, dict) or not _text(entry.get("value")):
                continue
            role, value = _text(entry.get("role")).lower(), _text(entry.get("value"))
            if role in ("main", "subhead", "kicker") and role not in found:
                found[role] = value
            else:
                unroled.append((role, value))
        if "main" not in found and unroled:
            found["main"] = unroled.pop(0)[1]
        if unroled:
            roles = ", ".join(role or "no role" for role, _ in unroled)
            warnings.append(f"other headlines kept in the source ({roles})")
    else:  # 1.x: one headline, extra ones as headline_<role>
        if _text(item.get("headline")):
            found["main"] = _text(item["headline"])
        for key in ("subhead", "kicker"):
            if _text(item.get(f"headline_{key}")):
                found[key] = _text(item[f"headline_{key}"])
    if "main" not in found and _text(item.get("title")):
        found["main"] = _text(item["title"])
        warnings.append("no headline: the item's title is used")
    return found


def _body(item: Mapping[str, Any], warnings: list[str]) -> str:
    """The body as Markdown, from the richest rendition the item has."""
    bodies = item.get("bodies")
    candidates: list[tuple[str, str]] = []  # (content type, text)
    if isinstance(bodies, list):
        for entry in bodies:
            if isinstance(entry, dict) and isinstance(entry.get("value"), str):
                kind = _text(entry.get("contenttype")).lower() or "text/plain"
                candidates.append((kind, entry["value"]))
    for key, value in item.items():  # 1.x: body_text, body_html, body_xhtml…
        if key.startswith("body_") and isinstance(value, str):
            candidates.append(("text/html" if "html" in key else "text/plain", value))
    rich = [text for kind, text in candidates if "html" in kind and text.strip()]
    plain = [text for kind, text in candidates if "html" not in kind and text.strip()]
    if rich:
        return html_to_markdown(rich[0])
    if plain:
        return plain_to_markdown(plain[0])
    if candidates:
        warnings.append("the body's content type is not one Deskeditor reads")
    return ""


def _section(item: Mapping[str, Any]) -> str:
    for subject in item.get("subjects") or item.get("subject") or []:
        if isinstance(subject, dict) and _text(subject.get("rel")).lower() == "section":
            return _text(subject.get("name"))
    return ""


def _status(value: object, warnings: list[str]) -> ArticleStatus:
    status = _text(value).lower() or "usable"
    if status == "usable":
        return ArticleStatus.READY
    warnings.append(f"the provider marks this item {status}: imported as a draft")
    return ArticleStatus.DRAFT


def _associations(item: Mapping[str, Any]) -> list[dict[str, Any]]:
    found = item.get("associations")
    if isinstance(found, dict):  # 1.x: named members
        return [{"name": k, **v} for k, v in found.items() if isinstance(v, dict)]
    return [a for a in found or [] if isinstance(a, dict)]


def _is_pull_quote(association: Mapping[str, Any]) -> bool:
    labels = [association.get(k) for k in ("rel", "name", "profile")]
    labels += [b.get("role") for b in association.get("bodies") or [] if isinstance(b, dict)]
    named = any(re.sub(r"[^a-z]", "", _text(label).lower()) == PULL_QUOTE for label in labels)
    return _text(association.get("type")).lower() in ("", "text") and named


def _quote_text(association: Mapping[str, Any]) -> str:
    """A pull quote's words, as plain text: quotes are not Markdown."""
    for entry in association.get("bodies") or []:
        if isinstance(entry, dict) and _text(entry.get("value")):
            value = _text(entry["value"])
            html = "html" in _text(entry.get("contenttype")).lower()
            return " ".join(html_paragraphs(value)) if html else value
    return _headlines(association, []).get("main", "")


def _pull_quotes(item: Mapping[str, Any], warnings: list[str]) -> tuple[PullQuote, ...]:
    quotes, others = [], []
    for association in _associations(item):
        if not _is_pull_quote(association):
            others.append(_text(association.get("name")) or "unnamed")
            continue
        text = _quote_text(association)
        if not text:
            continue
        after = 0
        for alt in association.get("altids") or []:
            if isinstance(alt, dict) and _text(alt.get("role")).lower() == AFTER_PARAGRAPH.lower():
                after = int(_text(alt.get("value"))) if _text(alt.get("value")).isdigit() else 0
        quotes.append(PullQuote(text, _text(association.get("by")), after))
    if others:
        warnings.append("associations kept in the source: " + ", ".join(others))
    return tuple(quotes)


def looks_like_ninjs(head: bytes) -> bool:
    """A JSON object with ninjs's properties that is not Deskeditor's own JSON."""
    return (
        head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
        and b'"deskeditor.article"' not in head
        and _MARKERS.search(head) is not None
    )


# -- writing ---------------------------------------------------------------------------------
def write_ninjs(
    article: Article, source: SourceDocument | None = None, version: str = DEFAULT_VERSION
) -> str:
    """The article as a ninjs item of ``version`` (2.2 or 3.1)."""
    if version not in VERSIONS:
        raise ValueError(f"ninjs {version} is not written; choose {' or '.join(VERSIONS)}")
    item = _item(article, source, version)
    if version.startswith("2."):
        item = _lower_case(item)
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n"


def item_uri(article: Article, source: SourceDocument | None) -> str:
    """The item's identifier: the one it came with, else one derived from the article's
    creation, the same on every export of it."""
    if source is not None and source.uri:
        return source.uri
    created = article.created_at.isoformat() if article.created_at else ""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"deskeditor:{created}:{article.id}").urn


def _item(article: Article, source: SourceDocument | None, version: str) -> dict[str, Any]:
    item: dict[str, Any] = {"uri": item_uri(article, source), "type": "text"}
    if article.updated_at:
        item["versionCreated"] = _utc(article.updated_at)
    item["pubStatus"] = "usable" if article.status in _PUBLISHABLE else "withheld"
    language = article.language or (source.language if source is not None else "")
    if language:
        item["language"] = language
    headlines = [("main", article.headline), ("subhead", article.dek), ("kicker", article.kicker)]
    item["headlines"] = [{"role": r, "value": v} for r, v in headlines if v]
    for key, value in (
        ("by", article.byline),
        ("located", article.dateline),
        ("slugline", article.slug),
        ("edNote", article.editorial_note),
    ):
        if value:
            item[key] = value
    if article.section:
        item["subjects"] = [{"name": article.section, "rel": "section"}]
    if article.body.strip():
        item["bodies"] = _bodies(article.body)
    if article.pull_quotes:
        item["associations"] = [
            _pull_quote(q, n, item["uri"], version) for n, q in enumerate(article.pull_quotes, 1)
        ]
    item["standard"] = {"name": "ninjs", "version": version, "schema": SCHEMA_URI.format(version)}
    return item


def _bodies(body: str) -> list[dict[str, Any]]:
    markup = markdown_to_html(body)
    words = count_words(body)
    plain = "\n\n".join(html_paragraphs(markup))
    return [
        {"role": "main", "contentType": "text/html", "wordCount": words, "value": markup},
        {"role": "main", "contentType": "text/plain", "wordCount": words, "value": plain},
    ]


def _pull_quote(quote: PullQuote, number: int, uri: str, version: str) -> dict[str, Any]:
    association: dict[str, Any] = {
        "name": f"{PULL_QUOTE}-{number}",
        "uri": f"{uri}#{PULL_QUOTE}-{number}",
        "type": "text",
        "profile": PULL_QUOTE,
    }
    if version.startswith("3."):
        association["rel"] = PULL_QUOTE
    if quote.attribution:
        association["by"] = quote.attribution
    association["bodies"] = [{"role": PULL_QUOTE, "contentType": "text/plain", "value": quote.text}]
    association["altIds"] = [{"role": AFTER_PARAGRAPH, "value": str(quote.after_paragraph)}]
    return association


def _lower_case(value: Any) -> Any:
    """2.x spells every property in lower case."""
    if isinstance(value, dict):
        return {k.lower(): _lower_case(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_case(v) for v in value]
    return value


def _utc(moment: datetime) -> str:
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


FORMAT = FileFormat(NAME, "IPTC ninjs", (".json",), read_ninjs, looks_like_ninjs)
