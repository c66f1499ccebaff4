"""The window paints before the heavy libraries load (the start-up budget)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "markdown", "nh3", "spellchecker", "docx", "yaml")


def test_the_first_screen_imports_nothing_heavy() -> None:
    probe = "import sys, deskeditor.app; print(' '.join(m for m in %r if m in sys.modules))" % (
        HEAVY,
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""
