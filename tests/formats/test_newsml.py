"""IPTC NewsML-G2 news items: the mapping, the body forms agencies send, IPTC's
own examples, and hostile XML refused quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskeditor.domain.article import ArticleStatus
from deskeditor.formats.base import UnreadableFileError
from deskeditor.formats.newsml import read_newsml
from deskeditor.formats.registry import FORMATS, read_file
from tests.standards import WIRE_DATA, needs_standards, newsml_examples


def test_an_item_with_inline_xhtml_maps_each_field() -> None:
    imported = read_file(WIRE_DATA / "ferry-xhtml.xml")
    article = imported.article
    assert imported.format == "newsml"
    assert article.headline == "Island ferry returns after three-week repair"
    assert article.dek == "Crossings resume on Monday"
    assert article.byline == "By Clara Hemming"
    assert article.dateline == "STORNOWAY, Scotland"
    assert article.slug == "ferry-returns"
    assert article.editorial_note == "Embargoed until 10:00 GMT"
    assert article.status is ArticleStatus.READY
    assert article.body == (
        "The *MV Loch Seaforth* sailed into Stornoway on Sunday after **three weeks** in dry "
        "dock.\n\n## What changes\n\nCrossings resume on Monday, the operator said."
    )
    source = imported.source
    assert source is not None
    assert (source.uri, source.version, source.language) == (
        "urn:newsml:example.org:20260301:ferry-returns",
        "4",
        "en-GB",
    )
    assert (
        "kept in the article's source, not edited here: "
        "creator, located, provider, rightsInfo, subject"
    ) in imported.warnings


def test_plain_inline_data_in_a_news_message() -> None:
    imported = read_file(WIRE_DATA / "ferry-plain.xml")
    assert imported.article.headline == "Ferry timetable cut for the winter"
    assert imported.article.body == (
        "The operator will run two crossings a day.\n\nIslanders say that is not enough."
    )
    assert imported.article.status is ArticleStatus.DRAFT
    assert any("withheld" in w for w in imported.warnings)
    assert imported.source is not None and imported.source.language == "en"


@pytest.mark.parametrize("name", ["entity-bomb.xml", "external-entity.xml"])
def test_hostile_xml_is_refused_at_once_with_the_reason(name: str) -> None:
    # Refused before anything is expanded: an expanded bomb would take minutes and gigabytes.
    with pytest.raises(UnreadableFileError, match="refused: the document declares XML entities"):
        read_file(WIRE_DATA / name)


def test_broken_xml_says_where() -> None:
    with pytest.raises(UnreadableFileError, match=r"not well-formed XML \(line 1"):
        read_newsml(b"<newsItem><headline>Open")


def test_xml_that_is_no_news_item_says_so(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="no newsItem"):
        read_file(path)


def test_a_news_item_without_extension_is_known_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "incoming-item"
    path.write_bytes((WIRE_DATA / "ferry-xhtml.xml").read_bytes())
    assert FORMATS.format_of(path).name == "newsml"


@needs_standards
def test_every_iptc_example_imports() -> None:
    examples = newsml_examples()
    assert examples, "no NewsML-G2 examples found"
    for path in examples:
        imported = read_file(path)
        assert imported.article.headline == 'Fed to halt QE to avert "bubble"', path.name
        assert imported.source is not None and imported.source.uri.startswith("urn:newsml:")


@needs_standards
def test_iptc_nitf_example_body_and_byline() -> None:
    [path] = [p for p in newsml_examples() if "Text_Document" in p.name]
    article = read_file(path).article
    assert article.byline == "By Meredith Jameson"
    assert article.dateline == "New York, NY"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("(New York, NY - October 21) Et, sent luptat luptat, commy Nim")
    assert paragraphs[1].endswith("esto cons dolutpat, si.")
