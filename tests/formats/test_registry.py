"""The registry: one list of article formats, found by extension or by content."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.formats.base import UnreadableFileError
from deskeditor.formats.docx import write_docx
from deskeditor.formats.json import write_json
from deskeditor.formats.markdown import write_markdown
from deskeditor.formats.registry import FORMATS, IMPORT_FILE_FILTER, read_file
from deskeditor.formats.text import write_text

ARTICLE = Article(
    headline="Ferry returns", byline="By Clara Hemming", body="The ferry crossed on Monday."
)


def no_extension(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "story"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (write_markdown(ARTICLE), "markdown"),  # front matter
        ("# Ferry returns\n\nThe ferry crossed on Monday.\n", "markdown"),  # a # headline
        (write_json(ARTICLE, []), "json"),
        (write_text(ARTICLE), "text"),
    ],
)
def test_a_file_without_extension_is_known_by_its_content(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = no_extension(tmp_path, content)
    assert FORMATS.format_of(path).name == expected
    imported = read_file(path)
    assert imported.format == expected
    assert imported.article.headline == "Ferry returns"
    assert imported.article.body == "The ferry crossed on Monday."


def test_a_word_document_without_extension_is_known_by_its_zip_signature(tmp_path: Path) -> None:
    path = tmp_path / "story"
    write_docx(ARTICLE, path)
    assert FORMATS.format_of(path).name == "docx"
    assert read_file(path).article.headline == "Ferry returns"


def test_the_extension_decides_before_the_content(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("# Ferry returns\n\nThe ferry crossed on Monday.\n", encoding="utf-8")
    assert FORMATS.format_of(path).name == "text"
    upper = tmp_path / "STORY.MD"
    upper.write_text(write_markdown(ARTICLE), encoding="utf-8")
    assert read_file(upper).format == "markdown"


def test_a_folder_and_an_empty_file_are_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="is a folder"):
        read_file(tmp_path)
    with pytest.raises(UnreadableFileError, match="empty"):
        read_file(no_extension(tmp_path, b""))


def test_every_extension_is_offered_by_file_import_and_named_in_help() -> None:
    assert {".txt", ".text", ".md", ".markdown", ".docx", ".json", ".xml"} == set(
        FORMATS.extensions
    )
    patterns, everything = IMPORT_FILE_FILTER.split(";;")
    assert all(f"*{ext}" in patterns for ext in FORMATS.extensions)
    assert everything == "All files (*)"
    assert FORMATS.extensions_text() == ".txt, .md, .docx, .json, .xml"


def test_the_command_lines_help_lists_the_registrys_formats(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from deskeditor import cli

    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    assert FORMATS.extensions_text() in " ".join(capsys.readouterr().out.split())
