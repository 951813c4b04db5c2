# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A quotation while ``find_quotes`` runs, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.quotes.attribution import Attribution
from app.core.quotes.names import Mention


@dataclass(slots=True)
class Pending:
    """Working state for one quotation; becomes a ``Quote`` once speakers are resolved.

    ``attribution`` is set for direct quotations credited in the text;
    ``mention``/``span`` for reported speech (who, and the attributing words).
    ``line`` is the paragraph index; ``whole_line`` marks a quotation that
    fills its paragraph, which may take the speaker of the paragraph before.
    """

    start: int
    end: int
    direct: bool
    line: int
    attribution: Attribution | None = None
    mention: Mention | None = None
    span: tuple[int, int] | None = None
    continued: bool = False
    block: bool = False
    whole_line: bool = False

    @property
    def speaker_mention(self) -> Mention | None:
        """The mention naming the speaker, from either kind of attribution."""
        return self.attribution.mention if self.attribution else self.mention

    @property
    def attribution_span(self) -> tuple[int, int] | None:
        """The attributing words, for either kind of quotation."""
        if self.attribution is not None:
            return self.attribution.start, self.attribution.end
        return self.span
