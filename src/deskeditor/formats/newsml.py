"""IPTC NewsML-G2 news items, as agencies deliver text: read only.

A ``newsItem`` (alone or the first in a ``newsMessage``) gives the headline,
subheadline, by, dateline, slugline, edNote, pubStatus and the body from its
``contentSet``: inline XHTML, inline NITF or inline plain text. The item's
``guid``, ``version`` and language go to the article's source, which keeps the
whole document: rights, subjects, creators and the rest that an article has no
field for.

XML from outside is hostile until proven otherwise: defusedxml parses it and
refuses entity declarations (the "billion laughs" bomb, external entities that
read local files or the network) and external DTDs before anything is expanded.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.source import SourceDocument
from deskeditor.formats.base import (
    FileFormat,
    ImportedArticle,
    UnreadableFileError,
    html_to_markdown,
    plain_to_markdown,
)

NAME = "newsml"
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REFUSED = (
    "refused: the document declares XML entities or an external DTD "
    "(how entity bombs and file-reading attacks work); nothing was expanded"
)
# contentMeta and itemMeta children the mapping reads; the rest stays in the source
# (creator and located too: they stand in for a missing by or dateline only).
_USED = {
    "headline", "subheadline", "by", "dateline", "slugline", "language", "itemClass",
    "versionCreated", "pubStatus", "edNote",
}  # fmt: skip
_NITF_TAGS = {"hl1": "h1", "hl2": "h2", "block": "div", "bq": "blockquote", "em": "em"}
_SNIFF = re.compile(rb"<(?:\w+:)?news(?:Item|Message)\b")


def read_newsml(raw: bytes) -> ImportedArticle:
    try:
        root = fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise UnreadableFileError(REFUSED) from None
    except ParseError as error:
        line, column = error.position
        raise UnreadableFileError(f"not well-formed XML (line {line}, column {column})") from None
    item = root if _local(root.tag) == "newsItem" else _first(root, "newsItem")
    if item is None:
        raise UnreadableFileError("not a NewsML-G2 news item (no newsItem element)")
    warnings: list[str] = []
    if _local(root.tag) == "newsMessage" and len(list(root.iter(f"{NAR}newsItem"))) > 1:
        warnings.append("the message holds several items: the first was imported")
    meta = _child(item, "contentMeta")
    item_meta = _child(item, "itemMeta")
    body, nitf_byline = _body(item, warnings)
    headline = _text(meta, "headline")
    if not headline and not body:
        raise UnreadableFileError("the news item has neither a headline nor a body")
    if not body:
        warnings.append("the item carries no body text")
    article = Article(
        headline=headline,
        dek=_text(meta, "subheadline"),
        byline=_text(meta, "by") or nitf_byline or _creators(meta),
        dateline=_text(meta, "dateline") or _text(_child(meta, "located"), "name"),
        slug=_text(meta, "slugline"),
        editorial_note=_text(item_meta, "edNote"),
        status=_status(item_meta, warnings),
        body=body,
    )
    unused = sorted(
        {_local(e.tag) for part in (meta, item_meta) if part is not None for e in part} - _USED
        | {_local(e.tag) for e in item} - {"itemMeta", "contentMeta", "contentSet", "catalogRef"}
    )
    if unused:
        warnings.append("kept in the article's source, not edited here: " + ", ".join(unused))
    language = item.get(XML_LANG) or (_attr(_child(meta, "language"), "tag"))
    source = SourceDocument(NAME, raw, item.get("guid", ""), item.get("version", ""), language)
    return ImportedArticle(article, NAME, warnings, source=source)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _first(parent: Element, name: str) -> Element | None:
    return next((e for e in parent.iter() if _local(e.tag) == name), None)


def _child(parent: Element | None, name: str) -> Element | None:
    if parent is None:
        return None
    return next((e for e in parent if _local(e.tag) == name), None)


def _attr(element: Element | None, name: str) -> str:
    return element.get(name, "") if element is not None else ""


def _text(parent: Element | None, name: str) -> str:
    """The text of ``parent``'s first ``name`` child, its whitespace collapsed."""
    element = _child(parent, name)
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _creators(meta: Element | None) -> str:
    names = [_text(c, "name") for c in meta or [] if _local(c.tag) == "creator"]
    names = [n for n in names if n]
    return f"By {' and '.join(names)}" if names else ""


def _status(item_meta: Element | None, warnings: list[str]) -> ArticleStatus:
    code = _attr(_child(item_meta, "pubStatus"), "qcode").rsplit(":", 1)[-1] or "usable"
    if code == "usable":
        return ArticleStatus.READY
    warnings.append(f"the provider marks this item {code}: imported as a draft")
    return ArticleStatus.DRAFT


def _body(item: Element, warnings: list[str]) -> tuple[str, str]:
    """The body as Markdown, and the byline an inline NITF document carries."""
    content = _child(item, "contentSet")
    for part in content if content is not None else []:
        kind = part.get("contenttype", "").lower()
        if _local(part.tag) == "inlineData" and (not kind or kind.startswith("text/")):
            return plain_to_markdown(part.text or ""), ""
        if _local(part.tag) != "inlineXML":
            continue
        html_body = next((e for e in part.iter() if _local(e.tag) == "body"), None)
        if html_body is None:
            continue
        if "nitf" in kind or "nitf" in html_body.tag:
            return _nitf(html_body)
        return html_to_markdown(_html(html_body)), ""
    if content is not None and "".join(content.itertext()).strip():
        warnings.append("the item's content is not text Deskeditor reads (only its metadata)")
    return "", ""


def _nitf(body: Element) -> tuple[str, str]:
    content = next((e for e in body if _local(e.tag) == "body.content"), None)
    byline = next((e for e in body.iter() if _local(e.tag) == "byline"), None)
    by = " ".join(byline.text.split()).rstrip(",") if byline is not None and byline.text else ""
    return (html_to_markdown(_html(content)) if content is not None else ""), by


def _html(element: Element) -> str:
    """An element's children as HTML: namespaces dropped, NITF names made HTML's."""
    parts = []
    for child in element:
        copy = _renamed(child)
        parts.append(tostring(copy, encoding="unicode", short_empty_elements=False))
    return "".join(parts)


def _renamed(element: Element) -> Element:
    local = _local(element.tag)
    copy = Element(_NITF_TAGS.get(local, local), {_local(k): v for k, v in element.items()})
    copy.text, copy.tail = element.text, element.tail
    copy.extend(_renamed(child) for child in element)
    return copy


def looks_like_newsml(head: bytes) -> bool:
    return b"iptc.org/std/nar/" in head or _SNIFF.search(head) is not None


FORMAT = FileFormat(NAME, "IPTC NewsML-G2", (".xml",), read_newsml, looks_like_newsml)
