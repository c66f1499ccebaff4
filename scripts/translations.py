#!/usr/bin/env python3
"""The window's translations: resources/translations/deskeditor_<language>.ts.

pyside6-lupdate collects every marked string from the sources (``self.tr("…")``,
``QCoreApplication.translate("Context", "…")``, ``QT_TRANSLATE_NOOP("Context",
"…")``); this script keeps the .ts files in step with them and compiles them with
pyside6-lrelease (both come with PySide6-Essentials).

- deskeditor_en.ts holds English plural forms only: Qt counts with %n
  (``self.tr("%n error(s)", "", n)``) and takes even English forms from a
  translation; "(s)" and "(es)" give the singular and the plural.
- Every other .ts (deskeditor_de.ts, …) is a full translation. New strings arrive
  unfinished and --check fails until they are translated; strings gone from the
  sources are dropped.

    scripts/translations.py              update the .ts files from the sources
    scripts/translations.py --check      exit 1 when a .ts is out of date or unfinished
    scripts/translations.py --compile    write the .qm files (the build and setup run it)
    scripts/translations.py --pseudo DIR write DIR/deskeditor_eo.qm, every string
                                         accented and lengthened (tests/ui/test_pseudo_locale.py)
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
FOLDER = ROOT / "resources" / "translations"
ENGLISH = FOLDER / "deskeditor_en.ts"
PSEUDO = "eo"  # the pseudo-locale's language code (Esperanto: never shipped)
_OPTIONAL = re.compile(r"\((e?s)\)")
# Kept as they are in a pseudo translation: placeholders, %n, HTML tags, entities.
_KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d|<[^<>]*>|&[a-z]+;|\n")
_ACCENTS = str.maketrans(
    "aceinosuyzAEIOUCNSYZ", "àçéîñöšüýžÅÉÎÖÜÇÑŠÝŽ"
)  # fmt: skip


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def collected() -> ElementTree.ElementTree:
    """Every marked string in the sources, as a fresh .ts tree."""
    sources = sorted(str(p) for p in (ROOT / "src" / "deskeditor").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "all.ts"
        update = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none"]
        subprocess.run([*update, "-ts", str(raw)], check=True, capture_output=True)
        return ElementTree.parse(raw)


def _key(context: str, message: ElementTree.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def messages(tree: ElementTree.ElementTree) -> dict[tuple[str, str, str], ElementTree.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[_key(name, message)] = message
    return found


def _set_forms(translation: ElementTree.Element, forms: list[str], finished: bool = True) -> None:
    translation.attrib.clear()
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    if not finished:
        translation.set("type", "unfinished")
    if len(forms) == 1 and not finished:
        return
    for form in forms:
        ElementTree.SubElement(translation, "numerusform").text = form


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a %n message: "%n error(s)" → "%n error", "%n errors"."""
    return _OPTIONAL.sub("", source), _OPTIONAL.sub(r"\1", source)


def english(tree: ElementTree.ElementTree) -> ElementTree.ElementTree:
    """The English plural file: the %n messages with their two forms."""
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            translation = message.find("translation")
            assert translation is not None
            _set_forms(translation, list(english_forms(message.findtext("source") or "")))
        if not context.findall("message"):
            root.remove(context)
    return tree


def merged(tree: ElementTree.ElementTree, existing: Path, language: str) -> ElementTree.ElementTree:
    """The sources' strings with the translations ``existing`` already has."""
    old = messages(ElementTree.parse(existing)) if existing.exists() else {}
    tree.getroot().set("language", language)
    for key, message in messages(tree).items():
        translation = message.find("translation")
        assert translation is not None
        before = old.get(key)
        done = before.find("translation") if before is not None else None
        if done is not None and done.get("type") != "unfinished":
            message.remove(translation)
            message.append(done)
    return tree


def pseudo_text(source: str) -> str:
    """ "&Save" → "⟦&Šàvé ·····⟧": every letter accented, a third longer, marked, with
    placeholders, %n, tags and entities kept."""
    parts, last = [], 0
    for match in _KEEP.finditer(source):
        parts.append(source[last : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        last = match.end()
    parts.append(source[last:].translate(_ACCENTS))
    text = "".join(parts)
    padding = "·" * max(2, len(source) // 3)
    return f"⟦{text} {padding}⟧"


def pseudo(tree: ElementTree.ElementTree) -> ElementTree.ElementTree:
    tree.getroot().set("language", PSEUDO)
    for message in messages(tree).values():
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            _set_forms(translation, [pseudo_text(f) for f in english_forms(source)])
        else:
            translation.attrib.clear()
            translation.text = pseudo_text(source)
    return tree


def text_of(tree: ElementTree.ElementTree) -> str:
    ElementTree.indent(tree)
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def translations() -> list[Path]:
    """The full translations (every .ts but the English plural file)."""
    return sorted(p for p in FOLDER.glob("deskeditor_*.ts") if p != ENGLISH)


def expected() -> dict[Path, str]:
    """What each .ts should hold, from the sources and the translations made so far."""
    wanted = {ENGLISH: text_of(english(collected()))}
    for ts in translations():
        language = ts.stem.removeprefix("deskeditor_")
        wanted[ts] = text_of(merged(collected(), ts, language))
    return wanted


def unfinished(ts: Path) -> list[str]:
    found = []
    for (context, source, _), message in messages(ElementTree.parse(ts)).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            found.append(f"{context}: {source!r}")
    return found


def main(argv: list[str]) -> int:
    if "--pseudo" in argv:
        folder = Path(argv[argv.index("--pseudo") + 1])
        folder.mkdir(parents=True, exist_ok=True)
        ts = folder / f"deskeditor_{PSEUDO}.ts"
        ts.write_text(text_of(pseudo(collected())), encoding="utf-8")
        compile_ts(ts, ts.with_suffix(".qm"))
        return 0
    if "--compile" in argv:
        for ts in [ENGLISH, *translations()]:
            compile_ts(ts, ts.with_suffix(".qm"))
        return 0
    wanted = expected()
    if "--check" in argv:
        problems = [
            f"{ts.name} is out of date: run scripts/translations.py"
            for ts, text in wanted.items()
            if not ts.exists() or ts.read_text(encoding="utf-8") != text
        ]
        for ts in translations():
            problems += [f"{ts.name}: untranslated {m}" for m in unfinished(ts)]
        for problem in problems:
            print(f"translations: {problem}")
        return 1 if problems else 0
    for ts, text in wanted.items():
        ts.write_text(text, encoding="utf-8")
        print(f"translations: wrote {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
