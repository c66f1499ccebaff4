"""Spelling on Hunspell dictionaries through Enchant: one dictionary per article
language, loaded when first needed (~0.07 s and ~8 MB each, so on a worker), all
sharing the desk's house dictionary as an Enchant personal word list.

Case matters: "NATO", "Brexit" and "iPhone" pass as written, "nato" does not. A
house-list word in lower case also passes capitalised or in capitals ("Otterbox"
for "otterbox"), as Enchant's personal lists work.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from deskeditor.domain.language import DEFAULT_LANGUAGE, normalize_tag
from deskeditor.files import private_file
from deskeditor.resources import resource_path

log = logging.getLogger(__name__)
SUGGESTIONS = 6


class SpellingUnavailableError(RuntimeError):
    """Enchant (the system library) cannot be loaded: spelling is not checked."""


def _enchant() -> Any:
    _use_bundled_dictionaries()
    try:
        import enchant
    except ImportError as error:  # pyenchant raises ImportError when libenchant is missing
        raise SpellingUnavailableError(
            f"spelling is not checked: the Enchant library is missing ({error}); "
            "on Debian or Ubuntu install libenchant-2-2 and hunspell-en-us"
        ) from None
    return enchant


def _use_bundled_dictionaries() -> None:
    """The Windows and macOS installers carry their dictionaries (resources/dictionaries/
    hunspell, see packaging/dictionaries): Enchant reads a configuration folder's
    hunspell/ subfolder. A checkout and the Linux package use the system's."""
    folder = resource_path("dictionaries")
    if (folder / "hunspell").is_dir() and "ENCHANT_CONFIG_DIR" not in os.environ:
        os.environ["ENCHANT_CONFIG_DIR"] = str(folder)


def installed_languages() -> list[str]:
    """The languages with a dictionary on this machine, as BCP 47 tags ("en-GB")."""
    try:
        enchant = _enchant()
    except SpellingUnavailableError:
        return []
    tags = set()
    for name in enchant.list_languages():
        try:
            tags.add(normalize_tag(name))
        except ValueError:
            continue  # a dictionary named in a way we do not read ("en_US-large")
    return sorted(tags)


class Speller:
    """Dictionaries by language plus the house dictionary (one word a line, as
    written). Not thread-safe: the checker's lock serialises its use."""

    def __init__(self, house_words: Path | None = None) -> None:
        self._enchant = _enchant()
        self._house_file = house_words
        if house_words is not None:  # made private before Enchant appends to it
            try:
                private_file(house_words)
            except OSError as error:
                log.warning("cannot make the house dictionary private: %s", error)
        self._dicts: dict[str, Any] = {}
        self._verdicts: dict[tuple[str, str], bool] = {}
        self.dictionary(DEFAULT_LANGUAGE)

    def dictionary(self, language: str) -> Any:
        """The language's dictionary, loaded on first use; None when none is installed."""
        if language not in self._dicts:
            self._dicts[language] = self._load(language)
        return self._dicts[language]

    def _load(self, language: str) -> Any:
        enchant = self._enchant
        name = language.replace("-", "_")
        if not enchant.dict_exists(name):
            log.info("no %s dictionary installed: spelling steps aside", language)
            return None
        if self._house_file is None:
            return enchant.Dict(name)
        self._house_file.parent.mkdir(parents=True, exist_ok=True)
        self._house_file.touch(exist_ok=True)
        return enchant.DictWithPWL(name, str(self._house_file))

    def knows(self, language: str) -> bool:
        """True when a dictionary for ``language`` is installed."""
        return self.dictionary(language) is not None

    def unknown(self, word: str, language: str = DEFAULT_LANGUAGE) -> bool:
        """True when the dictionary (and the house list) do not have ``word`` as written."""
        key = (language, word)
        verdict = self._verdicts.get(key)
        if verdict is None:
            dictionary = self.dictionary(language)
            verdict = dictionary is not None and not dictionary.check(word)
            self._verdicts[key] = verdict
        return verdict

    def suggestions(self, word: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
        """Hunspell's suggestions, best first: single words before split ones ("public
        ally" for "publically"), then fewest edits, then the same first letter."""
        from rapidfuzz.distance import DamerauLevenshtein

        dictionary = self.dictionary(language)
        if dictionary is None:
            return []
        found = dictionary.suggest(word)
        lower = word.lower()

        def rank(candidate: str) -> tuple[bool, int, bool]:
            split = " " in candidate or ("-" in candidate and "-" not in word)
            edits = DamerauLevenshtein.distance(lower, candidate.lower())
            return split, edits, candidate[:1].lower() != lower[:1]

        return sorted(found, key=rank)[:SUGGESTIONS]

    def suggest(self, word: str, language: str = DEFAULT_LANGUAGE) -> str | None:
        best = self.suggestions(word, language)
        return best[0] if best and best[0] != word else None

    def add(self, word: str) -> None:
        """Add ``word``, as written, to the house dictionary of every language."""
        word = word.strip()
        if not word:
            return
        if self._house_file is None:
            for dictionary in self._dicts.values():
                if dictionary is not None:
                    dictionary.add_to_session(word)
        else:
            loaded = [d for d in self._dicts.values() if d is not None]
            if loaded:
                loaded[0].add(word)  # appends to the file
                for other in loaded[1:]:  # they would reread it only once its time moves
                    other.add_to_session(word)
            else:
                with self._house_file.open("a", encoding="utf-8") as out:
                    out.write(word + "\n")
        self._verdicts.clear()
