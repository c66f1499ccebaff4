"""The checks over real, edited news copy (tests/data/corpus, sources in its README):
findings per 1,000 words by rule and, where a copy editor's verdict on each finding
is recorded (bench/precision-verdicts.json), how many they would accept.

    .venv/bin/python bench/precision.py            the table
    .venv/bin/python bench/precision.py --list     every finding, to read and judge
    .venv/bin/python bench/precision.py --check    exit 1 on a finding nobody judged, or
                                                   on one judged right that is no longer made

A verdict is keyed by file, rule and the flagged text with 20 characters either
side; findings without one are counted as "unjudged"."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from deskeditor.domain.text import count_words
from deskeditor.formats.registry import read_file
from deskeditor.services.checks import desk_checker, field_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
VERDICTS = ROOT / "bench" / "precision-verdicts.json"
LANGUAGES = CORPUS / "languages.json"  # British copy, checked as en-GB


def findings() -> tuple[int, list[tuple[str, str, str, str]]]:
    """Words in the corpus, and (file, rule, context key, message) per finding."""
    checker = desk_checker(Path(tempfile.mkdtemp()))
    languages = json.loads(LANGUAGES.read_text(encoding="utf-8"))
    words = 0
    found = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = read_file(path).article.replace(language=languages.get(path.name, "en-US"))
        words += count_words(article.body) + count_words(article.headline)
        for f in checker.check(article):
            text = field_text(article, f.field)
            context = text[max(0, f.start - 20) : f.start] + "[" + text[f.start : f.end] + "]"
            context += text[f.end : f.end + 20]
            found.append((path.name, f.id, context.replace("\n", " "), f.message))
    return words, found


def main(argv: list[str]) -> int:
    words, found = findings()
    verdicts: dict[str, bool] = json.loads(VERDICTS.read_text()) if VERDICTS.exists() else {}
    if "--check" in argv:
        keys = {f"{name}|{rule}|{context}" for name, rule, context, _ in found}
        unjudged = sorted(keys - verdicts.keys())
        lost = sorted(k for k, right in verdicts.items() if right and k not in keys)
        for key in unjudged:
            print(f"unjudged: {key}")
        for key in lost:
            print(f"no longer found: {key}")
        return 1 if unjudged or lost else 0
    if "--list" in argv:
        for name, rule, context, message in found:
            key = f"{name}|{rule}|{context}"
            mark = {True: "accept", False: "reject"}.get(verdicts.get(key), "?")  # type: ignore[call-overload]
            print(f"{mark:7} {key}\n        {message}")
        return 0
    rules = Counter(rule for _, rule, _, _ in found)
    accepted: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    for name, rule, context, _ in found:
        verdict = verdicts.get(f"{name}|{rule}|{context}")
        if verdict is not None:
            judged[rule] += 1
            accepted[rule] += verdict
    files = len(list(CORPUS.glob("*.txt")))
    print(f"{files} texts, {words:,} words; {len(found)} findings "
          f"({len(found) * 1000 / words:.1f} per 1,000 words)\n")  # fmt: skip
    print(f"{'rule':<36}{'findings':>9}{'per 1,000 w':>13}{'accepted':>10}{'unjudged':>10}")
    for rule, count in rules.most_common():
        print(
            f"{rule:<36}{count:>9}{count * 1000 / words:>13.2f}"
            f"{accepted[rule]:>6}/{judged[rule]:<3}{count - judged[rule]:>10}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
