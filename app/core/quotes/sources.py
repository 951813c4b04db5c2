# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The source list of a text: one entry per speaker, in order of first quotation."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.quotes.model import Quote, SourceSummary
from app.core.quotes.registry import Registry


def summarise(quotes: Sequence[Quote], registry: Registry) -> tuple[SourceSummary, ...]:
    """Count each speaker's quotations (a multi-paragraph quotation counts once)."""
    order: list[str] = []
    counts: dict[str, list[int]] = {}
    for quote in quotes:
        if quote.speaker is None or quote.continued:
            continue
        if quote.speaker not in counts:
            order.append(quote.speaker)
            counts[quote.speaker] = [0, 0]
        counts[quote.speaker][0] += 1
        counts[quote.speaker][1] += quote.direct
    by_name = {speaker.name: speaker for speaker in registry.speakers}
    summaries: list[SourceSummary] = []
    for name in order:
        speaker = by_name[name]
        variants = tuple(
            sorted({v.found for v in registry.variants if v.expected == name and v.field == "name"})
        )
        summaries.append(
            SourceSummary(
                name=name,
                kind=speaker.kind,
                role=speaker.role,
                quotes=counts[name][0],
                anonymous=speaker.anonymous,
                direct=counts[name][1],
                variants=variants,
            )
        )
    return tuple(summaries)
