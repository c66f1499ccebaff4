"""Copy and mail arriving by themselves, beside their file-based baselines in the
same run:

- IMAP: fetch and import of N messages from a Dovecot on 127.0.0.1 (started
  here, as the tests do) beside the same messages imported from an mbox file;
  goal >= 0.8x the mbox rate.
- ninjs: import of 1,000 ninjs files beside 1,000 plain-text files of the same
  stories, articles per second.

    .venv/bin/python bench/intake.py [--messages 10000] [--files 1000]   (0: leave it out)
"""

from __future__ import annotations

import argparse
import mailbox
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.inbox import SAMPLES

from deskeditor.domain.article import Article
from deskeditor.domain.mail_account import MailAccount
from deskeditor.formats.ninjs import write_ninjs
from deskeditor.formats.text import write_text
from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.imap_intake import ImapIntake
from deskeditor.services.importing import import_files
from deskeditor.services.inbox import InboxService
from deskeditor.storage.database import open_database


def messages(count: int) -> list[bytes]:
    samples = [p.read_bytes() for p in SAMPLES]
    out = []
    for n in range(count):
        raw = samples[n % len(samples)]
        raw = raw.replace(b"Message-ID: <", f"Message-ID: <{n}.".encode(), 1)
        if b"Message-ID:" not in raw:
            raw = f"Message-ID: <{n}@bench.example>\n".encode() + raw
        out.append(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    return out


def desk(path: Path) -> tuple[object, InboxService]:
    database = open_database(path)
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    return database, InboxService(database.unit_of_work, ArticleService(database.unit_of_work))


def bench_imap(work: Path, count: int) -> None:
    import pytest
    from tests.mailserver import PASSWORD, USER, dovecot

    raws = messages(count)
    box = mailbox.mbox(str(work / "mail.mbox"))
    for raw in raws:
        box.add(raw)
    box.flush()
    server_gen = dovecot.__wrapped__()  # type: ignore[attr-defined]
    server = next(server_gen)
    try:
        with server.client() as client:
            for start in range(0, count, 500):
                client.multiappend("INBOX", raws[start : start + 500])
        database, inbox = desk(work / "mbox.sqlite")
        started = time.perf_counter()
        outcomes = inbox.import_sources([work / "mail.mbox"])
        mbox_rate = len(outcomes) / (time.perf_counter() - started)
        database.close()  # type: ignore[attr-defined]
        database, inbox = desk(work / "imap.sqlite")
        account = MailAccount(USER, "127.0.0.1", server.port, "INBOX", tls=False)
        intake = ImapIntake(
            database.unit_of_work,  # type: ignore[attr-defined]
            inbox,
            account,
            lambda _: PASSWORD,
            ssl_context=server.tls_context(),
        )
        started = time.perf_counter()
        report = intake.fetch()
        imap_rate = len(report.outcomes) / (time.perf_counter() - started)
        database.close()  # type: ignore[attr-defined]
        assert report.error is None and len(report.outcomes) == count, report.error
    finally:
        with pytest.raises(StopIteration):
            next(server_gen)
    print(f"Mail, {count:,} messages:")
    print(f"  {'mbox file import (baseline)':<40} {mbox_rate:8,.0f} messages/s")
    print(
        f"  {'IMAP fetch + import (loopback Dovecot)':<40} {imap_rate:8,.0f} messages/s   "
        f"ratio {imap_rate / mbox_rate:4.2f}x   goal >= 0.8x"
    )


def bench_ninjs(work: Path, count: int) -> None:
    ninjs_dir, text_dir = work / "ninjs", work / "text"
    ninjs_dir.mkdir()
    text_dir.mkdir()
    body = "\n\n".join(
        f"Paragraph {p}: the council met on Monday and voted on the ferry budget."
        for p in range(12)
    )
    for n in range(count):
        article = Article(headline=f"Story {n}", byline="By Clara Hemming", body=body)
        (ninjs_dir / f"{n}.json").write_text(write_ninjs(article), encoding="utf-8")
        (text_dir / f"{n}.txt").write_text(write_text(article), encoding="utf-8")
    rates = {}
    for name, folder in (("plain text", text_dir), ("ninjs", ninjs_dir)):
        database = open_database(work / f"{name}.sqlite")
        started = time.perf_counter()
        outcomes = import_files([folder], ArticleService(database.unit_of_work))
        rates[name] = len(outcomes) / (time.perf_counter() - started)
        database.close()
        assert all(o.ok for o in outcomes)
    print(f"Files, {count:,} articles:")
    print(f"  {'plain-text import (baseline)':<40} {rates['plain text']:8,.0f} articles/s")
    print(
        f"  {'ninjs 3.1 import':<40} {rates['ninjs']:8,.0f} articles/s   "
        f"ratio {rates['ninjs'] / rates['plain text']:4.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=1_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="deskeditor-intake-"))
    if args.files:
        bench_ninjs(work, args.files)
    if args.messages:
        bench_imap(work, args.messages)


if __name__ == "__main__":
    main()
