"""Big mailboxes for tests and benches: the demo desk's reader messages, repeated."""

from __future__ import annotations

from pathlib import Path

from deskeditor.resources import resource_path


def write_mbox(path: Path, count: int) -> None:
    """``count`` reader messages (the demo desk's, each with its own Message-ID)."""
    samples = sorted(resource_path("demo", "mail").glob("*.eml"))
    raws = [p.read_bytes().replace(b"\r\n", b"\n") for p in samples]
    with path.open("wb") as out:
        for n in range(count):
            raw = raws[n % len(raws)].replace(b"Message-ID: <", f"Message-ID: <{n}.".encode(), 1)
            out.write(b"From reader@example.org Mon Nov  9 08:14:22 2026\n")
            out.write(raw.rstrip(b"\n") + b"\n\n")
