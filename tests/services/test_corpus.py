"""The checks over 52 edited news texts (tests/data/corpus): every finding is one a
copy editor has judged (bench/precision-verdicts.json), so a rule that starts to
cry wolf on real copy fails here, and every finding judged right is still made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_every_finding_on_real_copy_has_been_judged_and_the_right_ones_stay() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "precision.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
