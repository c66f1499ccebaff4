"""House style: a rulebook of patterns and their preferred forms, each explained."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from deskeditor.domain.checks.findings import Finding, Severity


class RulebookError(ValueError):
    """A rule in the house-style file cannot be used; the message says which and why."""


@dataclass(frozen=True)
class StyleRule:
    id: str  # reported as "style.<id>"
    pattern: re.Pattern[str]
    message: str
    replacement: str | None  # a re.sub template ("\\1" works); None: no one-click fix
    fields: tuple[str, ...]
    severity: Severity

    def apply(self, text: str, field: str) -> list[Finding]:
        if self.fields and field not in self.fields:
            return []
        findings = []
        for m in self.pattern.finditer(text):
            fix = m.expand(self.replacement) if self.replacement is not None else None
            if fix is not None and m.group()[:1].isupper() and fix[:1].islower():
                fix = fix[:1].upper() + fix[1:]  # keep a capital at the start of a sentence
            findings.append(
                Finding(
                    f"style.{self.id}", self.severity, self.message, field, m.start(), m.end(), fix
                )
            )
        return findings


def parse_rulebook(data: Mapping[str, Any]) -> list[StyleRule]:
    """Rules from the parsed house-style file: ``[[rule]]`` tables with id, pattern,
    message and optionally replacement, fields, severity and ignore_case."""
    rules = []
    for number, item in enumerate(data.get("rule", []), start=1):
        name = str(item.get("id") or f"#{number}")
        try:
            flags = re.IGNORECASE if item.get("ignore_case", False) else 0
            pattern = re.compile(str(item["pattern"]), flags)
            replacement = item.get("replacement")
            rules.append(
                StyleRule(
                    id=str(item["id"]),
                    pattern=pattern,
                    message=str(item["message"]),
                    replacement=None if replacement is None else str(replacement),
                    fields=tuple(item.get("fields", ("body",))),
                    severity=Severity(item.get("severity", "suggestion")),
                )
            )
        except KeyError as missing:
            raise RulebookError(f"house-style rule {name} has no {missing}") from None
        except re.error as error:
            raise RulebookError(f"house-style rule {name}: bad pattern ({error})") from None
        except ValueError as error:
            raise RulebookError(f"house-style rule {name}: {error}") from None
    return rules


def apply_rules(rules: Iterable[StyleRule], text: str, field: str) -> list[Finding]:
    return [finding for rule in rules for finding in rule.apply(text, field)]
