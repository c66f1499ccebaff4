"""The copy-desk checks of an article, with the house rulebook, the house dictionary
and what the user switched off or ignored. Results per paragraph are cached, so
re-checking after a keystroke costs the edited paragraph, not the article."""

from __future__ import annotations

import json
import logging
import re
import threading
import tomllib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from deskeditor.domain.article import Article
from deskeditor.domain.blocks import split_blocks
from deskeditor.domain.checks import punctuation, quotes, spacing, spelling, structure
from deskeditor.domain.checks.findings import Finding, position
from deskeditor.domain.checks.style import RulebookError, StyleRule, apply_rules, parse_rulebook
from deskeditor.domain.language import DEFAULT_LANGUAGE, is_english, primary
from deskeditor.domain.smart_quotes import CurlState, MarkEdit, curl_edits_from
from deskeditor.files import private_folder, write_text_atomically
from deskeditor.resources import resource_path
from deskeditor.services.readability import Readability, readability_of, reading_counts
from deskeditor.services.spelling import Speller, SpellingUnavailableError

log = logging.getLogger(__name__)
SHORT_FIELDS = ("kicker", "headline", "dek", "byline", "dateline")
CACHE_SIZE = 8192
RULEBOOK_FILE = "house-style.toml"
DICTIONARY_FILE = "house-dictionary.txt"
STATE_FILE = "checks.json"
_SAID_NAME = re.compile(r"(?:said|says|according to)\s+((?:[A-Z][\w’'-]+\s?){1,3})")


@dataclass
class CheckSettings:
    headline_budget: int = 70
    dek_budget: int = 140
    disabled: set[str] = field(
        default_factory=set
    )  # rule ids, e.g. "spacing.double", "style.toward"
    ignored: set[str] = field(default_factory=set)  # Finding.key() of findings ignored "here"
    language: str = DEFAULT_LANGUAGE  # for articles that set none: the desk's language
    dash: str = punctuation.DEFAULT_DASH  # the house style's dash (punctuation.DASH_STYLES)


@dataclass(frozen=True)
class _Checked:
    """What one paragraph (or one short field) gives the checks, cached by its text:
    its own findings, with misspellings not yet weighed against the article's
    names; a quotation it leaves open at its end; its quotation marks; the speakers
    it names ("said Ann Lee"); and its readability counts."""

    findings: tuple[Finding, ...]
    open_quote: int | None
    marks: quotes.Marks
    names: frozenset[str]
    reading: tuple[int, int, int]  # words, sentence ends, syllables


