"""Which article a reader's message is about, how sure we are, and why.

Evidence, strongest first: the article's address (slug) in a link; its headline
in the subject or text; a sentence the reader quotes (in quotation marks or as
"> " lines), found with the search index and matched fuzzily so a reader's small
slips still count. Below MIN_CONFIDENCE the message stays unlinked, and
``candidates`` offers the best few articles with what speaks for each.

When the desk has set its site's URL pattern (Preferences → Publication), only
links to that site count as an article's address.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from deskeditor.domain.article import Article, ArticleSummary

MIN_CONFIDENCE = 0.6
_SLUG_PART = r"([a-z0-9]+(?:-[a-z0-9]+){2,})"
_SLUG_IN_URL = re.compile(rf"https?://\S*?/{_SLUG_PART}(?=[/?#.\s\"'>)]|$)")
_URL_END = r"(?=[/?#.\s\"'>)]|$)"
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{12,400})[”\"]")
_QUOTE_LINES = re.compile(r"(?m)^>\s?(.+)$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”’\"]?\s+(?=[“\"A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{2,}")
_NOT_WORD = re.compile(r"[^\w'\" ]+")
_HARD_WRAP = re.compile(r"(?<!\n)\n(?!\n)")
_COMMON = set(
    "the and that with this from have were they their there which about would could said "
    "your you for was are has had not but its it's our".split()
)

# Words every complaint uses: they say nothing about which article it means.
_COMPLAINT = set(
    "wrong story article piece wrote says correct correction error mistake please thank "
    "thanks hello dear regards".split()
)


@dataclass(frozen=True)
class Match:
    article: Article | None
    confidence: float | None
    evidence: str
    quoted_phrase: str | None  # the article's own words the reader points at


def site_links(pattern: str) -> re.Pattern[str]:
    """Links that name an article, from the desk's URL pattern: "*" is one path part,
    "{slug}" the article's slug ("https://ledger.example/*/{slug}"); a pattern
    without "{slug}" is the site, the slug being the last part of the path.
    An empty pattern: any link whose last part looks like a slug."""
    pattern = pattern.strip()
    if not pattern:
        return _SLUG_IN_URL
    if "{slug}" not in pattern:
        pattern = pattern.rstrip("/") + "/**/{slug}"
    pattern = re.sub(r"^https?://", "", pattern)
    regex = re.escape(pattern)
    regex = regex.replace(re.escape("**/"), r"(?:[^/\s]+/)*").replace(re.escape("*"), r"[^/\s]*")
    regex = regex.replace(re.escape("{slug}"), _SLUG_PART)
    return re.compile(rf"https?://{regex}{_URL_END}", re.IGNORECASE)


def normal(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


@lru_cache(maxsize=1024)
def _normal_headline(headline: str) -> str:
    """A headline's normal form: the same few articles come up message after message."""
    return normal(headline)


def quoted_passages(text: str) -> list[str]:
    """What the reader quotes: text in quotation marks, and "> " quoted lines joined."""
    lines = [m.group(1).strip() for m in _QUOTE_LINES.finditer(text)] if ">" in text else []
    if not lines and '"' not in text and "“" not in text:
        return []  # nothing quoted (most mail): the passes below would find nothing
    unwrapped = _HARD_WRAP.sub(" ", _QUOTE_LINES.sub("", text) if lines else text)  # hard wraps
    passages = [m.group(1).strip() for m in _QUOTED.finditer(unwrapped)]
    if lines:
        passages.insert(0, " ".join(lines))
    return [p for p in passages if len(p.split()) >= 4 and len(p) >= 15]


def best_sentence(passage: str, body: str) -> tuple[float, str]:
    """The body sentence most like ``passage`` and how alike (0-1)."""
    target = normal(passage)
    best, found = 0.0, ""
    for sentence, candidate in _sentences(body):
        if not candidate:
            continue
        if target in candidate or candidate in target:
            ratio = 0.97
        else:
            # rapidfuzz's ratio is difflib's, in C++; the cut-off skips hopeless sentences early.
            ratio = fuzz.ratio(target, candidate, score_cutoff=max(best, 0.6) * 100) / 100
            if not ratio:
                continue
        if ratio > best:
            best, found = ratio, sentence.strip().strip('“”"')
    return best, found


@lru_cache(maxsize=256)
def _sentences(body: str) -> tuple[tuple[str, str], ...]:
    """A body's sentences, each with its normal form: the same few articles are
    weighed against message after message of an import."""
    return tuple((s, normal(s)) for s in _SENTENCE_BREAK.split(body.replace("\n", " ")))


