"""The desk's queries in the rendered article: a numbered mark where each queried
span ends (in the body, the headline and the dek) and the list of queries after
the article, as a proof carries its queries. The preview shows them; exports only
when asked.

A mark goes into a block's Markdown as a private-use character at the span's end,
so it lands where the words are after Markdown and smart quotes. Where marks would
change what Markdown makes of the block (a mark inside a link's address), the
block is rendered without them and its marks go at its end.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from deskeditor.domain.queries import Query

_FIRST = 0xE000  # private use: no copy holds these
_MARK = re.compile("[\ue000-\uf8ff]")
BODY = "body"


def numbered(queries: Sequence[Query]) -> list[tuple[int, Query]]:
    """The open queries with their numbers (Q1, Q2… in the order they were asked, as
    the Queries tab counts them)."""
    return [(n, q) for n, q in enumerate(queries, start=1) if q.open]


def with_marks(text: str, start: int, marks: dict[int, list[int]]) -> tuple[str, list[int]]:
    """``text`` (beginning at ``start`` in its field) with a mark character inserted
    for each query number ending in it, and those numbers; ``marks`` maps a field
    offset to numbers."""
    end = start + len(text)
    inside = sorted(
        (offset, number) for offset, numbers in marks.items() for number in numbers
        if start < offset <= end or (offset == start == 0)
    )  # fmt: skip
    pieces, at = [], 0
    for offset, number in inside:
        pieces += [text[at : offset - start], chr(_FIRST + number)]
        at = offset - start
    return "".join(pieces) + text[at:], [number for _, number in inside]


def marks_by_offset(queries: Sequence[tuple[int, Query]], field: str) -> dict[int, list[int]]:
    marks: dict[int, list[int]] = {}
    for number, query in queries:
        if query.field == field:
            marks.setdefault(query.end if not query.orphaned else query.start, []).append(number)
    return marks


def place_marks(marked: str, plain: str, numbers: list[int]) -> str:
    """The HTML Markdown made of a block with the marks of ``numbers`` in it
    (``marked``) and without (``plain``): the marks as superscripts where they
    landed, or, when they changed the rendering, all at the block's end."""
    if _MARK.sub("", marked) == plain and len(_MARK.findall(marked)) == len(numbers):
        return _MARK.sub(lambda m: _sup(ord(m.group()) - _FIRST), marked)
    tail = "".join(_sup(n) for n in numbers)
    cut = plain.rfind("</")
    return plain[:cut] + tail + plain[cut:] if cut >= 0 else plain + tail


def _sup(number: int) -> str:
    return f'<sup class="query-mark">Q{number}</sup>'


def query_list(queries: Sequence[tuple[int, Query]], texts: dict[str, str]) -> str:
    """The queries after the article: number, field, what they are about, who asked,
    and the replies."""
    if not queries:
        return ""
    e = html.escape
    items = []
    for number, query in queries:
        about = query.span_text(texts.get(query.field, ""))
        state = " (orphaned: its text was deleted)" if query.orphaned else ""
        replies = "".join(f"<br>↳ {e(r.author or '?')}: {e(r.text)}" for r in query.replies)
        items.append(
            f"<p><b>Q{number}</b> {e(query.field.replace('_', ' '))} “{e(about)}”{state} — "
            f"{e(query.author or '?')}: {e(query.text)}{replies}</p>"
        )
    return '<div class="queries"><p class="label">Queries</p>' + "".join(items) + "</div>"
