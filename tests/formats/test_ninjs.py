"""IPTC ninjs: the mapping both ways, the three versions read, the two written,
and IPTC's own schemas and examples (from ../shared/standards)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import ValidationError

from deskeditor.domain.article import Article, ArticleStatus, PullQuote
from deskeditor.formats.base import UnreadableFileError
from deskeditor.formats.ninjs import read_ninjs, write_ninjs
from deskeditor.formats.registry import FORMATS, read_file
from tests.standards import WIRE_DATA, needs_standards, ninjs_examples, validate_ninjs

ARTICLE = Article(
    id=7,
    slug="ferry-returns",
    section="Local news",
    kicker="Transport",
    headline="Island ferry returns after three-week repair",
    dek="Crossings resume on Monday",
    byline="By Clara Hemming",
    dateline="STORNOWAY, Scotland",
    body=(
        "The *MV Loch Seaforth* sailed into Stornoway on **Sunday**.\n\n"
        "## What changes\n\n"
        "- Two crossings a day\n- No night sailing\n\n"
        "> We are glad to be back.\n\n"
        "Read the [timetable](https://example.org/timetable)."
    ),
    status=ArticleStatus.PUBLISHED,
    editorial_note="Check the operator's figures",
    pull_quotes=(PullQuote("We are glad to be back", "Morag Macleod", 3),),
    created_at=datetime(2026, 2, 27, 8, 0, tzinfo=UTC),
    updated_at=datetime(2026, 3, 1, 9, 15, 30, tzinfo=UTC),
)
MODELLED = (
    "headline", "dek", "kicker", "byline", "dateline", "slug", "section", "body",
    "editorial_note", "status", "pull_quotes",
)  # fmt: skip


def fields(article: Article) -> dict[str, object]:
    return {name: getattr(article, name) for name in MODELLED}


def test_the_fixtures_map_each_field_as_the_issue_lists() -> None:
    imported = read_file(WIRE_DATA / "ferry-3.1.json")
    article = imported.article
    assert imported.format == "ninjs"
    assert article.headline == "Island ferry returns after three-week repair"
    assert article.dek == "Crossings resume on Monday with a reduced timetable"
    assert article.kicker == "Transport"
    assert article.byline == "By Clara Hemming"
    assert article.dateline == "STORNOWAY, Scotland"
    assert article.slug == "ferry-returns"
    assert article.section == "Local news"
    assert article.editorial_note == "Embargoed until 10:00 GMT"
    assert article.status is ArticleStatus.READY  # usable
    assert article.body == (
        "The *MV Loch Seaforth* sailed into Stornoway on Sunday after **three weeks** in dry "
        "dock.\n\n## What changes\n\nCrossings resume on Monday, the operator said.\n\n"
        "> We are glad to be back, said Morag Macleod."
    )
    assert article.pull_quotes == (PullQuote("We are glad to be back", "Morag Macleod", 2),)
    assert imported.source is not None
    assert imported.source.uri == "urn:newsml:example.org:20260301:ferry-returns"
    assert (imported.source.version, imported.source.language) == ("3", "en-GB")
    assert article.language == "en-GB"  # the article is checked and shown as British English
    assert imported.source.document == (WIRE_DATA / "ferry-3.1.json").read_bytes()
    # what the article has no field for is named, and kept in the source
    assert any("not edited here: copyrightNotice, people" in w for w in imported.warnings), (
        imported.warnings
    )
    assert "associations kept in the source: photo" in imported.warnings
    assert any("short" in w for w in imported.warnings)


def test_version_2_2_lower_case_names_and_a_plain_body() -> None:
    imported = read_file(WIRE_DATA / "ferry-2.2.json")
    article = imported.article
    assert article.editorial_note == "Hold for the operator's statement"
    assert article.status is ArticleStatus.DRAFT
    assert any("withheld" in w for w in imported.warnings)
    assert article.body == (
        "The ferry sailed into Stornoway on Sunday.\n\n"
        "Crossings resume on Monday, the operator said."
    )


def test_version_1_6_single_headline_and_body_properties() -> None:
    article = read_file(WIRE_DATA / "ferry-1.6.json").article
    assert article.headline == "Island ferry returns after three-week repair"
    assert article.dek == "Crossings resume on Monday"
    assert article.byline == "By Clara Hemming"
    assert article.section == "Local news"
    assert article.body == (
        "The ferry sailed into Stornoway on *Sunday*.\n\nCrossings resume on Monday."
    )


@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_deskeditor_to_ninjs_and_back_keeps_every_modelled_field(version: str) -> None:
    written = write_ninjs(ARTICLE, None, version)
    back = read_ninjs(written.encode())
    assert fields(back.article) == fields(ARTICLE.replace(status=ArticleStatus.READY))
    item = json.loads(written)
    assert item["uri"] == write_ninjs_uri()
    assert item["pubStatus" if version == "3.1" else "pubstatus"] == "usable"


def write_ninjs_uri() -> str:
    """The same article exports under the same uri every time."""
    first = json.loads(write_ninjs(ARTICLE))["uri"]
    assert first == json.loads(write_ninjs(ARTICLE.replace(headline="Changed")))["uri"]
    assert first.startswith("urn:uuid:")
    return str(first)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (ArticleStatus.DRAFT, "withheld"),
        (ArticleStatus.EDITING, "withheld"),
        (ArticleStatus.COPY_DESK, "withheld"),
        (ArticleStatus.READY, "usable"),
        (ArticleStatus.PUBLISHED, "usable"),
        (ArticleStatus.CORRECTED, "usable"),
    ],
)
def test_nothing_unfinished_goes_out_usable(status: ArticleStatus, expected: str) -> None:
    item = json.loads(write_ninjs(ARTICLE.replace(status=status)))
    assert item["pubStatus"] == expected


def test_ninjs_export_carries_html_and_plain_bodies_with_word_counts() -> None:
    item = json.loads(write_ninjs(ARTICLE))
    html, plain = item["bodies"]
    assert html["contentType"] == "text/html"
    assert "<em>MV Loch Seaforth</em>" in html["value"]
    assert "<h2>What changes</h2>" in html["value"]
    assert plain["contentType"] == "text/plain"
    assert plain["value"].split("\n\n")[:2] == [
        "The MV Loch Seaforth sailed into Stornoway on Sunday.",
        "What changes",
    ]
    assert html["wordCount"] == plain["wordCount"] == 27  # 9 + 2 + 7 + 6 + 3, by hand
    assert item["versionCreated"] == "2026-03-01T09:15:30Z"


def test_raw_html_typed_in_a_body_goes_out_as_text() -> None:
    item = json.loads(write_ninjs(ARTICLE.replace(body="A <script>alert(1)</script> test.")))
    assert "<script>" not in item["bodies"][0]["value"]
    assert "&lt;script&gt;" in item["bodies"][0]["value"]


def test_a_source_uri_and_language_go_back_out() -> None:
    imported = read_file(WIRE_DATA / "ferry-3.1.json")
    item = json.loads(write_ninjs(imported.article, imported.source))
    assert item["uri"] == "urn:newsml:example.org:20260301:ferry-returns"
    assert item["language"] == "en-GB"


def test_the_articles_language_goes_out_and_a_bad_tag_comes_in_as_the_desks() -> None:
    item = json.loads(write_ninjs(ARTICLE.replace(language="de-DE")))
    assert item["language"] == "de-DE"
    assert "language" not in json.loads(write_ninjs(ARTICLE.replace(language="")))
    folded = {**json.loads(write_ninjs(ARTICLE)), "language": "english please"}
    imported = read_ninjs(json.dumps(folded).encode())
    assert imported.article.language == ""
    assert any("not a language tag" in w for w in imported.warnings)


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (b"{broken", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"uri": "urn:x", "type": "picture"}', "neither a headline nor a body"),
    ],
)
def test_documents_that_are_no_article_say_why(document: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFileError, match=reason):
        read_ninjs(document)


def test_json_files_are_told_apart_by_content(tmp_path: Path) -> None:
    from deskeditor.formats.json import write_json

    ours, theirs = tmp_path / "ours.json", tmp_path / "theirs.json"
    ours.write_text(write_json(ARTICLE, []), encoding="utf-8")
    theirs.write_text(write_ninjs(ARTICLE), encoding="utf-8")
    assert FORMATS.format_of(ours).name == "json"
    assert FORMATS.format_of(theirs).name == "ninjs"
    assert read_file(theirs).article.headline == ARTICLE.headline
    no_extension = tmp_path / "wire-item"
    no_extension.write_text(write_ninjs(ARTICLE), encoding="utf-8")
    assert FORMATS.format_of(no_extension).name == "ninjs"


# -- IPTC's schemas and examples ---------------------------------------------------------------
@needs_standards
@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_every_export_is_valid_against_its_versions_schema(version: str) -> None:
    for article in (ARTICLE, Article(headline="Only a headline"), ARTICLE.replace(pull_quotes=())):
        validate_ninjs(json.loads(write_ninjs(article, None, version)), version)
    imported = read_file(WIRE_DATA / "ferry-3.1.json")
    validate_ninjs(json.loads(write_ninjs(imported.article, imported.source, version)), version)


@needs_standards
def test_the_schemas_do_reject_the_other_versions_spelling() -> None:
    """The validation above can fail: 3.1's camelCase is not 2.2 and vice versa."""
    with pytest.raises(ValidationError):
        validate_ninjs(json.loads(write_ninjs(ARTICLE, None, "3.1")), "2.2")
    with pytest.raises(ValidationError):
        validate_ninjs(json.loads(write_ninjs(ARTICLE, None, "2.2")), "3.1")


