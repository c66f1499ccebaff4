"""PySide6's import hook, lightened: the same answer about each module, found cheaply."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the hook being lightened)
import pytest

from deskeditor.ui.import_hook import lighten_feature_hook


def test_modules_are_told_apart_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    asked: list[str] = []
    inspect_route = feature._mod_uses_pyside

    def by_inspect(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return bool(inspect_route(module))

    monkeypatch.setattr(feature, "_mod_uses_pyside", by_inspect)
    (tmp_path / "hook_probe_qt.py").write_text("import PySide6.QtCore\nVALUE = 1\n")
    (tmp_path / "hook_probe_plain.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    probes = [importlib.import_module(n) for n in ("hook_probe_qt", "hook_probe_plain")]
    expected = [inspect_route(m) for m in probes]
    assert expected == [True, False]
    assert lighten_feature_hook()
    assert lighten_feature_hook()  # twice is once
    asked.clear()
    assert [feature._mod_uses_pyside(m) for m in probes] == expected
    assert asked == []  # neither source went through inspect
    assert feature._mod_uses_pyside(sys) is False  # built in: asked the old way
    assert asked == ["sys"]
    for name in ("hook_probe_qt", "hook_probe_plain"):
        sys.modules.pop(name, None)
