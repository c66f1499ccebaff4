"""Before Qt opens a window: are the system libraries its platform plugin needs
installed? Without them Qt prints a paragraph about plugins and aborts (its
text even names libxcb-cursor0 when another library is the one missing); a copy
editor needs one line naming the packages to install.

Linux only: the dynamic loader (``ldd``) says which shared libraries a plugin
cannot find, and each library's Debian/Ubuntu package follows from its name.
Asking it costs ~20 ms, so a passed check is remembered in the user's cache
folder until the plugin or the loader's cache (/etc/ld.so.cache, rewritten
whenever a package installs or removes a library) changes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# Libraries whose package name does not follow the usual rule (see package_for).
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
LOADER_CACHE = Path("/etc/ld.so.cache")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


class QtRuntimeMissingError(OSError):
    """A system library Qt needs is not installed; the message says which package."""


def package_for(library: str) -> str:
    """The Debian/Ubuntu package that ships a shared library, from its soname:
    libxcb-icccm.so.4 → libxcb-icccm4, libxkbcommon-x11.so.0 → libxkbcommon-x11-0
    (Debian policy: a hyphen when the name ends in a digit)."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    name, _, version = library.partition(".so")
    version = version.lstrip(".").split(".")[0]
    joiner = "-" if name[-1:].isdigit() and version else ""
    return f"{name}{joiner}{version}".lower()


def missing_libraries(binary: Path) -> list[str]:
    """Shared libraries ``binary`` needs that the dynamic loader cannot find
    (empty when ``ldd`` is not there to ask)."""
    ldd = shutil.which("ldd")
    if ldd is None or not binary.is_file():
        return []
    try:
        done = subprocess.run(
            [ldd, str(binary)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))


def platforms_to_try(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in its order (QT_QPA_PLATFORM, else xcb, or
    wayland then xcb in a Wayland session)."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [p.split(":")[0] for p in chosen.split(";") if p]
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def platform_problem(plugins: Path, platforms: Sequence[str]) -> str | None:
    """Why none of ``platforms`` can load from the ``plugins`` folder, or None when
    one can (or when there is no way to tell)."""
    missing: list[str] = []
    for platform in platforms:
        plugin = plugins / "platforms" / f"libq{platform}.so"
        if not plugin.is_file():
            return None  # not ours to judge: Qt explains an unknown platform itself
        lacking = missing_libraries(plugin)
        if not lacking:
            return None
        missing += [name for name in lacking if name not in missing]
    return describe(missing, "open a window")


def describe(libraries: Sequence[str], purpose: str) -> str:
    """One line: what is missing and what to install."""
    own = [name for name in libraries if name.startswith("libQt6")]
    if own:
        return (
            f"cannot {purpose}: Deskeditor's own Qt files are incomplete "
            f"({', '.join(own)} missing); reinstall Deskeditor"
        )
    packages = " ".join(dict.fromkeys(package_for(name) for name in libraries))
    install = (
        f"install them with: sudo apt-get install {packages}"
        if shutil.which("apt-get")
        else f"install the packages that provide them ({packages} on Debian and Ubuntu)"
    )
    return (
        f"cannot {purpose}: Qt needs the system libraries {', '.join(libraries)}, "
        f"which are not installed; {install}"
    )


def check_qt_runtime(environ: Mapping[str, str] | None = None) -> None:
    """Raise QtRuntimeMissingError, naming the packages to install, when Qt could not
    start here; return quietly when it can (or on systems this cannot judge)."""
    environ = os.environ if environ is None else environ
    try:
        import PySide6.QtCore  # its own libraries first
    except ImportError as error:
        raise _import_problem(error) from None
    if sys.platform.startswith("linux"):
        plugins, platforms = plugins_folder(), platforms_to_try(environ)
        remembered = PassedCheck(plugins, platforms, environ)
        if not remembered.holds():
            problem = platform_problem(plugins, platforms)
            if problem is not None:
                raise QtRuntimeMissingError(problem)
            remembered.keep()
    try:
        import PySide6.QtWidgets  # noqa: F401  (the libraries QtGui itself links to)
    except ImportError as error:
        raise _import_problem(error) from None


class PassedCheck:
    """A platform check that passed, remembered until what it depends on changes: the
    plugins' files, the loader's cache and LD_LIBRARY_PATH."""

    def __init__(self, plugins: Path, platforms: Sequence[str], environ: Mapping[str, str]):
        cache = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        self.file = Path(cache) / "deskeditor" / "qt-runtime-checked"
        self.stamp = _stamp(
            [plugins / "platforms" / f"libq{p}.so" for p in platforms],
            environ.get("LD_LIBRARY_PATH", ""),
        )

    def holds(self) -> bool:
        try:
            return self.stamp is not None and self.file.read_text(encoding="utf-8") == self.stamp
        except OSError:
            return False

    def keep(self) -> None:
        if self.stamp is None:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            self.file.write_text(self.stamp, encoding="utf-8")
        except OSError:  # a read-only home: check again next time
            pass


def _stamp(plugins: Sequence[Path], library_path: str) -> str | None:
    """What a passed check depended on, as one line (None: cannot tell, never remember)."""
    parts = [library_path]
    for file in (*plugins, LOADER_CACHE):
        try:
            status = file.stat()
        except OSError:
            return None
        parts.append(f"{file}:{status.st_size}:{status.st_mtime_ns}")
    return "|".join(parts)


def plugins_folder() -> Path:
    """Where Qt looks for its plugins."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def _import_problem(error: ImportError) -> Exception:
    found = _CANNOT_OPEN.search(str(error))
    if found is None:
        return error
    return QtRuntimeMissingError(describe([found.group(1)], "start Qt"))
