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


def close_data_folder() -> str | None:
    """Make the data folder private to this account if it was open to others (a
    shared workstation's other users could read unpublished stories and readers'
    mail); the sentence to tell the user, once, when something changed."""
    from deskeditor.files import close_to_others

    folder = data_dir()
    opened = close_to_others(folder)
    if not opened:
        return None
    return (
        f"the data folder {folder} could be read by other accounts on this computer; "
        f"it is now private to you ({len(opened)} file(s) and folder(s) closed)"
    )
