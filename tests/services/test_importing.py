"""Importing files into the desk and exporting them back out: round trips for every
format, bad files, and the batch that goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from deskeditor.domain.article import Article, ArticleQuery, ArticleStatus, PullQuote
from deskeditor.domain.corrections import CorrectionNotice, NoticeKind, NoticePosition
from deskeditor.formats.docx import write_docx
from deskeditor.formats.json import write_json
from deskeditor.formats.markdown import write_markdown
from deskeditor.formats.registry import read_file
from deskeditor.formats.text import write_text
from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import import_files

ARTICLE = Article(
    section="Local", kicker="Transport", headline="Millbrook ferry returns after two-year repair",
    dek="The Juniper carries its first passengers since the flood", byline="By Clara Hemming",
    dateline="MILLBROOK —", slug="ferry-returns", status=ArticleStatus.EDITING,
    body=(
        "The ferry Juniper crossed the Wend River on Monday morning for the *first* time in two years.\n\n"
        "“We counted the days,” said Ruth Abernathy, who runs a **bakery** on the east bank.\n\n"
        "## A new landing\n\n"
        "- It stands 4 feet higher\n- It rests on steel piles\n\n"
        "> The river will come up again.\n\n"
        "Harbor master Tom Ekwueme said it was built for a flood twice as large."
    ),
    pull_quotes=(PullQuote("We counted the days", "Ruth Abernathy", 2),),
)  # fmt: skip
FIELDS = ("section", "headline", "dek", "byline", "dateline", "body")


def fields(article: Article, names: tuple[str, ...] = FIELDS) -> dict[str, str]:
    return {name: getattr(article, name) for name in names}


def test_markdown_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(write_markdown(ARTICLE), encoding="utf-8")
    back = read_file(path).article
    assert fields(back, (*FIELDS, "kicker", "slug", "status")) == fields(
        ARTICLE, (*FIELDS, "kicker", "slug", "status")
    )
    assert back.pull_quotes == ARTICLE.pull_quotes


def test_json_round_trip_with_notices(tmp_path: Path) -> None:
    notice = CorrectionNotice(0, NoticeKind.CORRECTION, "It cost $2.3 million.", NoticePosition.TOP)
    path = tmp_path / "a.json"
    path.write_text(write_json(ARTICLE, [notice]), encoding="utf-8")
    imported = read_file(path)
    assert imported.article.snapshot() == ARTICLE.snapshot()
    assert [(n.kind, n.text, n.position) for n in imported.notices] == [
        (NoticeKind.CORRECTION, "It cost $2.3 million.", NoticePosition.TOP)
    ]
    assert json.loads(path.read_text())["version"] == 1


def test_plain_text_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(write_text(ARTICLE), encoding="utf-8")
    back = read_file(path).article
    assert fields(back, (*FIELDS, "kicker")) == fields(ARTICLE, (*FIELDS, "kicker"))


def test_docx_round_trip_keeps_emphasis_quotes_lists_and_subheads(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    write_docx(ARTICLE, path)
    back = read_file(path)
    assert back.format == "docx"
    assert fields(back.article, ("headline", "dek", "byline", "dateline", "body")) == fields(
        ARTICLE, ("headline", "dek", "byline", "dateline", "body")
    )


def test_docx_without_styles_uses_the_first_paragraphs(tmp_path: Path) -> None:
    document = Document()
    for text in (
        "Bridge vote delayed",
        "Lawmakers want more time",
        "The vote on the Carrow bridge was put off until March, the committee said on Friday.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "plain.docx"))
    article = read_file(tmp_path / "plain.docx").article
    assert (article.headline, article.dek) == ("Bridge vote delayed", "Lawmakers want more time")


def test_non_utf8_copy_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Café owners welcome the plan\n\nThe café on Rue Saint-André will stay open, said its owner, Renée Lefèvre, who has run it for thirty years.\n"
    path.write_bytes(text.encode("cp1252"))
    article = read_file(path).article
    assert article.headline == "Café owners welcome the plan"
    assert "Renée Lefèvre" in article.body


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    "broken.docx": (b"PK\x03\x04 this is not really a zip", "Word document"),
    "only-headline.txt": (b"Just a headline\n", "only a headline"),
    "bad.json": (b"{not json", "not valid JSON"),
    "other.json": (b'{"title": "x"}', "not a Deskeditor article"),
    "bad-front-matter.md": (b"---\ntitle: [unclosed\n---\nBody.\n", "YAML"),
}


def test_a_batch_imports_what_it_can_and_says_why_not(
    tmp_path: Path, articles: ArticleService
) -> None:
    for name, (data, _) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.md").write_text(write_markdown(ARTICLE), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Secret\n\nNot for import.\n")
    outcomes = {o.path.name: o for o in import_files([tmp_path], articles)}
    assert set(outcomes) == {*BAD_FILES, "good.md"}
    assert outcomes["good.md"].ok and outcomes["good.md"].article_id is not None
    for name, (_, reason) in BAD_FILES.items():
        assert not outcomes[name].ok
        assert reason in (outcomes[name].error or ""), name
    assert articles.count(ArticleQuery()) == 1  # nothing half-imported


def test_dry_run_stores_nothing(tmp_path: Path, articles: ArticleService) -> None:
    (tmp_path / "a.txt").write_text(write_text(ARTICLE), encoding="utf-8")
    [outcome] = import_files([tmp_path / "a.txt"], None)
    assert outcome.ok and outcome.article_id is None and outcome.slug
    assert articles.count(ArticleQuery()) == 0


def test_imported_json_notices_are_stored_with_the_article(
    tmp_path: Path, articles: ArticleService
) -> None:
    notice = CorrectionNotice(
        0, NoticeKind.CLARIFICATION, "Clarified the route.", NoticePosition.BOTTOM
    )
    (tmp_path / "a.json").write_text(write_json(ARTICLE, [notice]), encoding="utf-8")
    [outcome] = import_files([tmp_path / "a.json"], articles)
    assert outcome.article_id is not None
    assert [n.text for n in articles.notices(outcome.article_id)] == ["Clarified the route."]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json", ".docx"])
def test_missing_file_is_reported(tmp_path: Path, suffix: str) -> None:
    [outcome] = import_files([tmp_path / f"nope{suffix}"], None)
    assert outcome.error == "no such file"
