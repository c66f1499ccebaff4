"""Test set-up shared by every test: headless Qt and private data folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # Qt and SQLAlchemy load in the fixtures, after the environment is set
    from PySide6.QtCore import QSettings

    from deskeditor.services.articles import ArticleService
    from deskeditor.storage.database import Database

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_configure(config: pytest.Config) -> None:
    """Compile the window's translations when a checkout has none yet (scripts/setup
    does it too); once, before the test processes start."""
    if hasattr(config, "workerinput"):
        return
    import subprocess
    import sys

    root = Path(__file__).parent
    sources = list((root / "resources" / "translations").glob("*.ts"))
    if any(not ts.with_suffix(".qm").exists() for ts in sources):
        script = root / "scripts" / "translations.py"
        subprocess.run([sys.executable, str(script), "--compile"], check=True)


# The real servers tests talk to (Dovecot, PostgreSQL), as fixtures.
pytest_plugins = ["tests.mailserver", "tests.oauthserver", "tests.pgserver"]


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep settings and data of every test away from the developer's own."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("DESKEDITOR_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail the test instead.
    Tests that expect a dialog patch its ``ask`` classmethod or ``messages``."""

    def refuse(dialog: object, *args: object) -> int:
        title = dialog.windowTitle() if hasattr(dialog, "windowTitle") else dialog
        text = dialog.text() if hasattr(dialog, "text") else ""
        pytest.fail(f"unexpected modal dialog: {title}: {text}")

    from PySide6.QtWidgets import QDialog, QMessageBox

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    from deskeditor.storage.database import open_database

    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def articles(database: Database) -> ArticleService:
    from deskeditor.services.articles import ArticleService

    return ArticleService(database.unit_of_work, author="Tester")
