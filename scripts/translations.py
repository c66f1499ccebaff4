#!/usr/bin/env python3
"""Plural forms for the window's English text: "1 error", "2 errors".

Qt counts with %n (``self.tr("%n error(s)", "", n)``) and chooses the form from a
translation; without one it shows "1 error(s)". This script collects every %n
message from the sources (pyside6-lupdate), writes the English forms into
resources/translations/deskeditor_en.ts ("(s)" and "(es)" give the singular and
the plural) and compiles it to deskeditor_en.qm (pyside6-lrelease), which the
app loads at start.

    scripts/translations.py           update the .ts and .qm
    scripts/translations.py --check   exit 1 when a %n message lacks its forms
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "deskeditor_en.ts"
QM = TS.with_suffix(".qm")
_OPTIONAL = re.compile(r"\((e?s)\)")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a %n message: "%n error(s)" → "%n error", "%n errors"."""
    return _OPTIONAL.sub("", source), _OPTIONAL.sub(r"\1", source)


def collected() -> str:
    """The .ts text for every %n message in the sources, English forms filled in."""
    sources = sorted(str(p) for p in (ROOT / "src" / "deskeditor").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "all.ts"
        update = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none"]
        subprocess.run([*update, "-ts", str(raw)], check=True, capture_output=True)
        tree = ElementTree.parse(raw)
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.clear()
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in english_forms(source):
                ElementTree.SubElement(translation, "numerusform").text = form
        if not context.findall("message"):
            root.remove(context)
    ElementTree.indent(tree)
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def compiled(ts: Path) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / "out.qm"
        release = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
        subprocess.run(release, check=True, capture_output=True)
        return qm.read_bytes()


def main(argv: list[str]) -> int:
    text = collected()
    if "--check" in argv:
        current = TS.exists() and TS.read_text(encoding="utf-8") == text
        if not current or not QM.exists() or QM.read_bytes() != compiled(TS):
            print("translations: plural forms are out of date; run scripts/translations.py")
            return 1
        return 0
    TS.write_text(text, encoding="utf-8")
    QM.write_bytes(compiled(TS))
    print(f"translations: wrote {TS.relative_to(ROOT)} and {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