class ArticleChecker:
    def __init__(
        self,
        rules: list[StyleRule],
        speller: Speller | None,
        settings: CheckSettings | None = None,
        suggest_spelling: bool = True,
        spelling_note: str = "",
        syllables: Callable[[str], int] | None = None,
    ) -> None:
        self.rules = rules
        self.speller = speller
        # Why spelling is not checked, when it is not (no Enchant on this machine).
        self.spelling_note = spelling_note
        self.settings = settings or CheckSettings()
        # A spelling suggestion costs up to ~0.3 s a word: live checking leaves it
        # for when the user asks for the fix.
        self.suggest_spelling = suggest_spelling
        self.syllables = syllables  # for the readability counts (None: not counted)
        self._cache: OrderedDict[tuple[str, str], _Checked] = OrderedDict()
        self._curls: OrderedDict[tuple[object, ...], tuple[Any, Any]] = OrderedDict()
        # Live checks run on a worker; the status gate checks on the GUI thread.
        self._lock = threading.RLock()

    def check(self, article: Article, stop: threading.Event | None = None) -> list[Finding]:
        """Every finding, errors first, minus disabled rules and ignored findings.

        ``stop`` set (from another thread: the app is closing) ends the check at the
        next paragraph or group of rules with CheckCancelledError.
        """
        with self._lock:
            return self._check(article, stop)

    @property
    def remembered(self) -> int:
        """How many paragraphs and short fields have their results cached."""
        return len(self._cache)

    def readability(self, article: Article) -> Readability:
        """The body's grade and reading time, from each paragraph's cached counts
        (zero unless the checker was given a syllable counter)."""
        with self._lock:
            language = self.language(article)
            counts = [self._cached("para", "body", b.text, language).reading
                      for b in split_blocks(article.body)]  # fmt: skip
        return readability_of(counts)

    def language(self, article: Article) -> str:
        """The article's language, or the desk's when it sets none."""
        return article.language or self.settings.language

    def knows_spelling(self, language: str) -> bool:
        return self.speller is not None and self.speller.knows(language)

    def _check(self, article: Article, stop: threading.Event | None) -> list[Finding]:
        """Each paragraph and short field is checked once and remembered, so a
        keystroke re-checks the paragraph it changed; what spans the article (quotes
        left open, mixed quote styles, names, structure) is put together from the
        remembered parts, never by reading the whole body again."""
        language = self.language(article)
        texts: dict[str, str] = {name: getattr(article, name) for name in SHORT_FIELDS}
        texts["body"] = article.body
        for index, quote in enumerate(article.pull_quotes, start=1):
            texts[f"pull_quote:{index}"] = quote.text
        parts: list[tuple[str, int, str, _Checked]] = []  # field, offset, text, results
        for name, text in texts.items():
            if name == "body":
                parts += [(name, b.start, b.text,
                           self._cached("para", name, b.text, language, stop))
                          for b in split_blocks(text)]  # fmt: skip
            elif text:
                parts.append((name, 0, text, self._cached("line", name, text, language, stop)))
        names = article_names(article, [c.names for name, _, _, c in parts if name == "body"])
        found: list[Finding] = []
        for _, offset, text, checked in parts:
            found += [
                f.shifted(offset) if offset else f
                for f in checked.findings
                if f.id != "spelling" or not spelling.is_name(text[f.start : f.end], names)
            ]
        body = [(offset, text, c) for name, offset, text, c in parts if name == "body"]
        for index, (offset, _, checked) in enumerate(body):
            following = body[index + 1][1] if index + 1 < len(body) else ""
            found += quotes.never_closed(checked.open_quote, following, "body", offset)
        found += spacing.empty_paragraphs(article.body, "body")
        marks = [
            replace(c.marks, offset=offset) if offset else c.marks for _, offset, _, c in parts
        ]
        found += quotes.mixed_marks(marks, language, self._curl)
        found += structure.fit(article.headline, "headline", self.settings.headline_budget)
        found += structure.fit(article.dek, "dek", self.settings.dek_budget)
        found += structure.missing_fields(article)
        found += structure.pull_quotes_not_in_body(article)
        return sorted(
            (f for f in found if self._wanted(f, texts)),
            key=lambda f: (f.severity.rank, f.field != "headline", f.field, f.start),
        )

    def _wanted(self, finding: Finding, texts: dict[str, str]) -> bool:
        rule = finding.id
        if rule in self.settings.disabled or (
            rule.startswith("style.") and "style" in self.settings.disabled
        ):
            return False
        return finding.key(texts.get(finding.field, "")) not in self.settings.ignored

    def _cached(
        self, kind: str, name: str, text: str, language: str, stop: threading.Event | None = None
    ) -> _Checked:
        key = (f"{kind}:{name}:{language}", text)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._checked(text, name, language, kind == "line", stop)
            self._cache[key] = hit
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return hit

    def _curl(
        self, text: str, language: str, marks: tuple[int, ...], state: CurlState
    ) -> tuple[list[MarkEdit], CurlState]:
        """How a paragraph's straight marks would be curled (quotes.mixed), cached."""
        key = (text, language, marks, state)
        hit = self._curls.get(key)
        if hit is None:
            hit = self._curls[key] = curl_edits_from(text, language, marks, state)
            if len(self._curls) > CACHE_SIZE:
                self._curls.popitem(last=False)
        return hit

    def _checked(
        self, text: str, name: str, language: str, whole_field: bool, stop: threading.Event | None
    ) -> _Checked:
        findings = self._text_checks(text, name, language, stop)
        if whole_field:
            findings += quotes.unbalanced([(0, text)], name)
            open_quote = None
        else:
            inside, open_quote = quotes.balance(text, name)
            findings += inside + spacing.paragraph_without_closing_punctuation([(0, text)], name)
        said = frozenset() if whole_field else speakers(text)
        syllables = self.syllables
        reading = (0, 0, 0) if whole_field or syllables is None else reading_counts(text, syllables)
        marks = quotes.marks_in(name, text)
        return _Checked(tuple(findings), open_quote, marks, said, reading)

    def _text_checks(
        self, text: str, name: str, language: str, stop: threading.Event | None
    ) -> list[Finding]:
        """The checks of one paragraph or short field. English-only rules (the house
        rulebook, repeated words, spelling without a dictionary) step aside for
        languages they do not know rather than flag every word."""
        english = is_english(language)
        _go_on(stop)
        found = quotes.wrong_way(text, name, language) + quotes.backticks(text, name)
        found += spacing.double_spaces(text, name)
        found += spacing.space_before_punctuation(text, name, french=primary(language) == "fr")
        found += spacing.trailing_spaces(text, name)
        found += spacing.missing_space_after_sentence(text, name)
        _go_on(stop)
        dash = self.settings.dash if english else "spaced en"
        found += punctuation.hyphen_as_dash(text, name, dash)
        if english:
            found += spacing.repeated_words(text, name)
            _go_on(stop)
            rule_field = "pull_quote" if name.startswith("pull_quote") else name
            found += apply_rules(self.rules, text, rule_field)
        _go_on(stop)
        speller = self.speller
        if speller is not None and name not in ("byline", "dateline") and speller.knows(language):
            suggest = (
                (lambda w: speller.suggest(w, language))
                if self.suggest_spelling
                else _no_suggestion
            )
            styled = {(f.start, f.end) for f in found if f.id.startswith("style.")}
            found += [
                f  # a word the house style already flags ("amidst") is reported once
                for f in spelling.misspellings(
                    text, name, lambda w: speller.unknown(w, language), suggest, set()
                )
                if (f.start, f.end) not in styled
            ]
        return [f if f.field == name else f.shifted(0, name) for f in found]

    def forget(self) -> None:
        """Drop cached results (after the dictionary or the rulebook changed)."""
        self._cache.clear()
        self._curls.clear()


