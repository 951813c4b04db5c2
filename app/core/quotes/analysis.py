# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""``find_quotes``: every quotation in a text, with its speaker, in one pass.

Pure and fast (regular expressions over one article; no model to load), so
it may run on every pause in typing, off the GUI thread. Offsets are Python
``str`` indices into the text given.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.model import Block, BlockKind
from app.core.quotes.blocks import block_quotes
from app.core.quotes.direct import direct_quotes
from app.core.quotes.marks import find_marked
from app.core.quotes.model import Quote, QuoteAnalysis
from app.core.quotes.names import names_in
from app.core.quotes.pending import Pending
from app.core.quotes.registry import Registry, Speaker
from app.core.quotes.reported import find_reported
from app.core.quotes.sources import summarise
from app.core.quotes.text import lines, mask, sentences


def find_quotes(text: str, blocks: Sequence[Block] = ()) -> QuoteAnalysis:
    """All direct and reported quotations in ``text`` and the sources they come from.

    ``blocks`` (a Document's blocks) let block quotations be found; without
    them, only quotation marks and reporting verbs are used.
    """
    quoted = [b for b in blocks if b.kind == BlockKind.BLOCKQUOTE]

    def in_block(at: int) -> bool:
        return any(b.start <= at < b.end for b in quoted)

    marked, unbalanced = find_marked(text)
    marked = [m for m in marked if not in_block(m.start)]
    hidden = [(m.start, m.end) for m in marked] + [(b.start, b.end) for b in quoted]
    masked = mask(text, hidden)
    paragraphs = lines(text)
    pending = direct_quotes(text, masked, marked, paragraphs)
    pending += block_quotes(text, masked, quoted, paragraphs)
    pending += _reported(text, masked, paragraphs)
    pending.sort(key=lambda p: p.start)
    quotes, registry = _resolve(text, pending)
    return QuoteAnalysis(
        quotes=tuple(quotes),
        sources=summarise(quotes, registry),
        unbalanced=tuple(u for u in unbalanced if not in_block(u)),
        variants=tuple(registry.variants),
        late_names=tuple(registry.late_names),
    )


def _reported(text: str, masked: str, paragraphs) -> list[Pending]:
    found: list[Pending] = []
    for index, (line_start, line_end) in enumerate(paragraphs):
        for sentence in sentences(masked, line_start, line_end):
            for report in find_reported(text, masked, sentence):
                found.append(
                    Pending(
                        report.start,
                        report.end,
                        False,
                        index,
                        mention=report.mention,
                        span=report.attribution,
                    )
                )
    return found


def _resolve(text: str, pending: list[Pending]) -> tuple[list[Quote], Registry]:
    """Resolve speakers in reading order, so that "he" and "Nix" find their first reference."""
    registry = Registry(names=names_in(text), text=text)
    speakers: dict[int, Speaker | None] = {}
    by_span: dict[tuple[int, int], Speaker | None] = {}
    for item in sorted(pending, key=lambda p: (p.attribution_span or (p.start, p.end))[0]):
        mention = item.speaker_mention
        span = item.attribution_span
        if mention is None or span is None:
            continue
        if span not in by_span:
            by_span[span] = registry.resolve(mention)
        speakers[id(item)] = by_span[span]
    quotes: list[Quote] = []
    line_speaker: dict[int, Speaker] = {}
    for item in pending:
        speaker = speakers.get(id(item))
        if speaker is None and item.direct and not item.block:
            speaker = _context_speaker(item, pending, speakers, line_speaker)
        if speaker is None and item.direct and not item.block:
            speaker = _paragraph_subject(text, item, registry)
        if speaker is not None and item.direct:
            line_speaker[item.line] = speaker
        quotes.append(_build(text, item, speaker))
    return quotes, registry


def _paragraph_subject(text: str, item: Pending, registry: Registry) -> Speaker | None:
    """'Lisa Mancini has been cosplaying for years, her "passion" ...': the person a
    paragraph is about, named at the start of a sentence before the quotation."""
    line_start = text.rfind("\n", 0, item.start) + 1
    named = [n for n in registry.names if line_start <= n.start < item.start and n.subject]
    return registry.person(named[-1]) if named else None


def _context_speaker(item: Pending, pending: list[Pending], speakers, line_speaker):
    """The speaker of an unattributed quotation, from its paragraph or the one before.

    'Rhys-Davies revealed that a reboot is planned. "We are talking to NBC."':
    a quotation with no attribution of its own belongs to the source credited
    in its paragraph; one filling a paragraph continues the previous speaker.
    """
    same_line = [p for p in pending if p.line == item.line and speakers.get(id(p))]
    earlier = [p for p in same_line if p.start < item.start]
    if earlier or same_line:
        return speakers[id((earlier or same_line)[-1 if earlier else 0])]
    if item.whole_line:
        return line_speaker.get(item.line - 1)
    return None


def _build(text: str, item: Pending, speaker: Speaker | None) -> Quote:
    words = text[item.start : item.end]
    mention = item.speaker_mention
    loose = item.attribution is not None and not item.attribution.tight
    return Quote(
        start=item.start,
        end=item.end,
        text=words,
        speaker=speaker.name if speaker else None,
        speaker_kind=speaker.kind if speaker else "unknown",
        direct=item.direct,
        attribution=item.attribution_span if speaker else None,
        role=speaker.role if speaker else "",
        partial=item.direct and (loose or words.lstrip()[:1].islower()),
        block=item.block,
        altered=item.direct and ("[" in words or "…" in words or "..." in words),
        continued=item.continued,
        anonymous=bool(speaker and speaker.anonymous),
        mention=text[mention.start : mention.end] if mention and speaker else "",
    )
