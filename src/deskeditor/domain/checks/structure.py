"""Structure and fit: length budgets, required fields, pull quotes, body length."""

from __future__ import annotations

from deskeditor.domain.article import Article, ArticleStatus
from deskeditor.domain.checks.findings import Finding, Severity
from deskeditor.domain.pull_quotes import missing_quotes
from deskeditor.domain.text import count_words

REQUIRED_WHEN_READY = ("headline", "byline", "section")
READY_STATES = (ArticleStatus.READY, ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED)
MIN_BODY_WORDS = 50


def fit(text: str, field: str, budget: int) -> list[Finding]:
    if len(text) <= budget:
        return []
    return [
        Finding(
            f"fit.{field}",
            Severity.WARNING,
            f"{len(text) - budget} characters over the {field} budget of {budget}.",
            field,
            budget,
            len(text),
        )
    ]


def missing_fields(article: Article) -> list[Finding]:
    if article.status not in READY_STATES:
        return []
    findings = [
        Finding(
            "structure.missing-field",
            Severity.ERROR,
            f"A {article.status.value} article needs a {name}.",
            name,
            0,
            0,
        )
        for name in REQUIRED_WHEN_READY
        if not getattr(article, name).strip()
    ]
    words = count_words(article.body)
    if words == 0:
        findings.append(
            Finding(
                "structure.missing-field",
                Severity.ERROR,
                f"A {article.status.value} article needs a body.",
                "body",
                0,
                0,
            )
        )
    elif words < MIN_BODY_WORDS:
        findings.append(
            Finding(
                "structure.short-body",
                Severity.SUGGESTION,
                f"The body has only {words} words.",
                "body",
                0,
                0,
            )
        )
    return findings


def pull_quotes_not_in_body(article: Article) -> list[Finding]:
    return [
        Finding(
            "pullquote.not-in-body",
            Severity.ERROR,
            "This pull quote no longer appears in the body.",
            f"pull_quote:{i + 1}",
            0,
            len(article.pull_quotes[i].text),
        )
        for i in missing_quotes(article.pull_quotes, article.body)
    ]
