"""Spelling engines side by side: Hunspell through Enchant (what Deskeditor uses)
against pyspellchecker (what it used before), each in a fresh process.

Load time, memory the dictionary adds (PSS, /proc/self/smaps_rollup), time per word
checked (a news text's words, every word looked up once, no cache), time per
suggestion, and how often the right word comes first for 30 misspellings a
reporter makes.

    .venv/bin/python bench/spelling.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

# (misspelling, the word meant): typos and misspellings seen in real copy.
MISSPELLINGS = [
    ("recieve", "receive"),
    ("seperate", "separate"),
    ("occured", "occurred"),
    ("goverment", "government"),
    ("definately", "definitely"),
    ("accomodate", "accommodate"),
    ("untill", "until"),
    ("wierd", "weird"),
    ("beleive", "believe"),
    ("tommorow", "tomorrow"),
    ("neccessary", "necessary"),
    ("publically", "publicly"),
    ("embarass", "embarrass"),
    ("existance", "existence"),
    ("independant", "independent"),
    ("occassion", "occasion"),
    ("responsiblity", "responsibility"),
    ("commitee", "committee"),
    ("harrass", "harass"),
    ("millenium", "millennium"),
    ("parliment", "parliament"),
    ("resturant", "restaurant"),
    ("supercede", "supersede"),
    ("threshhold", "threshold"),
    ("wich", "which"),
    ("becuase", "because"),
    ("teh", "the"),
    ("statment", "statement"),
    ("spokesamn", "spokesman"),
    ("elction", "election"),
]
TEXT = (
    "The council voted on Tuesday to close three blocks of Market Street to cars for a "
    "year, a decision that shop owners said would cost them customers and that cyclists "
    "welcomed as overdue. The ferry will run every twenty minutes from early morning to late "
    "evening on weekdays, the transport authority said in a statement. Repairs cost about "
    "two million dollars, a third of it paid by the state's infrastructure fund, officials "
    "said. Residents can comment on the proposal at the meeting or by email before Friday."
).split()
WORDS = sorted({w.strip(".,'").lower() for w in TEXT if w.strip(".,'").isalpha()})

PROBE = """
import json, sys, time
def pss():
    for line in open("/proc/self/smaps_rollup"):
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
engine, words, pairs = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
if engine == "enchant":
    import enchant
else:
    from spellchecker import SpellChecker
before = pss()
start = time.perf_counter()
if engine == "enchant":
    d = enchant.Dict("en_US")
    check = d.check
    suggest = lambda w: (d.suggest(w) or [None])[0]
else:
    s = SpellChecker()
    check = lambda w: not s.unknown([w])
    suggest = s.correction
load = time.perf_counter() - start
mem = pss() - before
start = time.perf_counter()
for _ in range(200):
    for w in words:
        check(w)
per_word = (time.perf_counter() - start) / (200 * len(words))
times, right, misses = [], 0, []
for wrong, meant in pairs:
    start = time.perf_counter()
    best = suggest(wrong) if not check(wrong) else wrong
    times.append(time.perf_counter() - start)
    right += best == meant
    if best != meant:
        misses.append(f"{wrong}->{best}")
case = {w: check(w) for w in ["NATO", "nato", "Brexit", "iPhone", "kazakhstan"]}
print(json.dumps({"load": load, "mem": mem, "word": per_word, "suggest": times,
                  "right": right, "misses": misses, "case": case}))
"""


def probe(engine: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, engine, json.dumps(WORDS), json.dumps(MISSPELLINGS)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return dict(json.loads(out.stdout))


def main() -> None:
    import importlib.util

    runs: dict[str, list[dict[str, object]]] = {"enchant": []}
    if importlib.util.find_spec("spellchecker"):
        runs["pyspellchecker"] = []
    else:
        print("(pip install pyspellchecker to compare with the engine used before)")
    for _ in range(5):  # interleaved, each in a fresh process
        for engine in runs:
            runs[engine].append(probe(engine))
    print(f"{'engine':<16}{'load':>9}{'memory':>10}{'per word':>11}{'suggestion':>13}"
          f"{'right first':>13}  case (NATO nato Brexit iPhone kazakhstan)")  # fmt: skip
    for engine, results in runs.items():
        load = statistics.median(float(r["load"]) for r in results)  # type: ignore[arg-type]
        mem = statistics.median(float(r["mem"]) for r in results)  # type: ignore[arg-type]
        word = statistics.median(float(r["word"]) for r in results)  # type: ignore[arg-type]
        every = [t for r in results for t in r["suggest"]]  # type: ignore[attr-defined]
        suggestion, worst = statistics.median(every), max(every)
        case = " ".join("ok" if v else "unknown" for v in results[0]["case"].values())  # type: ignore[attr-defined]
        print(
            f"{engine:<16}{load * 1000:>7.0f}ms{mem:>8.1f}MB{word * 1e6:>9.1f}µs"
            f"{suggestion * 1000:>11.1f}ms{results[0]['right']!s:>10}/30  {case}"
        )
        print(
            f"{'':<16}slowest suggestion {worst * 1000:.0f} ms; wrong first: "
            + ", ".join(results[0]["misses"])
        )  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
