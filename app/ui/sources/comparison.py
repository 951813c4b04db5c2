# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A quote set against the reporter's notes, as HTML with every difference marked."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.quotes import NotesMatch, compare_to_notes
from app.core.sourcing import NotesDocument
from app.ui.i18n import translate

# The meanings are translated where shown (_meaning).
_STYLES = {
    "changed": (
        "background:#f8d7da",
        QT_TRANSLATE_NOOP("NotesComparison", "differs from the notes"),
    ),
    "added": ("background:#ffe5b4", QT_TRANSLATE_NOOP("NotesComparison", "not in the notes")),
    "omitted": (
        "background:#e2e3e5",
        QT_TRANSLATE_NOOP("NotesComparison", "left out without an ellipsis"),
    ),
    "bracketed": ("background:#d6e9ff", QT_TRANSLATE_NOOP("NotesComparison", "editor's insertion")),
    "ellipsis": (
        "background:#e2e3e5",
        QT_TRANSLATE_NOOP("NotesComparison", "stands for words left out"),
    ),
}


def _meaning(kind: str) -> str:
    return translate("NotesComparison", _STYLES[kind][1])


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
        return translate(
            "NotesComparison",
            "<p><i>Attach notes or a transcript to check this quote against them.</i></p>",
        )
    best = best_match(quote_text, documents)
    if best is None:
        names = ", ".join(html.escape(d.name) for d in documents)
        return translate(
            "NotesComparison",
            "<p><b>Not found</b> in {names}. Check the wording with the reporter.</p>",
        ).format(names=names)
    document, match = best
    verdict = (
        translate("NotesComparison", "Word for word")
        if match.exact
        else translate("NotesComparison", "Differs from the notes")
    )
    head = translate(
        "NotesComparison", "<p><b>{verdict}</b> — found in “{name}” ({score} match).</p>"
    ).format(verdict=verdict, name=html.escape(document.name), score=f"{match.score:.0%}")
    return head + _marked_quote(quote_text, match) + _notes_passage(document.text, match)


def _marked_quote(quote_text: str, match: NotesMatch) -> str:
    pieces = []
    position = 0
    for difference in sorted(match.differences, key=lambda d: (d.quote_start, d.quote_end)):
        style, meaning = _STYLES[difference.kind][0], _meaning(difference.kind)
        pieces.append(html.escape(quote_text[position : difference.quote_start]))
        shown = quote_text[difference.quote_start : difference.quote_end] or "‸"
        notes = (
            " — "
            + translate("NotesComparison", "notes: “{words}”").format(words=difference.notes_words)
            if difference.notes_words
            else ""
        )
        title = html.escape(f"{meaning}{notes}", quote=True)
        pieces.append(f'<span style="{style}" title="{title}">{html.escape(shown)}</span>')
        position = max(position, difference.quote_end)
    pieces.append(html.escape(quote_text[position:]))
    legend = _legend(match)
    quote = translate("NotesComparison", "Quote: “{words}”").format(words="".join(pieces))
    return f"<p>{quote}</p>{legend}"


def _legend(match: NotesMatch) -> str:
    items = []
    for difference in match.differences:
        meaning = _meaning(difference.kind)
        quoted = difference.quote_words or translate("NotesComparison", "(nothing)")
        notes = difference.notes_words or translate("NotesComparison", "(nothing)")
        said = translate("NotesComparison", "quote “{quoted}”, notes “{notes}”").format(
            quoted=html.escape(quoted), notes=html.escape(notes)
        )
        items.append(f"<li>{html.escape(meaning)}: {said}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _notes_passage(notes: str, match: NotesMatch) -> str:
    start = max(0, match.notes_start - 60)
    end = min(len(notes), match.notes_end + 60)
    before = html.escape(notes[start : match.notes_start])
    passage = html.escape(notes[match.notes_start : match.notes_end])
    after = html.escape(notes[match.notes_end : end])
    shown = translate("NotesComparison", "Notes: {passage}").format(
        passage=f"…{before}<b>{passage}</b>{after}…"
    )
    return f"<p>{shown}</p>"
