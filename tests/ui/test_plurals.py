"""Counts read as English: "1 error", "2 errors", never "1 errors" or "1 error(s)"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from deskeditor.app import DeskeditorApp
from deskeditor.domain.checks.findings import Finding, Severity

ROOT = Path(__file__).resolve().parents[2]
# A tr() whose text counts something with "(s)" but leaves the choice to nobody.
_UNCOUNTED = re.compile(r"""tr\(\s*"([^"]*\((?:e?s)\)[^"]*)\"""")


def test_every_counted_message_has_its_english_forms() -> None:
    """scripts/translations.py --check: each %n message in the code is in the
    shipped English translation, compiled (run the script after adding one)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_count_is_left_to_an_s_in_brackets() -> None:
    offenders = []
    for path in (ROOT / "src" / "deskeditor").rglob("*.py"):
        for text in _UNCOUNTED.findall(path.read_text(encoding="utf-8")):
            if "%n" not in text and "%Ln" not in text:
                offenders.append(f"{path.name}: {text}")
    assert offenders == []


def finding(severity: Severity) -> Finding:
    return Finding("rule", severity, "message", "body", 0, 1)


def test_the_checks_summary_counts_in_words(qtbot: QtBot, desk: DeskeditorApp) -> None:
    panel = desk.editor.checks
    panel.show_findings([finding(Severity.ERROR), finding(Severity.SUGGESTION)], ["a", "b"])
    assert panel.summary.text() == "1 error · 0 warnings · 1 suggestion"
    panel.show_findings([finding(Severity.ERROR)] * 2 + [finding(Severity.WARNING)], ["a"] * 3)
    assert panel.summary.text() == "2 errors · 1 warning · 0 suggestions"


def test_one_word_is_one_word(qtbot: QtBot, desk: DeskeditorApp) -> None:
    desk.editor.body.setPlainText("Alone")
    qtbot.waitUntil(lambda: desk.window.words_label.text() == "1 word", timeout=3000)
    translate = QCoreApplication.translate
    assert translate("ChecksPanel", "%n error(s)", "", 1) == "1 error"
