"""A cheaper answer to PySide6's question about every module imported after it.

Once PySide6 is loaded, its ``__feature__`` import hook asks of each newly
imported module whether it uses PySide6, by reading the module's source with
``inspect.getsource`` and looking for the word. Start-up imports some 400
modules after Qt (SQLAlchemy alone is ~260), and the inspect route costs
~10% of their import time. The same question answered from the file's bytes
gives the same answer at a fraction of the cost.

Only the way the answer is found changes, never the answer; where PySide6 no
longer has the hook (another version), nothing is done.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_deskeditor_reads_bytes"


def lighten_feature_hook() -> bool:
    """Answer PySide6's "does this module use PySide6?" from the file's bytes;
    True when the hook was found and lightened (or already was)."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        source = getattr(module, "__file__", None)
        if isinstance(source, str) and source.endswith(".py"):
            try:
                with open(source, "rb") as file:
                    return b"PySide6" in file.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    # Loading PySide6 asked it of every module imported before: their sources
    # stay in linecache (~3 MB, ~260 files). Dropped now, before the app's own
    # imports, that memory is reused; a traceback reads its lines again.
    linecache.clearcache()
    return True
