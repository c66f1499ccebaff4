"""files.py: atomic replacement, the refusal to write over a database, private modes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskeditor.files import (
    ProtectedFileError,
    private_folder,
    replace_atomically,
    write_text_atomically,
)
from deskeditor.storage.database import Database


def intact(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_failed_write_leaves_the_earlier_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "corrections.csv"
    target.write_text("the earlier ledger")

    def fail_halfway(path: Path) -> None:
        path.write_text("half a led")
        raise OSError("the disk is full")

    with pytest.raises(OSError, match="disk is full"):
        replace_atomically(target, fail_halfway)
    assert target.read_text() == "the earlier ledger"
    assert list(tmp_path.iterdir()) == [target]


def test_a_replaced_file_keeps_its_mode_and_a_new_private_one_is_0600(tmp_path: Path) -> None:
    shared = tmp_path / "shared.csv"
    shared.write_text("old")
    shared.chmod(0o644)
    write_text_atomically(shared, "new")
    assert (shared.read_text(), shared.stat().st_mode & 0o777) == ("new", 0o644)
    secret = write_text_atomically(tmp_path / "secret.eml", "reader mail", private=True)
    assert secret.stat().st_mode & 0o777 == 0o600


def test_writing_over_a_database_file_or_its_companions_is_refused(
    tmp_path: Path, database: Database
) -> None:
    for target in database.files():
        with pytest.raises(ProtectedFileError):
            write_text_atomically(target, "oops")
    link = tmp_path / "link.txt"
    link.symlink_to(database.path)
    with pytest.raises(ProtectedFileError):
        write_text_atomically(link, "oops")
    intact(database.path)


def test_a_private_folder_is_made_0700_and_an_open_one_is_closed(tmp_path: Path) -> None:
    new = tmp_path / "new" / "Deskeditor"
    assert private_folder(new) is False
    assert new.stat().st_mode & 0o777 == 0o700
    open_one = tmp_path / "open"
    open_one.mkdir(mode=0o755)
    open_one.chmod(0o755)
    assert private_folder(open_one) is True
    assert open_one.stat().st_mode & 0o777 == 0o700
    assert private_folder(open_one) is False  # said once
