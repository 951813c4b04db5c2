# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A quote set against the reporter's notes, as HTML with every difference marked."""

from __future__ import annotations

import html

from app.core.quotes import NotesMatch, compare_to_notes
from app.core.sourcing import NotesDocument

_STYLES = {
    "changed": ("background:#f8d7da", "differs from the notes"),
    "added": ("background:#ffe5b4", "not in the notes"),
    "omitted": ("background:#e2e3e5", "left out without an ellipsis"),
    "bracketed": ("background:#d6e9ff", "editor's insertion"),
    "ellipsis": ("background:#e2e3e5", "stands for words left out"),
}


def best_match(
    quote_text: str, documents: list[NotesDocument]
) -> tuple[NotesDocument, NotesMatch] | None:
    """The notes document where the quote matches best, if any matches at all."""
    found = []
    for document in documents:
        match = compare_to_notes(quote_text, document.text)
        if match:
            found.append((match.score, document.id, document, match))
    if not found:
        return None
    _score, _id, document, match = max(found, key=lambda item: (item[0], -item[1]))
    return document, match


def comparison_html(quote_text: str, documents: list[NotesDocument]) -> str:
    """What the notes say against what the quote says, for the Sources panel."""
    if not documents:
        return "<p><i>Attach notes or a transcript to check this quote against them.</i></p>"
    best = best_match(quote_text, documents)
    if best is None:
        names = ", ".join(html.escape(d.name) for d in documents)
        return f"<p><b>Not found</b> in {names}. Check the wording with the reporter.</p>"
    document, match = best
    verdict = "Word for word" if match.exact else "Differs from the notes"
    head = (
        f"<p><b>{verdict}</b> — found in “{html.escape(document.name)}” "
        f"({match.score:.0%} match).</p>"
    )
    return head + _marked_quote(quote_text, match) + _notes_passage(document.text, match)


def _marked_quote(quote_text: str, match: NotesMatch) -> str:
    pieces = []
    position = 0
    for difference in sorted(match.differences, key=lambda d: (d.quote_start, d.quote_end)):
        style, meaning = _STYLES[difference.kind]
        pieces.append(html.escape(quote_text[position : difference.quote_start]))
        shown = quote_text[difference.quote_start : difference.quote_end] or "‸"
        notes = f" — notes: “{difference.notes_words}”" if difference.notes_words else ""
        title = html.escape(f"{meaning}{notes}", quote=True)
        pieces.append(f'<span style="{style}" title="{title}">{html.escape(shown)}</span>')
        position = max(position, difference.quote_end)
    pieces.append(html.escape(quote_text[position:]))
    legend = _legend(match)
    return f"<p>Quote: “{''.join(pieces)}”</p>{legend}"


def _legend(match: NotesMatch) -> str:
    items = []
    for difference in match.differences:
        _style, meaning = _STYLES[difference.kind]
        quoted = difference.quote_words or "(nothing)"
        notes = difference.notes_words or "(nothing)"
        items.append(
            f"<li>{html.escape(meaning)}: quote “{html.escape(quoted)}”, "
            f"notes “{html.escape(notes)}”</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _notes_passage(notes: str, match: NotesMatch) -> str:
    start = max(0, match.notes_start - 60)
    end = min(len(notes), match.notes_end + 60)
    before = html.escape(notes[start : match.notes_start])
    passage = html.escape(notes[match.notes_start : match.notes_end])
    after = html.escape(notes[match.notes_end : end])
    return f"<p>Notes: …{before}<b>{passage}</b>{after}…</p>"
