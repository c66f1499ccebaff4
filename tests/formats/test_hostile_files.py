"""Hostile and broken files (tests/data/hostile, see its README): each is reported in
words with its name, memory stays bounded, and the rest of the batch comes in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deskeditor.domain.checks.findings import Finding
from deskeditor.formats.base import UnreadableFileError
from deskeditor.formats.registry import read_file
from deskeditor.services.articles import ArticleService
from deskeditor.services.checks import ArticleChecker
from deskeditor.services.importing import import_files
from tests.test_cli import assert_one_line_error, deskeditor

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
NBSP = "\u00a0"
# Each refused file, and words its reason must hold.
REFUSED = {
    "entity-bomb.docx": "entities that expand without limit",
    "zip-bomb.docx": "would unpack to 300 MB",
    "zip-high-ratio.docx": "times its packed size",
    "malformed-document-xml.docx": "text is damaged",
    "not-a-word-package.docx": "not a Word document",
    "missing-document-part.docx": "a part is missing",
    "yaml-alias-bomb.md": "YAML aliases",
    "yaml-alias-headline.md": "YAML aliases",
    "yaml-long-headline.md": "the headline is 839 characters long; at most 500",
    "yaml-pull-quote-inf.md": "“pull quote 1: after_paragraph” must be a whole number",
    "yaml-title-is-a-list.md": "“title” must be text, not a list",
    "json-deep-nesting.json": "nested too deeply",
    "json-after-paragraph-1e400.json": "after_paragraph” must be a whole number",
    "json-after-paragraph-10e30.json": "after_paragraph” must be a whole number",
    "json-after-paragraph-abc.json": "after_paragraph” must be a whole number",
    "json-pull-quotes-5.json": "“pull_quotes” must be a list",
    "json-body-is-a-list.json": "“body” must be text, not a list",
    "json-headline-nan.json": "“headline” must be text, not NaN",
    "random-bytes.txt": "no encoding reads it as plausible text",
    "binary-with-nul.txt": "binary file",
}
INTERNAL_NAMES = ("Error", "Exception", "lxml", "KeyError", "Traceback")


def test_each_hostile_file_is_refused_in_words_and_the_batch_goes_on(
    tmp_path: Path, articles: ArticleService
) -> None:
    """One bad file in 505 stopped the import with a traceback (229 imported, no summary)."""
    good = tmp_path / "zz-good.txt"
    good.write_text("Ferry returns\n\nThe ferry crossed on Monday.\n", encoding="utf-8")
    paths = [HOSTILE / name for name in REFUSED] + [good]

    outcomes = import_files(paths, articles)

    assert [o.path for o in outcomes] == paths
    for outcome in outcomes[:-1]:
        assert not outcome.ok, outcome.path.name
        assert REFUSED[outcome.path.name] in (outcome.error or ""), outcome.error
        assert not any(word in (outcome.error or "") for word in INTERNAL_NAMES), outcome.error
    assert outcomes[-1].ok and outcomes[-1].article_id is not None


def test_importing_the_hostile_folder_reports_every_file_and_a_summary(tmp_path: Path) -> None:
    result = deskeditor("import", str(HOSTILE), "--db", str(tmp_path / "desk.db"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    articles = sorted(p for p in HOSTILE.iterdir() if p.suffix in (".txt", ".md", ".docx", ".json"))
    assert len(articles) == 30 and len(lines) == len(articles) + 1
    assert lines[-1] == "10 of 30 files imported"  # the 9 made to come in, and README.md


@pytest.mark.parametrize("name", ["malformed-document-xml.docx", "entity-bomb.docx"])
def test_checking_a_broken_word_file_is_one_line_naming_it(name: str) -> None:
    """`deskeditor check bad.docx` crashed with lxml's traceback."""
    result = deskeditor("check", str(HOSTILE / name))
    assert_one_line_error(result, name)


def test_bombs_stay_within_memory(tmp_path: Path) -> None:
    """Run in a process limited to 1.5 GB of address space: the zip bomb reached 3 GB
    and the alias bomb 2.9 GB, then MemoryError."""

    bombs = [str(HOSTILE / n) for n in ("zip-bomb.docx", "yaml-alias-bomb.md", "entity-bomb.docx")]
    limited = (
        "import resource, sys; from deskeditor.cli import main; "
        "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000)); "
        "sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", limited, "import", "--dry-run", *bombs],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1 and "MemoryError" not in done.stderr, done.stderr
    assert done.stdout.count("not imported") == 3


def test_text_after_an_entity_in_word_is_kept_and_nothing_is_fetched() -> None:
    """The body stored was "XXE here: [": the rest of the paragraph vanished."""
    imported = read_file(HOSTILE / "xxe-entity.docx")
    assert imported.article.body == "XXE here: [&xxe;] and the rest of the paragraph stays."
    assert any("&xxe;" in w and "nothing fetched" in w for w in imported.warnings)


def test_text_in_links_insertions_and_tables_of_word_is_kept() -> None:
    body = read_file(HOSTILE / "link-insertion-and-table.docx").article.body
    assert body.startswith("Timetables are at the port website from Monday.")
    assert "| Departs | Arrives |\n| --- | --- |\n| 08:15 | 08:40 |" in body


@pytest.mark.parametrize(
    ("name", "guess", "text"),
    [
        ("latin1-cafe.txt", "Windows-1252", "The café on Mill Street"),
        ("cp1251-cyrillic.txt", "Windows-1251", "Паром снова пересёк"),
    ],
)
def test_a_guessed_encoding_is_reported(name: str, guess: str, text: str) -> None:
    """Invalid UTF-8 came out as cp1251 ("cafй") and nothing said it was a guess."""
    imported = read_file(HOSTILE / name)
    assert text in imported.article.body
    assert any(guess in w and "a guess" in w for w in imported.warnings)


@pytest.mark.parametrize(
    "name",
    ["trailing-nbsp.txt", "trailing-nbsp.md", "trailing-nbsp.docx", "trailing-nbsp.json",
     "trailing-nbsp-ninjs.json"],
)  # fmt: skip
def test_every_reader_keeps_a_trailing_no_break_space_and_the_checks_flag_it(name: str) -> None:
    """The README promises the copy is never changed; trailing no-break spaces were
    stripped on import. Kept, they are a finding with a Fix."""
    article = read_file(HOSTILE / name).article
    assert f"First paragraph ends in a no-break space.{NBSP}\n\nSecond paragraph." in article.body
    findings: list[Finding] = ArticleChecker([], None).check(article)
    [trailing] = [f for f in findings if f.id == "spacing.trailing" and f.field == "body"]
    assert article.body[trailing.start : trailing.end] == NBSP and trailing.fix == ""


def test_a_wrong_type_is_refused_field_by_field(tmp_path: Path) -> None:
    for name, wrong in (("dek", "5"), ("byline", "true"), ("slug", '{"a": 1}')):
        path = tmp_path / f"{name}.json"
        path.write_text(
            '{"schema": "deskeditor.article", "version": 1, "article": '
            f'{{"headline": "Ferry", "body": "Text.", "{name}": {wrong}}}}}',
            encoding="utf-8",
        )
        with pytest.raises(UnreadableFileError, match=f"“{name}” must be text"):
            read_file(path)
