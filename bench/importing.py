"""Importing a folder of 1,000 plain-text wire stories: articles per second for a
dry run (read and parse) and for a real import into a fresh database, beside
reading the same files raw in the same run.

    .venv/bin/python bench/importing.py [--files 1000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from deskeditor.services.articles import ArticleService
from deskeditor.services.importing import import_files
from deskeditor.storage.database import open_database

SENTENCES = [
    "The council voted 4-3 on Tuesday to close three blocks of Market Street to cars.",
    "“People do not walk six blocks carrying a lawnmower,” said Glen Paterson.",
    "Officials said repairs would take a week and cost about $2 million.",
    "Residents can comment on the proposal at the meeting or by email before Friday.",
]


def write_folder(folder: Path, count: int) -> None:
    rng = random.Random(11)
    for n in range(count):
        paragraphs = [
            " ".join(rng.choices(SENTENCES, k=rng.randint(2, 5))) for _ in range(rng.randint(6, 20))
        ]
        text = (
            f"{rng.choice(['Local', 'Politics', 'Business'])} /\n\n"
            f"Story number {n} about the council\n\n"
            f"A short dek for story {n}\n\nBy A Reporter\n\nMILLBROOK — "
            + "\n\n".join(paragraphs)
            + "\n\n*For corrections please email corrections@example.com*\n"
        )
        (folder / f"story-{n:04}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="deskeditor-import-"))
    folder = work / "copy"
    folder.mkdir()
    write_folder(folder, args.files)

    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        path.read_bytes().decode("utf-8")
    raw = time.perf_counter() - start

    start = time.perf_counter()
    dry = import_files([folder], None)
    parsed = time.perf_counter() - start

    database = open_database(work / "desk.sqlite")
    start = time.perf_counter()
    stored = import_files([folder], ArticleService(database.unit_of_work))
    imported = time.perf_counter() - start
    database.close()

    n = args.files
    assert all(o.ok for o in dry) and all(o.ok for o in stored)
    print(f"Importing {n:,} plain-text stories:")
    print(f"  {'read the files raw (baseline)':<36} {n / raw:9,.0f} files/s")
    print(f"  {'dry run: read and parse':<36} {n / parsed:9,.0f} articles/s")
    print(f"  {'import into a fresh database':<36} {n / imported:9,.0f} articles/s")


if __name__ == "__main__":
    main()