class CheckCancelledError(Exception):
    """A check stopped part-way because its ``stop`` was set (the app is closing)."""


def _go_on(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise CheckCancelledError


def _no_suggestion(_word: str) -> None:
    return None


def article_names(article: Article, speakers_named: list[frozenset[str]] | None = None) -> set[str]:
    """Lower-case name words from the byline, the speakers of quotes ("said Ann Lee")
    and the pull quotes' attributions. ``speakers_named``: the body's speakers, when
    the caller has them paragraph by paragraph."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]+", article.byline)}
    for named in speakers_named if speakers_named is not None else [speakers(article.body)]:
        words |= named
    for quote in article.pull_quotes:
        words |= {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]+", quote.attribution)}
    return words


def speakers(text: str) -> frozenset[str]:
    """Lower-case words of the names that follow "said", "says" or "according to"."""
    return frozenset(
        w.lower() for match in _SAID_NAME.finditer(text) for w in match.group(1).split()
    )


# -- files in the data folder ------------------------------------------------------------------
def load_rulebook_file(user_file: Path, seed: Path) -> dict[str, Any]:
    """The user's house-style file, parsed; created from the seed the first time."""
    if not user_file.exists():
        private_folder(user_file.parent)
        write_text_atomically(user_file, seed.read_text(encoding="utf-8"), private=True)
    return tomllib.loads(user_file.read_text(encoding="utf-8"))


def load_rulebook(user_file: Path, seed: Path) -> list[StyleRule]:
    return parse_rulebook(load_rulebook_file(user_file, seed))


def dash_style(rulebook: dict[str, Any]) -> str:
    """The house style's dash (``dash = "spaced em"`` at the top of the file)."""
    dash = str(rulebook.get("dash", punctuation.DEFAULT_DASH))
    if dash not in punctuation.DASH_STYLES:
        raise RulebookError(
            f"house-style dash “{dash}” is not one of {', '.join(punctuation.DASH_STYLES)}"
        )
    return dash


def load_state(path: Path) -> dict[str, Any]:
    """Disabled rules and ignored findings, as kept between sessions."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable %s: %s", path, error)
        return {}


def desk_checker(
    data_dir: Path,
    headline_budget: int = 70,
    dek_budget: int = 140,
    suggest_spelling: bool = True,
    spelling: bool = True,
    language: str = DEFAULT_LANGUAGE,
) -> ArticleChecker:
    """The checker with the user's house style, house dictionary and choices. Without
    ``spelling`` (misspellings are warnings, never errors) it loads in milliseconds:
    enough for the status gate."""
    state = load_state(data_dir / STATE_FILE)
    rulebook = load_rulebook_file(data_dir / RULEBOOK_FILE, resource_path("checks", RULEBOOK_FILE))
    settings = CheckSettings(
        headline_budget=headline_budget,
        dek_budget=dek_budget,
        disabled=set(state.get("disabled", [])),
        ignored=set(state.get("ignored", [])),
        language=language,
        dash=dash_style(rulebook),
    )
    speller, note = None, ""
    if spelling:
        try:
            speller = Speller(data_dir / DICTIONARY_FILE)
        except SpellingUnavailableError as missing:
            log.warning("%s", missing)
            note = str(missing)
    return ArticleChecker(parse_rulebook(rulebook), speller, settings, suggest_spelling, note)


def save_state(data_dir: Path, settings: CheckSettings) -> None:
    private_folder(data_dir)
    state = {"disabled": sorted(settings.disabled), "ignored": sorted(settings.ignored)}
    write_text_atomically(data_dir / STATE_FILE, json.dumps(state, indent=1), private=True)


def report_rows(article: Article, findings: list[Finding]) -> list[dict[str, object]]:
    """Findings as the command line's --json contract has them."""
    rows: list[dict[str, object]] = []
    for f in findings:
        text = field_text(article, f.field)
        line, column = position(text, f.start)
        left, right = max(0, f.start - 30), min(len(text), f.end + 30)
        excerpt = (
            ("…" if left else "")
            + text[left:right].replace("\n", " ")
            + ("…" if right < len(text) else "")
        )
        rows.append({
            "id": f.id, "severity": f.severity.value, "message": f.message, "field": f.field,
            "line": line, "column": column, "start": f.start, "end": f.end,
            "excerpt": excerpt, "fix": f.fix,
        })  # fmt: skip
    return rows


def field_text(article: Article, name: str) -> str:
    base, _, number = name.partition(":")
    if number:
        index = int(number) - 1
        return article.pull_quotes[index].text if 0 <= index < len(article.pull_quotes) else ""
    value = getattr(article, base, "")
    return value if isinstance(value, str) else ""
