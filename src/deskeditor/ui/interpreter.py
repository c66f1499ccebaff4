"""The interpreter's settings that keep typing smooth while workers run (issue 17:
the longest stall while typing in a 32,000-word report)."""

from __future__ import annotations

import gc
import sys


def keep_typing_smooth() -> None:
    """Two settings of the interpreter for the rest of the session, for the end of
    start-up (the checks controller calls it once the spelling dictionary is in,
    the last of what start-up loads); they hold for the whole process, so they are
    made once.

    - What is loaded by then (Qt's bindings, SQLAlchemy, the models, the checker:
      ~120,000 objects, all living as long as the app) is left out of Python's full
      garbage collections, which walked all of it every few hundred keystrokes:
      50–170 ms with the interpreter lock held, on whichever thread set it off, the
      longest stall while typing. Frozen, a full collection takes ~3 ms; what is
      made later (an article's caches) comes and goes and stays collectable.
    - Threads take turns quickly (switch_threads_quickly).
    """
    global _tuned
    if not _tuned:
        _tuned = True
        gc.freeze()
        switch_threads_quickly()


def switch_threads_quickly() -> None:
    """A thread waiting for the interpreter lock gets it within 1 ms, not 5: with a
    check, a render or the desk's opening running on a worker, each of the GUI
    thread's calls into Python in one turn of its loop (slots, paint and event
    overrides) waited up to 5 ms, 10–15 ms a turn in all; and each row SQLite hands
    back (it lets go of the lock for every step) waited as long again."""
    sys.setswitchinterval(0.001)


_tuned = False
