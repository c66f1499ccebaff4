"""Diffs shown to people: inline (deletions struck through in red, insertions
underlined in green, as in track changes), side by side, as text for a terminal,
and as a change report for the reporter.

Changed spaces must be seen: a whitespace-only change, and any special space or
invisible character inside a change (a no-break space, a thin space, a zero-width
space, a soft hyphen…), is drawn with a visible mark and named in a tooltip.
The HTML keeps to what Qt's rich text and browsers both render (inline styles).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from deskeditor.domain.article import Article, field_label
from deskeditor.domain.diff import Op, Run, by_field, count_changes
from deskeditor.domain.text import counted

if TYPE_CHECKING:
    from deskeditor.services.revisions import CorrectionContext

DELETED = "color:#b42318;background-color:#fde8e8;text-decoration:line-through;"
INSERTED = "color:#067647;background-color:#e0f4e6;text-decoration:underline;"
MARK = "color:#5b3fab;background-color:#e9e2fb;font-weight:bold;"
# Characters that look like nothing (or like a plain space) but change the copy.
SPECIAL = {
    "\u00a0": ("⍽", "no-break space"),
    "\u202f": ("⍽", "narrow no-break space"),
    "\u2007": ("⍽", "figure space"),
    "\u2009": ("ˑ", "thin space"),
    "\u200a": ("ˑ", "hair space"),
    "\u2002": ("·", "en space"),
    "\u2003": ("·", "em space"),
    "\u200b": ("⌁", "zero-width space"),
    "\u2060": ("⌁", "word joiner"),
    "\ufeff": ("⌁", "zero-width no-break space"),
    "\u00ad": ("¬", "soft hyphen"),
}
PLAIN = {" ": ("·", "space"), "\t": ("→", "tab"), "\n": ("¶", "line break")}


# -- marks --------------------------------------------------------------------------------
def marked(text: str) -> list[tuple[str, str | None]]:
    """A changed run as pieces: (text, None) as it is, (mark, name) for a character
    that would not be seen. Ordinary spaces and line breaks are marked only when the
    whole run is spaces (a change of spacing)."""
    spacing = text.isspace() or all(c in SPECIAL or c.isspace() for c in text)
    pieces: list[tuple[str, str | None]] = []
    plain = ""
    for char in text:
        special = SPECIAL.get(char) or (PLAIN.get(char) if spacing else None)
        if special is None:
            plain += char
            continue
        if plain:
            pieces.append((plain, None))
            plain = ""
        pieces.append(special)
        if char == "\n":
            plain = "\n"
    if plain:
        pieces.append((plain, None))
    return pieces


def _run_html(run: Run) -> str:
    if run.op is Op.EQUAL:
        return html.escape(run.text)
    style = DELETED if run.op is Op.DELETE else INSERTED
    parts = []
    for piece, name in marked(run.text):
        if name is None:
            parts.append(html.escape(piece))
        else:
            parts.append(f'<span style="{MARK}" title="{name}">{html.escape(piece)}</span>')
    what = "deleted" if run.op is Op.DELETE else "inserted"
    return f'<span style="{style}" title="{what}">{"".join(parts)}</span>'


# -- inline -------------------------------------------------------------------------------
def inline_html(runs: Sequence[Run]) -> str:
    """Every changed field with its changes inline."""
    sections = []
    for name, field_runs in by_field(runs):
        changes = count_changes(field_runs)
        if not changes.fields:
            continue
        body = "".join(_run_html(r) for r in field_runs) or "<i>(empty)</i>"
        sections.append(
            f"{_heading(name, changes.added, changes.removed, bool(changes.fields))}"
            f'<p style="white-space:pre-wrap;margin-top:2px">{body}</p>'
        )
    return "\n".join(sections) or "<p><i>No text changed.</i></p>"


def _heading(name: str, added: int, removed: int, changed: bool) -> str:
    count = f" +{added} −{removed}" if (added or removed) else (" changed" if changed else "")
    return (
        f'<p style="margin-bottom:0"><b>{html.escape(field_label(name))}</b>'
        f'<span style="color:#667085">{count}</span></p>'
    )


# -- side by side -------------------------------------------------------------------------
def side_by_side_html(runs: Sequence[Run], before: str, after: str) -> str:
    """A two-column table, old text left and new text right, paragraph by paragraph."""
    rows = [
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">',
        f'<tr><th width="50%" align="left">{html.escape(before)}</th>'
        f'<th width="50%" align="left">{html.escape(after)}</th></tr>',
    ]
    changed_any = False
    for name, field_runs in by_field(runs):
        changes = count_changes(field_runs)
        if not changes.fields:
            continue
        changed_any = True
        heading = _heading(name, changes.added, changes.removed, True)
        rows.append(f'<tr><td colspan="2" style="background-color:#f2f4f7">{heading}</td></tr>')
        for old, new in _aligned(field_runs):
            rows.append(
                f'<tr><td valign="top" style="white-space:pre-wrap">{old}</td>'
                f'<td valign="top" style="white-space:pre-wrap">{new}</td></tr>'
            )
    if not changed_any:
        rows.append('<tr><td colspan="2"><i>No text changed.</i></td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def side_columns(runs: Sequence[Run]) -> tuple[str, str]:
    """The old and the new text as two columns of paragraphs that line up row by row
    (the window shows them in two panes scrolled together: one table of a long
    article lays out several times slower in Qt, bench/revisions.py)."""
    old_rows, new_rows = [], []
    for name, field_runs in by_field(runs):
        changes = count_changes(field_runs)
        if not changes.fields:
            continue
        heading = _heading(name, changes.added, changes.removed, True)
        old_rows.append(heading)
        new_rows.append(heading)
        for old, new in _aligned(field_runs):
            old_rows.append(f"<p>{old.replace(chr(10), '<br>') or '&nbsp;'}</p>")
            new_rows.append(f"<p>{new.replace(chr(10), '<br>') or '&nbsp;'}</p>")
    if not old_rows:
        return "<p><i>No text changed.</i></p>", "<p><i>No text changed.</i></p>"
    return "\n".join(old_rows), "\n".join(new_rows)


def _aligned(runs: Iterable[Run]) -> list[tuple[str, str]]:
    """Rows of (old, new) HTML, broken where both texts break a line together."""
    rows: list[tuple[str, str]] = []
    old: list[str] = []
    new: list[str] = []
    for run in runs:
        if run.op is not Op.EQUAL:
            (old if run.op is Op.DELETE else new).append(_run_html(run))
            continue
        lines = run.text.split("\n")
        for index, line in enumerate(lines):
            if line:
                old.append(html.escape(line))
                new.append(html.escape(line))
            if index < len(lines) - 1:  # a line break both texts share: a new row
                if old or new:
                    rows.append(("".join(old), "".join(new)))
                old, new = [], []
    if old or new:
        rows.append(("".join(old), "".join(new)))
    return rows


# -- text (the command line) ----------------------------------------------------------------
def text_diff(runs: Sequence[Run]) -> str:
    """Changed fields with wdiff-style marks: [-deleted-] {+inserted+}; unseen
    characters as marks (⍽ a no-break space)."""
    out = []
    for name, field_runs in by_field(runs):
        changes = count_changes(field_runs)
        if not changes.fields:
            continue
        out.append(f"== {field_label(name)} (+{changes.added} −{changes.removed} words) ==")
        pieces = []
        for run in field_runs:
            if run.op is Op.EQUAL:
                pieces.append(run.text)
                continue
            shown = "".join(piece for piece, _ in marked(run.text))
            pieces.append(f"[-{shown}-]" if run.op is Op.DELETE else f"{{+{shown}+}}")
        out.append("".join(pieces))
        out.append("")
    return "\n".join(out) if out else "No text changed.\n"


# -- documents --------------------------------------------------------------------------------
def diff_document(
    title: str, lines: Sequence[str], runs: Sequence[Run], side_by_side: bool = False
) -> str:
    """A standalone HTML page: a title, a few lines saying what is compared, the diff."""
    e = html.escape
    header = "".join(f"<p style='margin:2px 0'>{e(line)}</p>" for line in lines)
    legend = (
        f'<p style="color:#475467">Deleted text is <span style="{DELETED}">struck through</span>, '
        f'inserted text <span style="{INSERTED}">underlined</span>; '
        f'<span style="{MARK}">⍽</span> marks a no-break space, '
        f'<span style="{MARK}">·</span> a space, <span style="{MARK}">¶</span> a line break.</p>'
    )
    diff = side_by_side_html(runs, "Before", "After") if side_by_side else inline_html(runs)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{e(title)}</title>"
        "<style>body{font-family:Georgia,'DejaVu Serif',serif;max-width:52em;margin:2em auto;"
        "line-height:1.45;color:#1b1b1b} h1{font-size:1.4em}</style></head><body>"
        f"<h1>{e(title)}</h1>{header}{legend}<hr>{diff}</body></html>\n"
    )


def change_report(
    headline: str,
    slug: str,
    before: str,
    after: str,
    authors: Sequence[str],
    runs: Sequence[Run],
    side_by_side: bool = False,
) -> str:
    """The report for the reporter: what the desk changed in the story, and who did."""
    changes = count_changes(runs)
    lines = [
        f"Slug: {slug}",
        f"From {before} to {after}: {counted(changes.added, 'word', 'words')} added, "
        f"{changes.removed:,} removed",
        "Changes by " + (", ".join(authors) if authors else "nobody yet"),
    ]
    title = f"What changed in “{headline or 'Untitled'}”"
    return diff_document(title, lines, runs, side_by_side)


def correction_html(context: CorrectionContext) -> str:
    """What a published notice's fix changed, and the text readers first saw."""
    e = html.escape
    notice = context.notice
    when = f"{notice.published_at.astimezone():%Y-%m-%d %H:%M}" if notice.published_at else ""
    parts = [f"<p><b>{e(notice.label)}</b> {e(when)}: {e(notice.text)}</p>"]
    if context.fix is None:
        parts.append("<p><i>No change of text was published with this notice.</i></p>")
    else:
        parts.append("<p><b>What the fix changed</b></p>" + inline_html(context.fix.runs))
    if context.published is not None and context.published_at is not None:
        parts.append("<hr>" + published_html(context.published, context.published_at))
    return "\n".join(parts)


def published_html(article: Article, at: datetime) -> str:
    """The article's text as readers first saw it."""
    e = html.escape
    return (
        f"<p><b>As first published</b> ({e(f'{at.astimezone():%Y-%m-%d %H:%M}')})</p>"
        f"<p><b>{e(article.headline)}</b></p>"
        + (f"<p><i>{e(article.dek)}</i></p>" if article.dek else "")
        + (f"<p>{e(article.byline)}</p>" if article.byline else "")
        + f'<p style="white-space:pre-wrap">{e(article.body)}</p>'
    )
