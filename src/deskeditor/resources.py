"""One way to find bundled resources: in a checkout, a wheel or a frozen app.

A wheel and the PyInstaller bundle carry the top-level ``resources/`` folder as
``deskeditor/resources``; an editable checkout reads it in place.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent  # the frozen app sets __file__ in its folder
_CHECKOUT_RESOURCES = _PACKAGE.parents[1] / "resources"


@cache
def resource_root() -> Path:
    """Looked up once (importlib.resources cost ~15 ms a call at start-up)."""
    packaged = _PACKAGE / "resources"
    return packaged if packaged.is_dir() else _CHECKOUT_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("demo", "articles.json")``."""
    return resource_root().joinpath(*parts)
