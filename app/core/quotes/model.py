# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Plain data about the quotations in a text and who said them.

Every offset is a Python ``str`` index (a code point) into the analysed text,
end exclusive. These values cross the core/UI boundary and go into storage,
so they are frozen and hold no references to parsing state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SpeakerKind = Literal["person", "organisation", "unknown"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: a speaker's direct words, or a reported clause.

    ``start``/``end`` cover the quoted words without the quotation marks; for
    reported speech they cover the reported clause (without "that" and the
    final full stop). ``text`` is ``analysed_text[start:end]``. ``speaker`` is
    the canonical full name or description ("Joe Biden", "UN spokesman"), or
    None when the text names no one. ``attribution`` spans the words that
    attribute it ("Nix said", "according to police"), None when there are
    none next to the quote even if the speaker was inferred from context.
    ``partial`` marks a quoted fragment inside the writer's own sentence,
    ``block`` a block quotation, ``altered`` brackets or an ellipsis inside
    the quoted words, ``continued`` a paragraph of a multi-paragraph quote
    after its first.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: SpeakerKind
    direct: bool
    attribution: tuple[int, int] | None
    role: str = ""
    partial: bool = False
    block: bool = False
    altered: bool = False
    continued: bool = False
    anonymous: bool = False
    mention: str = ""


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One speaker of a text: canonical name, kind, role and how many quotes.

    ``anonymous`` is true for an unnamed source ("a senior official").
    ``variants`` lists other spellings of the name found in the text, which
    the desk should reconcile ("Steven Nix" beside "Stephen Nix").
    """

    name: str
    kind: SpeakerKind
    role: str
    quotes: int
    anonymous: bool
    direct: int = 0
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameVariant:
    """A later mention of a source that does not match its first reference.

    ``start``/``end`` span the differing mention; ``expected`` is the
    canonical name (or role) it should agree with; ``field`` says which one.
    """

    start: int
    end: int
    found: str
    expected: str
    field: Literal["name", "role"]


@dataclass(frozen=True, slots=True)
class QuoteAnalysis:
    """Everything found about the quotations in one text.

    ``quotes`` are sorted by ``start``; ``sources`` are in order of first
    appearance; ``unbalanced`` holds the offsets of quotation marks that have
    no partner; ``variants`` the inconsistent later mentions of a source;
    ``late_names`` the sources first named by surname alone, the full name
    coming only later (``expected``).
    """

    quotes: tuple[Quote, ...]
    sources: tuple[SourceSummary, ...]
    unbalanced: tuple[int, ...] = ()
    variants: tuple[NameVariant, ...] = ()
    late_names: tuple[NameVariant, ...] = ()

    @property
    def direct(self) -> tuple[Quote, ...]:
        """The direct quotations only."""
        return tuple(q for q in self.quotes if q.direct)
