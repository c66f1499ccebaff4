"""The window paints before the heavy libraries load (the start-up budget)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "sqlalchemy",
    "alembic",
    "markdown",
    "nh3",
    "enchant",
    "docx",
    "yaml",
    "email.parser",
    "deskeditor.formats.registry",
    "deskeditor.storage.models",
    # the commands' own modules: a plain start of the window parses without them
    "deskeditor.cli.transfer",
    "deskeditor.cli.article",
    "deskeditor.cli.inbox",
    "deskeditor.cli.desk",
)
# `deskeditor` as a copy editor starts it: the command line parsed, then the window's code.
PROBE = """
import sys
from deskeditor.cli import parse
args = parse(["--db", "desk.sqlite"])
assert args.handler.__name__ == "run_gui"
import deskeditor.app
print(" ".join(m for m in sys.argv[1:] if m in sys.modules))
"""


def test_the_first_screen_imports_nothing_heavy() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", PROBE, *HEAVY], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""
