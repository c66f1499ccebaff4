"""Entry point of the frozen app: the same command line as ``deskeditor``.

On macOS the bundle carries its own Enchant (see deskeditor.spec) and pyenchant is
told where it is before it is imported; elsewhere pyenchant finds Enchant itself
(the wheel's on Windows, the system's on Linux)."""

import os
import sys
from pathlib import Path

# Where PyInstaller unpacked the bundle's binaries (this file runs frozen only).
_bundled_enchant = Path(getattr(sys, "_MEIPASS", ".")) / "enchant/lib/libenchant-2.dylib"
if _bundled_enchant.exists():
    os.environ.setdefault("PYENCHANT_LIBRARY_PATH", str(_bundled_enchant))

from deskeditor.cli import main  # noqa: E402 (after the environment is set)

sys.exit(main())
