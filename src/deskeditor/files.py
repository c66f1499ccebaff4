"""Writing files safely, for every file Deskeditor writes (exports, the ledger, reply
mail, the house dictionary and style, check settings, backups, screenshots).

- Atomic: a file is written beside its target and moved into place in one step,
  so a failed or interrupted write leaves the earlier file as it was.
- Never over a database: a target that is an SQLite database (any, open or not) or
  one of the -wal/-shm/-journal files beside one is refused.
- Private where it should be: the data folder is 0700 and what is written there
  0600, since a shared workstation's other accounts must not read unpublished copy
  or readers' mail. A file that is replaced keeps its own permissions.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


class ProtectedFileError(OSError):
    """The target is a file no write may replace (a database); nothing was written."""


def refuse_database_files(target: Path) -> None:
    """Raise ProtectedFileError if ``target`` is an SQLite database, a -wal, -shm or
    -journal file beside one, or a WAL file by its content."""
    if _starts_with(target, (SQLITE_HEADER, *WAL_MAGIC)):
        raise ProtectedFileError(
            errno.EEXIST, f"{target} is a database file; write to another file"
        )
    for suffix in COMPANION_SUFFIXES:
        if target.name.endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if _starts_with(base, (SQLITE_HEADER,)):
                raise ProtectedFileError(
                    errno.EEXIST, f"{target} belongs to the database {base.name}; "
                    "write to another file",
                )  # fmt: skip


def replace_atomically(
    target: Path, write: Callable[[Path], object], private: bool = False
) -> Path:
    """Let ``write`` fill a file, then put it at ``target`` in one step (os.replace).

    The file is written under its own name in a fresh folder beside ``target`` (the
    same file system, so the move is atomic; and writers that record the file's
    name, like a PDF's title, see the real one). If anything fails, ``target`` is
    untouched and the folder is removed. A new file is 0600 when ``private``; a
    replaced one keeps its mode. Returns the resolved target.
    """
    target = target.expanduser().resolve()
    refuse_database_files(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        staged = staging / target.name
        write(staged)
        if not staged.is_file():
            raise OSError(errno.EIO, f"nothing was written for {target.name}")
        if target.exists():
            shutil.copymode(target, staged)
        elif private:
            staged.chmod(PRIVATE_FILE)
        os.replace(staged, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def write_text_atomically(target: Path, text: str, private: bool = False) -> Path:
    return replace_atomically(target, lambda path: path.write_text(text, "utf-8"), private)


def write_bytes_atomically(target: Path, data: bytes, private: bool = False) -> Path:
    return replace_atomically(target, lambda path: path.write_bytes(data), private)


def private_folder(path: Path) -> bool:
    """Make ``path`` (and missing parents) a folder only its owner can enter. True when
    an existing folder was open to others and has been closed."""
    if not path.exists():
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        path.chmod(PRIVATE_FOLDER)  # mkdir's mode is narrowed by the umask, never widened
        return False
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(stat.S_IMODE(path.stat().st_mode) & PRIVATE_FOLDER)
        return True
    return False


def _starts_with(path: Path, magics: tuple[bytes, ...]) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe would block the read
            return False
        with path.open("rb") as file:
            head = file.read(max(len(m) for m in magics))
    except OSError:  # missing, a folder, unreadable: not a database we could harm
        return False
    return any(head.startswith(m) for m in magics)


def close_to_others(folder: Path) -> list[Path]:
    """Make ``folder`` and everything in it private to this account (folders 0700,
    files 0600 at most). Returns what was open to others (empty: nothing changed)."""
    if not folder.is_dir():
        return []
    opened = []
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            path.chmod(mode & PRIVATE_FOLDER)
            opened.append(path)
    return opened


def private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 if it does not exist (what is written into it
    later keeps the mode: SQLite's -wal and -shm files take the database's)."""
    if not path.parent.exists():
        private_folder(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
