"""Started where a system library Qt needs is missing, Deskeditor says in one line
which package to install instead of letting Qt abort with its plugin paragraph."""

from __future__ import annotations

import platform
import struct
import sys
from pathlib import Path

import pytest

from deskeditor.cli import main
from deskeditor.ui import qt_runtime
from deskeditor.ui.qt_runtime import QtRuntimeMissingError, package_for, platform_problem

MACHINES = {"x86_64": 62, "aarch64": 183}
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.machine() not in MACHINES,
    reason="the loader check reads Linux ELF plugins",
)


def fake_plugin(path: Path, needed: list[str]) -> Path:
    """A minimal ELF shared object that needs ``needed``: a stand-in for Qt's xcb
    plugin on a machine that lacks some of its libraries (nothing is uninstalled)."""
    strtab = b"\0" + b"".join(name.encode() + b"\0" for name in needed)
    offsets, at = [], 1
    for name in needed:
        offsets.append(at)
        at += len(name) + 1
    strtab_at = 64 + 2 * 56
    symtab_at = (strtab_at + len(strtab) + 7) & ~7
    dynamic_at = symtab_at + 24
    entries = [(1, o) for o in offsets] + [(5, strtab_at), (6, symtab_at), (10, len(strtab))]
    entries += [(11, 24), (0, 0)]
    dynamic = b"".join(struct.pack("<qQ", tag, value) for tag, value in entries)
    size = dynamic_at + len(dynamic)
    header = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    header += struct.pack(
        "<HHIQQQIHHHHHH", 3, MACHINES[platform.machine()], 1, 0, 64, 0, 0, 64, 56, 2, 64, 0, 0
    )
    load = struct.pack("<IIQQQQQQ", 1, 6, 0, 0, 0, size, size, 0x1000)
    at, length = dynamic_at, len(dynamic)
    dyn = struct.pack("<IIQQQQQQ", 2, 6, at, at, at, length, length, 8)
    data = header + load + dyn + strtab
    data += bytes(symtab_at - len(data)) + bytes(24) + dynamic
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_package_names_follow_the_library_names() -> None:
    assert package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libdbus-1.so.3") == "libdbus-1-3"
    assert package_for("libEGL.so.1") == "libegl1"
    assert package_for("libglib-2.0.so.0") == "libglib2.0-0"


@linux_only
def test_a_plugin_missing_libraries_names_the_packages(tmp_path: Path) -> None:
    fake_plugin(
        tmp_path / "platforms" / "libqxcb.so",
        ["libc.so.6", "libxcb-cursor-test-absent.so.0", "libxcb-keysyms-test-absent.so.1"],
    )
    problem = platform_problem(tmp_path, ["xcb"])
    assert problem is not None
    assert "\n" not in problem
    assert "libxcb-cursor-test-absent0 libxcb-keysyms-test-absent1" in problem
    assert "libc.so.6" not in problem


@linux_only
def test_a_plugin_with_everything_it_needs_passes(tmp_path: Path) -> None:
    fake_plugin(tmp_path / "platforms" / "libqxcb.so", ["libc.so.6"])
    assert platform_problem(tmp_path, ["xcb"]) is None


@linux_only
def test_one_loadable_platform_is_enough(tmp_path: Path) -> None:
    fake_plugin(tmp_path / "platforms" / "libqwayland.so", ["libabsent-for-test.so.2"])
    fake_plugin(tmp_path / "platforms" / "libqxcb.so", ["libc.so.6"])
    assert platform_problem(tmp_path, ["wayland", "xcb"]) is None
    assert platform_problem(tmp_path, ["wayland"]) is not None


def test_the_platforms_qt_will_try() -> None:
    assert qt_runtime.platforms_to_try({}) == ["xcb"]
    assert qt_runtime.platforms_to_try({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    session = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert qt_runtime.platforms_to_try(session) == ["wayland", "xcb"]


@linux_only
def test_the_command_ends_in_one_line_naming_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`deskeditor` on a display whose Qt plugin lacks a library: exit 1, one line."""
    fake_plugin(tmp_path / "platforms" / "libqxcb.so", ["libxcb-cursor-test-absent.so.0"])
    monkeypatch.setattr(qt_runtime, "plugins_folder", lambda: tmp_path)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    assert main(["--db", str(tmp_path / "desk.sqlite")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith("deskeditor: cannot open a window")
    assert "libxcb-cursor-test-absent0" in err
    assert not (tmp_path / "desk.sqlite").exists()


def test_a_missing_library_behind_an_import_is_named() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    problem = qt_runtime._import_problem(error)
    assert isinstance(problem, QtRuntimeMissingError)
    assert "libegl1" in str(problem)


@linux_only
def test_a_passed_check_is_remembered_until_the_plugin_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking the loader costs ~20 ms a start: once it passed, it is not asked again
    until the plugin (or the loader's cache) changes, and then a problem shows."""
    import os

    plugin = fake_plugin(tmp_path / "plugins" / "platforms" / "libqxcb.so", ["libc.so.6"])
    monkeypatch.setattr(qt_runtime, "plugins_folder", lambda: tmp_path / "plugins")
    environ = {"QT_QPA_PLATFORM": "xcb", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    qt_runtime.check_qt_runtime(environ)
    assert (tmp_path / "cache" / "deskeditor" / "qt-runtime-checked").is_file()

    # The same size and time, now needing an absent library: the remembered pass holds
    # (proof that the loader is not asked again)…
    stamp = plugin.stat()
    fake_plugin(plugin, ["libq.so.9"])
    os.utime(plugin, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    qt_runtime.check_qt_runtime(environ)
    # …and once the plugin changes, the loader is asked and the package is named.
    fake_plugin(plugin, ["libxcb-cursor-test-absent.so.0"])
    with pytest.raises(QtRuntimeMissingError, match="libxcb-cursor-test-absent0"):
        qt_runtime.check_qt_runtime(environ)
