"""Correction notices in the house wording, and the euphemisms a correction must
not hide behind. (The label, "Correction:", and the date are added when shown.)"""

from __future__ import annotations

import re

from deskeditor.domain.corrections import NoticeKind

TEMPLATES = {
    NoticeKind.CORRECTION: "An earlier version of this article misstated {wrong}.",
    NoticeKind.CLARIFICATION: "An earlier version of this article did not make clear {wrong}.",
    NoticeKind.UPDATE: "This article has been updated with {wrong}.",
    NoticeKind.EDITORS_NOTE: "{wrong}.",
}
# Words that, standing in for "corrected", hide that the article was wrong.
EUPHEMISMS = re.compile(
    r"\b(fixed|clarified|updated|tweaked|amended|adjusted|refined)\b", re.IGNORECASE
)


def draft_notice(kind: NoticeKind, wrong: str, right: str) -> str:
    """E.g. "An earlier version of this article misstated the cost of the repairs.
    It was $2.3 million." from "the cost of the repairs" and "It was $2.3 million"."""
    text = TEMPLATES[kind].format(wrong=wrong.strip().rstrip("."))
    right = right.strip()
    if right:
        text += " " + (right if right.endswith((".", "!", "?")) else right + ".")
    return text


def euphemism_in(kind: NoticeKind, text: str) -> str | None:
    """A word that would soften a correction into something milder, or None."""
    if kind is not NoticeKind.CORRECTION:
        return None
    found = EUPHEMISMS.search(text)
    return found.group(1) if found else None


def notice_problem(kind: NoticeKind, text: str) -> str | None:
    """Why ``text`` cannot be published as a notice of ``kind``, or None."""
    if not text.strip():
        return "the notice has no text"
    if word := euphemism_in(kind, text):
        return (
            f"a correction says plainly what was wrong: “{word}” softens it; "
            "write “An earlier version of this article misstated …”"
        )
    return None
