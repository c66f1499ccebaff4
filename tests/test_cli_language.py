"""The article's language from the command line: `check --language`, the desk's
default language from the settings, and `article set ID language=LANG`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import assert_one_line_error, demo_db, deskeditor  # noqa: F401

BRITISH = "Ferry returns\n\nThe theatre will organise a colour festival by the harbour.\n"


def flagged_words(path: Path, *options: str) -> list[str]:
    result = deskeditor("check", str(path), "--json", *options)
    assert result.returncode in (0, 1), result.stderr
    text = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    rows = json.loads(result.stdout)
    return [text[r["start"] : r["end"]] for r in rows if r["id"] == "spelling"]


def test_check_language_chooses_the_dictionary(tmp_path: Path) -> None:
    copy = tmp_path / "ferry.txt"
    copy.write_text(BRITISH, encoding="utf-8")
    assert flagged_words(copy) == ["theatre", "organise", "colour", "harbour"]  # en-US
    assert flagged_words(copy, "--language", "en-GB") == []
    assert flagged_words(copy, "--language", "en_gb") == []  # the usual spellings of a tag
    german = deskeditor("check", str(copy), "--language", "de-DE")
    assert "no de-DE dictionary" in german.stderr and "theatre" not in german.stdout
    assert_one_line_error(deskeditor("check", str(copy), "--language", "english!"), "language")


def test_the_desk_language_from_the_settings(tmp_path: Path) -> None:
    import os

    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "Deskeditor" / "Deskeditor.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[language]\narticles=en-GB\n", encoding="utf-8")
    copy = tmp_path / "ferry.txt"
    copy.write_text(BRITISH, encoding="utf-8")
    assert flagged_words(copy) == []
    assert flagged_words(copy, "--language", "en-US") == [
        "theatre",
        "organise",
        "colour",
        "harbour",
    ]


def test_article_set_language(demo_db: Path) -> None:  # noqa: F811
    done = deskeditor("article", "set", "7", "language=en_gb", "--db", str(demo_db), "--json")
    assert done.returncode == 0, done.stderr
    shown = deskeditor("article", "show", "7", "--db", str(demo_db), "--json")
    assert json.loads(shown.stdout)["language"] == "en-GB"
    refused = deskeditor("article", "set", "7", "language=klingon!", "--db", str(demo_db))
    assert_one_line_error(refused, "language")
    cleared = deskeditor("article", "set", "7", "language=", "--db", str(demo_db), "--json")
    assert json.loads(cleared.stdout)["language"] == ""  # the desk's default again
