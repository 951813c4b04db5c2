# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Direct quotations: marked words that are speech, with the words that credit them.

Kept apart from the rest of the analysis (reported speech, speaker resolution)
so that style masking, which needs only these spans, imports and runs only this.
"""

from __future__ import annotations

from itertools import pairwise

from app.core.quotes.attribution import attribute
from app.core.quotes.kinds import is_speech
from app.core.quotes.marks import Marked, find_marked
from app.core.quotes.pending import Pending
from app.core.quotes.text import lines, mask, sentences


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the direct quotations only, as ``find_quotes`` finds them.

    What style masking needs, at a third of the cost: reported speech and
    speaker resolution are skipped (blocks are not passed here either).
    """
    marked, _unbalanced = find_marked(text)
    masked = mask(text, [(m.start, m.end) for m in marked])
    return [(p.start, p.end) for p in direct_quotes(text, masked, marked, lines(text))]


def direct_quotes(text: str, masked: str, marked: list[Marked], paragraphs) -> list[Pending]:
    found: list[Pending] = []
    for index, (line_start, line_end) in enumerate(paragraphs):
        inside = [m for m in marked if line_start < m.start <= line_end]
        for sentence in sentences(masked, line_start, line_end):
            here = [m for m in inside if sentence[0] <= m.start - 1 < sentence[1]]
            for position, m in enumerate(here):
                clause_from = here[position - 1].end + 1 if position else sentence[0]
                last = position + 1 == len(here)
                clause_to = sentence[1] if last else here[position + 1].start - 1
                credit = attribute(
                    text, masked, (m.start, m.end), (clause_from, clause_to), sentence[0]
                )
                previous = found[-1].attribution if position and found else None
                if credit and previous and clause_from <= previous.start < m.start:
                    # '"A," she said, "B."': B shares the words that credit A.
                    credit = previous
                alone = not masked[sentence[0] : m.start - 1].strip() and not masked[
                    m.end + 1 : sentence[1]
                ].strip(" .")
                follows = alone and bool(found) and found[-1].line == index
                # '"We checked," Petrov said. "Twice."': a quotation standing as a
                # sentence after another in its paragraph is the same voice.
                if not follows and not is_speech(
                    text, m.start, m.end, credit, continued=m.continued
                ):
                    continue
                whole = not masked[line_start : m.start - 1].strip() and not masked[
                    m.end + 1 : line_end
                ].strip(" .")
                found.append(
                    Pending(
                        m.start,
                        m.end,
                        True,
                        index,
                        attribution=credit,
                        continued=m.continued,
                        whole_line=whole,
                    )
                )
    _share(found)
    return found


def _share(found: list[Pending]) -> None:
    """Give unattributed direct quotes the attribution of their neighbours.

    '"A," she said. "B."': B is hers too. A multi-paragraph quotation takes the
    attribution of whichever of its paragraphs has one.
    """
    for item in found:
        if item.attribution is None:
            earlier = [p for p in found if p.line == item.line and p.start < item.start]
            if earlier and earlier[-1].attribution is not None:
                item.attribution = earlier[-1].attribution
    for before, after in pairwise(found):
        if after.continued and after.attribution is None:
            after.attribution = before.attribution
    for before, after in zip(reversed(found[:-1]), reversed(found[1:]), strict=False):
        if after.continued and before.attribution is None:
            before.attribution = after.attribution
