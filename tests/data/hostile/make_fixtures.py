"""Writes the hostile files in this folder (deterministic: run it again and git sees no
change). README.md says what each one is and what Deskeditor must do with it.

    .venv/bin/python tests/data/hostile/make_fixtures.py
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
NBSP = "\u00a0"
JSON_ARTICLE = {"headline": "Ferry returns", "body": "The ferry crossed on Monday."}


def docx_with(document_xml: str | None, extra: dict[str, bytes] | None = None) -> bytes:
    """A real Word package (python-docx's template) with word/document.xml replaced
    (None: left out) and ``extra`` parts added, stored with fixed dates."""
    base = io.BytesIO()
    Document().save(base)
    source = zipfile.ZipFile(io.BytesIO(base.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                if document_xml is None:
                    continue
                data = document_xml.encode()
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)), data, 8)
        for name, data in (extra or {}).items():
            target.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, 8)
    return out.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def body(paragraphs: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f"<w:document {W} {R}><w:body>{paragraphs}<w:sectPr/></w:body></w:document>"
    )


def para(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def zip_bomb(inflated_mb: int) -> bytes:
    """A Word package whose document.xml inflates to ``inflated_mb`` MB of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        info = zipfile.ZipInfo("word/document.xml", (2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as part:
            part.write(body("").encode()[:-30])
            chunk = b" " * 1_000_000
            for _ in range(inflated_mb):
                part.write(chunk)
    return out.getvalue()


def front_matter(yaml: str, text: str = "The ferry crossed on Monday.") -> str:
    return f"---\n{yaml}\n---\n\n{text}\n"


def deskeditor_json(**article: object) -> str:
    item = {**JSON_ARTICLE, **article}
    return json.dumps({"schema": "deskeditor.article", "version": 1, "article": item})


def main() -> None:
    rng = random.Random(18)
    files: dict[str, bytes | str] = {
        # -- Word -------------------------------------------------------------------------
        "xxe-entity.docx": docx_with(body(
            para("Ferry returns", "Title")
            + para("XXE here: [&xxe;] and the rest of the paragraph stays."),
            '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
        )),
        "entity-bomb.docx": docx_with(body(
            para("&lol9;"),
            "<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">"
            + "".join(f"<!ENTITY lol{n} \"{f'&lol{n - 1};' * 10}\">" for n in range(1, 10))
            + "]>",
        )),
        "zip-bomb.docx": zip_bomb(300),
        "zip-high-ratio.docx": docx_with(body(para("Ferry returns")), {
            "word/media/blank.bin": b"\x00" * 50_000_000,
        }),
        "malformed-document-xml.docx": docx_with(body(para("Ferry returns"))[:-40]),
        "not-a-word-package.docx": "These are notes saved with the wrong name.\n",
        "missing-document-part.docx": docx_with(None),
        "link-insertion-and-table.docx": docx_with(body(
            para("Ferry returns", "Title")
            + '<w:p><w:r><w:t xml:space="preserve">Timetables are at </w:t></w:r>'
            '<w:hyperlink r:id="rId99"><w:r><w:t>the port website</w:t></w:r></w:hyperlink>'
            '<w:ins w:id="1" w:author="Ed"><w:r><w:t xml:space="preserve"> from Monday</w:t>'
            "</w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc>" + para("Departs") + "</w:tc><w:tc>" + para("Arrives")
            + "</w:tc></w:tr><w:tr><w:tc>" + para("08:15") + "</w:tc><w:tc>" + para("08:40")
            + "</w:tc></w:tr></w:tbl>"
        )),
        "trailing-nbsp.docx": docx_with(body(
            para("Ferry returns", "Title")
            + para(f"First paragraph ends in a no-break space.{NBSP}")
            + para("Second paragraph.")
        )),
        # -- Markdown ---------------------------------------------------------------------
        "yaml-alias-bomb.md": front_matter(
            "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
                for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            )
            + "title: *i"
        ),
        "yaml-alias-headline.md": front_matter(
            "w: &w Ferry returns Ferry returns Ferry returns\n"
            "x: &x [*w, *w, *w, *w, *w, *w, *w, *w]\ntitle: [*x, *x, *x, *x, *x, *x, *x]"
        ),
        "yaml-long-headline.md": front_matter(f"title: {'Ferry returns ' * 60}"),
        "yaml-pull-quote-inf.md": front_matter(
            "title: Ferry returns\npull_quotes:\n  - text: We counted the days\n"
            "    after_paragraph: .inf"
        ),
        "yaml-title-is-a-list.md": front_matter("title: [Ferry, returns]"),
        "trailing-nbsp.md": front_matter(
            "title: Ferry returns",
            f"First paragraph ends in a no-break space.{NBSP}\n\nSecond paragraph.",
        ),
        # -- JSON -------------------------------------------------------------------------
        "json-deep-nesting.json": "[" * 100_000 + "]" * 100_000,
        "json-after-paragraph-1e400.json": deskeditor_json(pull_quotes=[]).replace(
            '"pull_quotes": []', '"pull_quotes": [{"text": "We counted", "after_paragraph": 1e400}]'
        ),
        "json-after-paragraph-10e30.json": deskeditor_json(
            pull_quotes=[{"text": "We counted", "after_paragraph": 10**30}]
        ),
        "json-after-paragraph-abc.json": deskeditor_json(
            pull_quotes=[{"text": "We counted", "after_paragraph": "abc"}]
        ),
        "json-pull-quotes-5.json": deskeditor_json(pull_quotes=5),
        "json-body-is-a-list.json": deskeditor_json(body=["a", "b"]),
        "json-headline-nan.json": deskeditor_json(headline=float("nan")),
        "trailing-nbsp.json": deskeditor_json(
            body=f"First paragraph ends in a no-break space.{NBSP}\n\nSecond paragraph."
        ),
        "trailing-nbsp-ninjs.json": json.dumps({
            "uri": "urn:example:ferry", "versionCreated": "2026-11-29T10:00:00Z",
            "headlines": [{"role": "main", "value": "Ferry returns"}],
            "bodies": [{"role": "main", "contentType": "text/html", "value":
                        "<p>First paragraph ends in a no-break space.&nbsp;</p>"
                        "<p>Second paragraph.</p>"}],
        }),
        # -- plain text -------------------------------------------------------------------
        "latin1-cafe.txt": "Café reopens\n\nThe café on Mill Street reopened on Monday.\n".encode(
            "latin-1"
        ),
        "cp1251-cyrillic.txt": (
            "Паром вернулся\n\nПаром снова пересёк реку в понедельник утром.\n"
        ).encode("cp1251"),
        "random-bytes.txt": bytes(rng.randrange(1, 256) for _ in range(4000)),
        "binary-with-nul.txt": b"Ferry\x00\x00\x01\x02 returns\n" * 20,
        "trailing-nbsp.txt": (
            f"Ferry returns\n\nFirst paragraph ends in a no-break space.{NBSP}\n\n"
            "Second paragraph.\n"
        ),
        # -- mail -------------------------------------------------------------------------
        "mail-unknown-charset.eml": (
            b"From: Ann <ann@example.org>\nSubject: Cafe\nMessage-ID: <unknown-charset@x>\n"
            b'Content-Type: text/plain; charset="x-made-up"\n\n'
            + "The café on Mill Street opened in 1986, not 1968.\n".encode("latin-1")
        ),
        "mail-garbage-base64.eml": (
            b"From: Bo <bo@example.org>\nSubject: Ferry\nMessage-ID: <garbage-base64@x>\n"
            b'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
            + __import__("base64").encodebytes(bytes(rng.randrange(256) for _ in range(600)))
        ),
        "mail-empty.eml": b"",
        "mbox-from-in-body.mbox": (
            "From reader@example.org Mon Nov  9 08:14:22 2026\n"
            "From: Cy <cy@example.org>\nSubject: Ferry age\nMessage-ID: <from-in-body@x>\n\n"
            "Hello,\n\nFrom what I read, the article is wrong.\nThe ferry is 40 years old.\n\n"
        ),
        "mbox-escaped-from.mbox": (
            "From reader@example.org Mon Nov  9 08:14:22 2026\n"
            "From: Di <di@example.org>\nSubject: Ferry history\nMessage-ID: <escaped-from@x>\n\n"
            ">From the archive: the ferry first ran in 1986.\n\n"
        ),
    }  # fmt: skip
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
