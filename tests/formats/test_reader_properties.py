"""Property tests of every article reader (wire text, Markdown with front matter,
JSON, Word): whatever the bytes, no exception but UnreadableFileError escapes, the
work stays in proportion to the input (memory measured, output bounded), what is
read is within the field bounds, and importing the same bytes again creates
nothing new.

No wall-clock deadline (speed lives in bench/): memory and output size are the
bounds asserted.
"""

from __future__ import annotations

import io
import json
import tempfile
import tracemalloc
import zipfile
from pathlib import Path
from typing import Literal

import yaml
from docx import Document
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from deskeditor.domain.article import MAX_LENGTHS, ArticleQuery
from deskeditor.formats.base import ImportedArticle, UnreadableFileError
from deskeditor.formats.registry import FORMATS
from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import import_files
from deskeditor.storage.database import open_database

SURROGATES: tuple[Literal["Cs"]] = ("Cs",)  # not characters Python can encode
NOT_TEXT: tuple[Literal["Cs"], Literal["Cc"]] = ("Cs", "Cc")  # nor control characters
PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MEMORY_PER_INPUT_BYTE = 200  # a reader may hold its input a few times over, not more
MEMORY_FLOOR = 40_000_000  # python-docx's and YAML's own working set
FIELDS = ["headline", "dek", "byline", "section", "kicker", "dateline", "slug", "body", "status",
          "editorial_note", "pull_quotes", "notices", "title", "subtitle", "author",
          "categories", "description", "note"]  # fmt: skip

text = st.text(
    st.characters(exclude_categories=SURROGATES), max_size=300
)  # any character Python can encode
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=20,
)


def read(name: str, raw: bytes, expected_failures_only: bool = True) -> ImportedArticle | None:
    """Read ``raw`` as a file called ``name``; None when it is refused, in words.
    Fails when anything else escapes, or memory grows out of proportion. With
    ``expected_failures_only``, a refusal must be one the reader foresaw, not the
    registry's last resort for an exception it did not ("it may be damaged")."""
    path = Path(name)
    tracemalloc.start()
    try:
        imported = FORMATS.read(path, raw)
    except UnreadableFileError as error:
        assert str(error) and "Traceback" not in str(error)
        if expected_failures_only:
            assert "may be damaged" not in str(error), error.__cause__
        imported = None
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak <= MEMORY_FLOOR + MEMORY_PER_INPUT_BYTE * len(raw), f"{peak:,} bytes"
    if imported is not None:
        article = imported.article
        for field, limit in MAX_LENGTHS.items():
            assert len(getattr(article, field)) <= limit
        assert len(article.body) <= len(raw) * 2 + 100  # no expansion beyond the input
    return imported


@PROPERTIES
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".json", ".docx", ".bin"]))
def test_any_bytes_under_any_name(raw: bytes, suffix: str) -> None:
    read(f"file{suffix}", raw)


@PROPERTIES
@given(
    st.lists(text, min_size=1, max_size=12),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "cp1251"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_wire_text_in_any_encoding(paragraphs: list[str], encoding: str, newline: str) -> None:
    raw = newline.join(paragraphs).encode(encoding, errors="replace")
    read("wire.txt", raw)


@PROPERTIES
@given(st.dictionaries(st.sampled_from(FIELDS) | text, json_values, max_size=8), text)
def test_markdown_with_any_front_matter(meta: dict[str, object], body: str) -> None:
    front = yaml.safe_dump(meta, allow_unicode=True)
    read("story.md", f"---\n{front}---\n\n{body}\n".encode())


@PROPERTIES
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=2, max_value=9))
def test_markdown_with_nested_aliases(depth: int, width: int) -> None:
    lines = ["a0: &a0 [x]"]
    for level in range(1, depth + 1):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append(f"title: *a{depth}")
    assert read("bomb.md", ("---\n" + "\n".join(lines) + "\n---\n\nBody.\n").encode()) is None


@PROPERTIES
@given(st.dictionaries(st.sampled_from(FIELDS) | text, json_values, max_size=10))
def test_deskeditor_json_with_any_fields(item: dict[str, object]) -> None:
    document = {"schema": "deskeditor.article", "version": 1, "article": item}
    read("story.json", json.dumps(document).encode())


@PROPERTIES
@given(json_values)
def test_any_json_document(value: object) -> None:
    read("any.json", json.dumps(value).encode())


def docx_bytes(paragraphs: list[tuple[str, str]]) -> bytes:
    document = Document()
    for style, content in paragraphs:
        document.add_paragraph(content, style=style or None)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


xml_text = st.text(
    st.characters(exclude_categories=NOT_TEXT, exclude_characters="\ufffe\uffff"),
    max_size=200,
)
styles = st.sampled_from(["", "Title", "Subtitle", "Heading 1", "Quote", "List Bullet"])


@PROPERTIES
@given(st.lists(st.tuples(styles, xml_text), min_size=1, max_size=10))
def test_word_documents_with_any_paragraphs(paragraphs: list[tuple[str, str]]) -> None:
    read("story.docx", docx_bytes(paragraphs))


@PROPERTIES
@given(st.lists(st.tuples(st.integers(0, 40_000), st.integers(0, 255)), min_size=1, max_size=30))
def test_damaged_word_documents(changes: list[tuple[int, int]]) -> None:
    raw = bytearray(docx_bytes([("Title", "Ferry returns"), ("", "The ferry crossed.")]))
    for position, value in changes:
        raw[position % len(raw)] = value
    read("damaged.docx", bytes(raw), expected_failures_only=False)  # python-docx: anything


@PROPERTIES
@given(st.binary(max_size=2000), st.sampled_from(["word/document.xml", "word/styles.xml"]))
def test_word_packages_with_any_part(part: bytes, name: str) -> None:
    raw = docx_bytes([("", "The ferry crossed.")])
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, part if info.filename == name else source.read(info))
    read("package.docx", out.getvalue())


def reimport_creates_nothing(suffix: str, raw: bytes) -> bool:
    """Import a file twice into a fresh desk: one article at most, and the second
    run says it was skipped. True when the file came in (it was readable)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"copy{suffix}"
        path.write_bytes(raw)
        database = open_database(Path(folder) / "desk.sqlite")
        try:
            articles = ArticleService(database.unit_of_work)
            [first] = import_files([path], articles)
            [second] = import_files([path], articles)
            assert articles.count(ArticleQuery()) == (1 if first.ok else 0)
            if first.ok:
                assert (second.duplicate, second.article_id) == ("skipped", first.article_id)
            return first.ok
        finally:
            database.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".txt", ".md", ".json", ".docx"]), xml_text, xml_text)
def test_importing_the_same_bytes_again_creates_nothing(suffix: str, one: str, two: str) -> None:
    headline, body = f"Ferry {one}".strip(), f"The ferry crossed. {two}"
    raw = {
        ".txt": f"{headline}\n\n{body}\n".encode(),
        ".md": f"# {headline}\n\n{body}\n".encode(),
        ".json": json.dumps({"schema": "deskeditor.article", "version": 1,
                             "article": {"headline": headline, "body": body}}).encode(),
        ".docx": docx_bytes([("Title", headline), ("", body)]),
    }[suffix]  # fmt: skip
    assume(reimport_creates_nothing(suffix, raw))  # copy that does not read is another test's
