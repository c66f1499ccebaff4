"""The corrections inbox reading a 10,000-message mbox: messages per second for our
import (parse, match, thread, store) beside the bare standard-library parse of
the same file (email.policy.default with get_body/get_content), in the same run.

    .venv/bin/python bench/inbox.py [--messages 10000]
"""

from __future__ import annotations

import argparse
import email
import mailbox
import random
import tempfile
import time
from email import policy
from pathlib import Path

from deskeditor.resources import resource_path
from deskeditor.services.articles import ArticleService
from deskeditor.services.demo import seed_demo
from deskeditor.services.inbox import InboxService
from deskeditor.storage.database import open_database

SAMPLES = sorted(resource_path("demo", "mail").glob("*.eml"))


def build_mbox(path: Path, count: int) -> None:
    rng = random.Random(3)
    samples = [p.read_bytes() for p in SAMPLES]
    box = mailbox.mbox(str(path))
    box.lock()
    for n in range(count):
        raw = rng.choice(samples)
        raw = raw.replace(b"Message-ID: <", f"Message-ID: <{n}.".encode(), 1)
        if b"Message-ID:" not in raw:
            raw = f"Message-ID: <{n}@bench.example>\n".encode() + raw
        box.add(raw)
    box.flush()
    box.unlock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="deskeditor-inbox-"))
    mbox = work / "corrections.mbox"
    build_mbox(mbox, args.messages)
    box = mailbox.mbox(str(mbox))
    keys = list(box.iterkeys())

    start = time.perf_counter()
    for key in keys:
        message = email.message_from_bytes(box.get_bytes(key), policy=policy.default)
        body = message.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
        if body is not None:
            body.get_content()
    bare = time.perf_counter() - start

    database = open_database(work / "desk.sqlite")
    seed_demo(database.unit_of_work, resource_path("demo", "articles.json"))
    inbox = InboxService(database.unit_of_work, ArticleService(database.unit_of_work))
    start = time.perf_counter()
    outcomes = inbox.import_sources([mbox])
    ours = time.perf_counter() - start
    again_start = time.perf_counter()
    inbox.import_sources([mbox])
    again = time.perf_counter() - again_start
    database.close()
    n = len(keys)
    assert len(outcomes) == n
    print(f"Reading a {n:,}-message mbox ({mbox.stat().st_size / 1e6:.1f} MB):")
    print(f"  {'bare stdlib parse (baseline)':<40} {n / bare:8,.0f} messages/s")
    print(
        f"  {'inbox import: parse, match, store':<40} {n / ours:8,.0f} messages/s   "
        f"ratio {bare / ours:4.2f}x of the baseline's rate   target >= 0.7x"
    )
    print(f"  {'the same mbox again (all duplicates)':<40} {n / again:8,.0f} messages/s")


if __name__ == "__main__":
    main()
