"""How hard the body reads: the Flesch-Kincaid grade and the reading time, from
counts that add up paragraph by paragraph (so the checks can keep each paragraph's)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_LONGEST_WORD = 45  # "pneumonoultramicroscopicsilicovolcanoconiosis"
_VOWELS = re.compile(r"[aeiouy]+")
_READING_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# From the first mark of a run only: "!!!…x" must not be rescanned from every "!".
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[”’\")]*(?:\s|$)")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    grade: float  # Flesch-Kincaid grade level
    minutes: float  # reading time at 238 words a minute


def readability(body: str, syllables: Callable[[str], int]) -> Readability:
    return readability_of([reading_counts(body, syllables)])


def reading_counts(text: str, syllables: Callable[[str], int]) -> tuple[int, int, int]:
    """Words, sentence ends and syllables of a text (a paragraph: they add up)."""
    words = _READING_WORD.findall(text)
    return len(words), len(_SENTENCE_END.findall(text)), sum(syllables(w) for w in words)


def readability_of(counts: list[tuple[int, int, int]]) -> Readability:
    words = sum(c[0] for c in counts)
    sentences = max(1, sum(c[1] for c in counts))
    if not words:
        return Readability(0, 0, 0.0, 0.0)
    total_syllables = sum(c[2] for c in counts)
    grade = 0.39 * words / sentences + 11.8 * total_syllables / words - 15.59
    return Readability(words, sentences, round(max(grade, 0.0), 1), words / 238)


def pyphen_syllables() -> Callable[[str], int]:
    import pyphen  # type: ignore[import-untyped]

    dictionary = pyphen.Pyphen(lang="en_US")
    cache: dict[str, int] = {}

    def count(word: str) -> int:
        lower = word.lower()
        if lower not in cache:
            if len(lower) > _LONGEST_WORD:  # no word is this long: a run of junk
                return max(1, len(_VOWELS.findall(lower)))  # pyphen slows on it
            cache[lower] = max(1, len(dictionary.positions(lower)) + 1)
        return cache[lower]

    return count
