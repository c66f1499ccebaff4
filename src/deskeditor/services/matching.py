"""Which article a reader's message is about, how sure we are, and why.

Evidence, strongest first: the article's address (slug) in a link; its headline
in the subject or text; a sentence the reader quotes (in quotation marks or as
"> " lines), found with the search index and matched fuzzily so a reader's small
slips still count. Below MIN_CONFIDENCE the message stays unlinked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from deskeditor.domain.article import Article, ArticleSummary

MIN_CONFIDENCE = 0.6
_SLUG_IN_URL = re.compile(r"https?://\S*?/([a-z0-9]+(?:-[a-z0-9]+){2,})(?=[/?#.\s\"'>)]|$)")
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{12,400})[”\"]")
_QUOTE_LINES = re.compile(r"(?m)^>\s?(.+)$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”’\"]?\s+(?=[“\"A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{2,}")
_COMMON = set(
    "the and that with this from have were they their there which about would could said "
    "your you for was are has had not but its it's our".split()
)


@dataclass(frozen=True)
class Match:
    article: Article | None
    confidence: float | None
    evidence: str
    quoted_phrase: str | None  # the article's own words the reader points at


def normal(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w'\" ]+", " ", text.lower()).split())


def quoted_passages(text: str) -> list[str]:
    """What the reader quotes: text in quotation marks, and "> " quoted lines joined."""
    lines = [m.group(1).strip() for m in _QUOTE_LINES.finditer(text)]
    unwrapped = re.sub(r"(?<!\n)\n(?!\n)", " ", _QUOTE_LINES.sub("", text))  # e-mail hard wraps
    passages = [m.group(1).strip() for m in _QUOTED.finditer(unwrapped)]
    if lines:
        passages.insert(0, " ".join(lines))
    return [p for p in passages if len(p.split()) >= 4 and len(p) >= 15]


def best_sentence(passage: str, body: str) -> tuple[float, str]:
    """The body sentence most like ``passage`` and how alike (0-1)."""
    target = normal(passage)
    best, found = 0.0, ""
    for sentence in _SENTENCE_BREAK.split(body.replace("\n", " ")):
        candidate = normal(sentence)
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


def match_message(
    subject: str,
    text: str,
    by_slug: Callable[[str], Article | None],
    search: Callable[[str], list[ArticleSummary]],
    load: Callable[[int], Article],
) -> Match:
    everything = f"{subject}\n{text}"
    for slug in _SLUG_IN_URL.findall(everything):
        if (article := by_slug(slug)) is not None:
            return Match(article, 0.95, "URL", _phrase(text, article))
    for label, source in (("headline in subject", subject), ("headline in text", text)):
        words = [w for w in _WORD.findall(source) if w.lower() not in _COMMON][:8]
        if len(words) < 2:
            continue
        for summary in search(" ".join(words[:4])) + search(" ".join(words[-4:])):
            headline = normal(summary.headline)
            if headline and (headline in normal(source) or _fuzzy_in(headline, normal(source))):
                article = load(summary.id)
                return Match(article, 0.85, label, _phrase(text, article))
    for passage in quoted_passages(text):
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


def _phrase(text: str, article: Article) -> str | None:
    """The sentence of the article the reader quotes, when they quote one."""
    for passage in quoted_passages(text):
        ratio, sentence = best_sentence(passage, article.body)
        if ratio >= 0.75:
            return sentence
    return None
