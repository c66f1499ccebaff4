"""One way to find bundled resources: in a checkout, a wheel or a frozen app.

A wheel and the PyInstaller bundle carry the top-level ``resources/`` folder as
``deskeditor/resources``; an editable checkout reads it in place.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource_root() -> Path:
    packaged = Path(str(files("deskeditor"))) / "resources"
    return packaged if packaged.is_dir() else _CHECKOUT_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("demo", "articles.json")``."""
    return resource_root().joinpath(*parts)
