"""Run by test_crash_recovery in a subprocess: the real app on a database, typing
numbered words into the open article's body until it is killed.

    python typing_driver.py DB SETTINGS.ini [ARTICLE_ID]
Prints "typed N" after the Nth word, flushed, so the test knows what was typed when,
and "saving" / "saved N" (the last word stored) as autosave starts and lands.
With ARTICLE_ID it types into that article (bench/soak.py: imports running beside
it make "the newest article" a moving target).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from deskeditor.app import AppOptions, DeskeditorApp

WORD_INTERVAL_MS = 20


def main() -> None:
    database, settings = Path(sys.argv[1]), sys.argv[2]
    app = DeskeditorApp(
        AppOptions(database=database), QSettings(settings, QSettings.Format.IniFormat)
    )
    app.window.show()
    if not app.open_database():
        sys.exit(1)
    if len(sys.argv) > 3 and app.editing is not None:
        app.editing.open_article(int(sys.argv[3]))
    assert app.article is not None

    def on_state(state: str, _detail: str) -> None:
        if state == "Saving…":
            print("saving", flush=True)

    def on_saved(stored: object) -> None:
        words = re.findall(r"w(\d+)", getattr(stored, "body", ""))
        print(f"saved {words[-1] if words else 0}", flush=True)

    app.article.state_changed.connect(on_state)
    app.article.saved.connect(on_saved)
    body = app.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    count = 0

    def type_word() -> None:
        nonlocal count
        count += 1
        QTest.keyClicks(body, f" w{count}")
        print(f"typed {count}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(WORD_INTERVAL_MS)
    app.qt.exec()


if __name__ == "__main__":
    main()
