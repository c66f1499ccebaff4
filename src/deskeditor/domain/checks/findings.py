"""What a check reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

# A rule lists up to this many of its findings in one paragraph one by one, each with
# its fix; past it the paragraph gets one finding that counts them (a bad paste or a
# wrongly converted file, not typos: a panel of thousands of rows helps no one).
LISTED_PER_PARAGRAPH = 8


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "suggestion": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    """One problem: which rule, how bad, what to tell the copy editor, and where.

    ``start``/``end`` are character offsets within ``field``'s text; ``fix`` is
    the replacement for that range, when there is one; ``fix_label`` says what
    the fix does when the replacement alone would not ("insert “ at paragraph
    start" for a fix that rewrites the whole quoted span with the mark before it).
    """

    id: str
    severity: Severity
    message: str
    field: str
    start: int
    end: int
    fix: str | None = None
    fix_label: str | None = None

    def shifted(self, by: int, field: str | None = None) -> Finding:
        if not by and (field is None or field == self.field):
            return self  # frozen: nothing to copy
        return replace(self, field=field or self.field, start=self.start + by, end=self.end + by)

    def key(self, text: str) -> str:
        """Identifies the finding for "ignore here" even after text around it moves."""
        return f"{self.id}|{self.field}|{text[self.start : self.end]}"


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
