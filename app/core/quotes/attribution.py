# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Finding who is credited with a direct quotation, in the sentence around it.

Looks, in this order, for an attribution right after the closing mark
(``," she said`` / ``," said Jane Doe`` / ``," according to police``), one
right before the opening mark (``Nix was quoted as saying, "``), and a
reporting verb earlier in the sentence whose clause holds the quotation
(``Biden said the West was ... but "..."``). All matching runs on the masked
text, so words inside other quotations are never taken for attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.quotes.lexicon import verb_forms, verb_pattern
from app.core.quotes.names import Mention
from app.core.quotes.phrases import (
    parse_leading_speaker,
    parse_speaker,
    parse_speaker_after,
)

_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_LEAD_IN = re.compile(r"\s*[,;:\u2014\u2013-]?\s*")
_TIGHT_GAP = 8
_NO_LOOSE = frozenset({"continue", "cite", "report"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """The words crediting a quotation: ``start``/``end`` span speaker and verb together.

    ``verb`` is the reporting verb's base form ("say"), or "according to".
    ``tight`` is true when the attribution touches the quotation (only a
    comma, a colon or a few words between), false for a verb earlier in the
    sentence whose clause holds the quotation.
    """

    start: int
    end: int
    mention: Mention
    verb: str
    tight: bool


def attribute(
    text: str,
    masked: str,
    span: tuple[int, int],
    clause: tuple[int, int],
    sentence_from: int,
) -> Attribution | None:
    """Attribution for the quotation ``text[start:end]`` (marks at start-1 and end).

    ``span`` is ``(start, end)``; ``clause`` runs from the sentence start (or
    the end of the previous quotation in it) to the sentence end (or the next
    quotation in it); ``sentence_from`` is where the sentence starts.
    """
    start, end = span
    clause_from, clause_to = clause
    after = _after(text, masked, end + 1, clause_to)
    if after is not None:
        return after
    before = attribute_before(text, masked, clause_from, start - 1, sentence_from)
    if before is None and clause_from > sentence_from:
        # A second fragment in the sentence: 'Duda said the victims were "A" in an "B"'.
        before = attribute_before(text, masked, sentence_from, start - 1, sentence_from)
        if before is not None:
            before = Attribution(before.start, before.end, before.mention, before.verb, False)
    return before


def _after(text: str, masked: str, pos: int, limit: int) -> Attribution | None:
    lead = _LEAD_IN.match(masked, pos, limit)
    at = lead.end() if lead else pos
    has_break = bool(lead and masked[pos:at].strip()) or text[pos - 2 : pos - 1] in ",?!\u2014-"
    according = _ACCORDING.match(masked, at, limit)
    if according:
        mention = parse_speaker_after(text, according.end(), limit)
        if mention is not None:
            return Attribution(at, mention.end, mention, "according to", True)
    verb = verb_pattern().match(masked, at, limit)
    if verb and not verb.group().endswith("ing"):
        mention = parse_speaker_after(text, verb.end(), limit)
        if mention is not None and not mention.pronoun:
            return Attribution(at, mention.end, mention, verb_forms()[verb.group()], True)
    if not has_break:
        return None
    window = masked[at : min(limit, at + 160)]
    verb = verb_pattern().search(window)
    if verb is None or verb.group().endswith("ing"):
        return None
    if len(window[: verb.start()].split()) > 12 or re.search(r"[.!?;:]", window[: verb.start()]):
        return None
    mention = parse_speaker(text, at, at + verb.start())
    if mention is None:
        return None
    return Attribution(at, at + verb.end(), mention, verb_forms()[verb.group()], True)


def attribute_before(
    text: str, masked: str, clause_from: int, mark: int, sentence_from: int | None = None
) -> Attribution | None:
    """Attribution in ``text[clause_from:mark]``, which ends where a quotation opens.

    ``sentence_from`` (default ``clause_from``) is where the sentence starts,
    for a subject shared by coordinated verbs.
    """
    sentence_from = clause_from if sentence_from is None else sentence_from
    region = masked[clause_from:mark]
    according = list(_ACCORDING.finditer(region))
    verbs = list(verb_pattern().finditer(region))
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        found = according[-1]
        stop = region.find(",", found.end())
        stop = len(region) if stop < 0 else stop
        mention = parse_speaker_after(text, clause_from + found.end(), clause_from + stop)
        if mention is not None:
            tight = len(region[stop:].split()) <= 1
            return Attribution(clause_from + found.start(), mention.end, mention,
                               "according to", tight)
    if not verbs:
        return None
    verb = verbs[-1]
    base = verb_forms()[verb.group()]
    gap = region[verb.end() :]
    tight = len(gap.split()) <= _TIGHT_GAP and not re.search(r"[.;!?]", gap)
    if not tight and base in _NO_LOOSE:
        return None
    verb_at = clause_from + verb.start()
    lead = region[: verb.start()].rstrip()
    if verb.group().endswith("ing") and lead.endswith(","):
        mention = parse_leading_speaker(text, sentence_from, verb_at)
    else:
        mention = parse_speaker(text, clause_from, verb_at)
        if mention is None and re.search(r"(?:^|\s)and$", lead):
            # "Duda characterised the deaths as ... and wrote": the subject leads the sentence.
            mention = parse_leading_speaker(text, sentence_from, verb_at)
    if mention is None:
        return None
    return Attribution(min(mention.start, verb_at), clause_from + verb.end(), mention, base, tight)
