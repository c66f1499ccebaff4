"""Where Deskeditor keeps its data: the platform's data folder unless told otherwise."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Deskeditor"
APP_AUTHOR = "Deskeditor"
APP_ID = "org.deskeditor.Deskeditor"
DB_ENV = "DESKEDITOR_DB"
DB_FILENAME = "deskeditor.sqlite"


def data_dir() -> Path:
    """The per-user data folder (created by whoever writes into it)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """``--db`` wins, then ``DESKEDITOR_DB``, then the platform data folder."""
    chosen = cli_value or environ.get(DB_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return data_dir() / DB_FILENAME