def match_message(
    subject: str,
    text: str,
    by_slug: Callable[[str], Article | None],
    search: Callable[[str], list[ArticleSummary]],
    load: Callable[[int], Article],
    links: re.Pattern[str] = _SLUG_IN_URL,
) -> Match:
    everything = f"{subject}\n{text}"
    passages = quoted_passages(text)
    for slug in links.findall(everything):
        if (article := by_slug(slug)) is not None:
            return Match(article, 0.95, "URL", _phrase(passages, article))
    for label, source in (("headline in subject", subject), ("headline in text", text)):
        words = [w for w in _WORD.findall(source) if w.lower() not in _COMMON][:8]
        if len(words) < 2:
            continue
        said = ""  # the source's normal form, made when there is a headline to look for
        for summary in search(" ".join(words[:4])) + search(" ".join(words[-4:])):
            headline = _normal_headline(summary.headline)
            said = said or (normal(source) if headline else "")
            if headline and (headline in said or _fuzzy_in(headline, said)):
                article = load(summary.id)
                return Match(article, 0.85, label, _phrase(passages, article))
    for passage in passages:
        words = sorted(
            {w for w in _WORD.findall(passage) if w.lower() not in _COMMON}, key=len, reverse=True
        )
        candidates: dict[int, ArticleSummary] = {}
        for query in (" ".join(words[:3]), " ".join(words[3:6]), " ".join(words[:2])):
            for summary in search(query) if query else []:
                candidates.setdefault(summary.id, summary)
        scored = []
        for summary in list(candidates.values())[:20]:
            article = load(summary.id)
            ratio, sentence = best_sentence(passage, article.body)
            scored.append((ratio, sentence, article))
        if scored:
            ratio, sentence, article = max(scored, key=lambda item: item[0])
            if ratio >= 0.75:
                return Match(article, round(min(0.9, ratio * 0.92), 2), "quoted sentence", sentence)
    return Match(None, None, "no match", None)


def _fuzzy_in(needle: str, haystack: str) -> bool:
    """``needle`` appears in ``haystack`` give or take a slip (a headline misquoted)."""
    return len(needle) >= 12 and fuzz.partial_ratio(needle, haystack, score_cutoff=90) > 0


def _phrase(passages: list[str], article: Article) -> str | None:
    """The sentence of the article the reader quotes (``passages``), when they quote one."""
    for passage in passages:
        ratio, sentence = best_sentence(passage, article.body)
        if ratio >= 0.75:
            return sentence
    return None


def candidates(
    subject: str,
    text: str,
    by_slug: Callable[[str], Article | None],
    search: Callable[[str], list[ArticleSummary]],
    load: Callable[[int], Article],
    links: re.Pattern[str] = _SLUG_IN_URL,
    limit: int = 3,
) -> list[Match]:
    """The ``limit`` articles the message most likely means, best first, each with its
    evidence in words ("quoted sentence, 72% alike: …"), however weak: for a person
    to choose from when nothing was sure enough to link."""
    best: dict[int, Match] = {}

    def consider(article: Article, confidence: float, evidence: str, phrase: str | None) -> None:
        """Keep the strongest confidence, and every piece of evidence, for the article."""
        assert article.id is not None
        known = best.get(article.id)
        if known is not None:
            first, second = (known.evidence, evidence)
            if confidence > (known.confidence or 0):
                first, second = second, first
            evidence = first if second in first else f"{first}; {second}"
            confidence = max(confidence, known.confidence or 0)
            phrase = phrase or known.quoted_phrase
        best[article.id] = Match(article, round(confidence, 2), evidence, phrase)

    for slug in links.findall(f"{subject}\n{text}"):
        if (article := by_slug(slug)) is not None:
            consider(article, 0.95, f"a link to its address ({slug})", None)
    for passage in quoted_passages(text):
        for summary in search(" ".join(_significant(passage)[:3]))[:10]:
            article = load(summary.id)
            ratio, sentence = best_sentence(passage, article.body)
            if ratio >= 0.4:
                consider(article, ratio * 0.92, f"quoted sentence, {ratio:.0%} alike", sentence)
    source = normal(f"{subject} {text}")
    words = _significant(f"{subject} {text}")[:8]
    found: dict[int, ArticleSummary] = {}
    for query in [" ".join(words[:3]), *words[:5]]:  # every word must match: try a few
        for summary in search(query)[:10] if query else []:
            found.setdefault(summary.id, summary)
    for summary in list(found.values())[:20]:
        article = load(summary.id)
        headline = normal(article.headline)
        alike = fuzz.partial_ratio(headline, source) / 100 if headline else 0.0
        if alike >= 0.6:
            consider(article, alike * 0.85, f"headline {alike:.0%} alike", None)
        vocabulary = set(normal(f"{article.headline} {article.dek} {article.body}").split())
        shared = [w for w in words if w.lower() in vocabulary]
        if shared:
            evidence = "words in common: " + ", ".join(shared[:5])
            consider(article, 0.1 + 0.4 * len(shared) / len(words), evidence, None)
    ranked = sorted(best.values(), key=lambda m: m.confidence or 0, reverse=True)
    return ranked[:limit]


def _significant(text: str) -> list[str]:
    """The text's uncommon words, longest first (the likeliest to find its article)."""
    skip = _COMMON | _COMPLAINT
    words = {w.lower(): w for w in _WORD.findall(text) if w.lower() not in skip}
    return sorted(words.values(), key=lambda w: (-len(w), w.lower()))