@needs_standards
@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_every_iptc_example_imports(version: str) -> None:
    examples = ninjs_examples(version)
    assert examples, f"no ninjs {version} examples found"
    for path in examples:
        validate_ninjs(json.loads(path.read_text(encoding="utf-8")), version)
        imported = read_file(path)
        assert imported.format == "ninjs", path.name
        assert imported.article.headline, path.name
        assert imported.source is not None and imported.source.uri, path.name


def headlines(entries: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Headlines by role; an item with no main headline has its first one as main (the
    README's rule for a provider's own roles, such as IPTC's "simple")."""
    roles = [(h.get("role", ""), h["value"]) for h in entries]
    if roles and not any(role == "main" for role, _ in roles):
        roles[0] = ("main", roles[0][1])
    return sorted((r, v) for r, v in roles if r in ("main", "subhead", "kicker"))


def visible(item: dict[str, Any]) -> dict[str, Any]:
    """What an item says in the fields Deskeditor models, the HTML body as its text."""
    folded = {k.lower(): v for k, v in item.items()}
    bodies = [{k.lower(): v for k, v in b.items()} for b in folded.get("bodies", [])]
    html = [b["value"] for b in bodies if "html" in b.get("contenttype", "")]
    plain = [b["value"] for b in bodies if "html" not in b.get("contenttype", "text/plain")]
    from deskeditor.formats.base import html_paragraphs

    text = html_paragraphs(html[0]) if html else [" ".join(p.split()) for p in plain[:1]]

    return {
        "uri": folded["uri"],
        "language": folded.get("language"),
        "headlines": headlines(folded.get("headlines", [])),
        "by": folded.get("by"),
        "located": folded.get("located"),
        "body": text,
        "pubstatus": folded.get("pubstatus", "usable"),
    }  # fmt: skip


@needs_standards
@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_iptc_examples_round_trip_through_the_desk(version: str) -> None:
    for path in ninjs_examples(version):
        original = json.loads(path.read_text(encoding="utf-8"))
        imported = read_file(path)
        again = json.loads(write_ninjs(imported.article, imported.source, version))
        validate_ninjs(again, version)
        assert visible(again) == visible(original), path.name
