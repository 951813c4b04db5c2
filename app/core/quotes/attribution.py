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
_NO_LOOSE = frozenset({"continue", "cite", "report", "read", "refer"})
_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}(?:said|says|wrote|writes|added|told)\b")
_CONJUNCTION_LEAD = re.compile(r"(?:while|whereas|and|but|as|because|although|though)\b")
_BY_AGENT = re.compile(r"\s+by\s+")
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$")
_LEAD_ADVERBS = re.compile(r"(?:\s+(?:further|also|then|later|again|quickly|finally))+\s*$")


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
    ending = text[max(0, pos - 4) : pos - 1]
    has_break = (
        bool(lead and masked[pos:at].strip())
        or ending[-1:] in ",?!\u2014-"
        or ending[-3:] in ("[,]", "[.]", "[!]", "[?]")
    )
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
    window = masked[at : min(limit, at + 160)]
    if not has_break and not _NAME_THEN_VERB.match(window):
        return None
    if _CONJUNCTION_LEAD.match(window):
        # '"...," while Trump noted': a new clause with its own speaker.
        return None
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
    verbs = [v for v in verb_pattern().finditer(region) if not _adjectival(region, v)]
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        found = _according_before(text, region, clause_from, according[-1])
        if found is not None:
            return found
    if not verbs:
        return _colon(text, masked, clause_from, mark)
    verb = verbs[-1]
    base = verb_forms()[verb.group()]
    gap = region[verb.end() :]
    tight = len(gap.split()) <= _TIGHT_GAP and not re.search(r"[.;!?]", gap)
    if not tight and base in _NO_LOOSE:
        return _colon(text, masked, clause_from, mark)
    verb_at = clause_from + verb.start()
    mention = _subject(text, masked, (clause_from, sentence_from), verb, region)
    if mention is None:
        return _colon(text, masked, clause_from, mark)
    return Attribution(min(mention.start, verb_at), clause_from + verb.end(), mention, base, tight)


def _adjectival(region: str, verb: re.Match[str]) -> bool:
    """ "according to agreed facts", "the stated aim": a participle used as an adjective."""
    return verb.group().endswith("ed") and bool(
        re.search(r"\b(?:to|the|a|an|of|its|their|his|her)\s+$", region[: verb.start()])
    )


def _according_before(text: str, region: str, clause_from: int, found: re.Match[str]):
    stop = region.find(",", found.end())
    stop = len(region) if stop < 0 else stop
    mention = parse_speaker_after(text, clause_from + found.end(), clause_from + stop)
    if mention is None:
        return None
    tight = len(region[stop:].split()) <= 1
    return Attribution(clause_from + found.start(), mention.end, mention, "according to", tight)


def _subject(text: str, masked: str, starts: tuple[int, int], verb: re.Match[str], region: str):
    """The speaker of a reporting verb found in ``region`` (which starts at ``starts[0]``)."""
    clause_from, sentence_from = starts
    verb_at = clause_from + verb.start()
    passive = _BY_AGENT.match(region, verb.end())
    if passive and _PASSIVE.search(region, 0, verb.start()):
        # "has been described by the Daily Hive as": the agent is the speaker.
        agent = parse_speaker_after(text, clause_from + passive.end(), clause_from + len(region))
        if agent is not None:
            return agent
    lead = _LEAD_ADVERBS.sub("", region[: verb.start()]).rstrip()
    if verb.group().endswith("ing") and not lead.endswith(" as"):
        # "Trump congratulated Pelosi, saying": the subject leads the sentence.
        return parse_leading_speaker(text, sentence_from, verb_at)
    # Never read a subject out of the words of an earlier quotation.
    closing = max(masked.rfind(mark, clause_from, verb_at) for mark in '”"')
    subject_from = max(clause_from, closing + 1)
    mention = parse_speaker(text, subject_from, verb_at)
    if mention is None and re.search(r"(?:^|\s)and$", lead):
        # "Duda characterised the deaths as ... and wrote": the subject leads the sentence.
        mention = parse_leading_speaker(text, sentence_from, verb_at)
    return mention


def _colon(text: str, masked: str, clause_from: int, mark: int) -> Attribution | None:
    """'Trump took a parting shot on Twitter: "..."': the clause's subject is the speaker."""
    lead = masked[clause_from:mark].rstrip()
    if not lead.endswith(":") or len(lead.split()) < 2:
        return None
    mention = parse_leading_speaker(text, clause_from, clause_from + len(lead) - 1)
    if mention is None:
        return None
    return Attribution(mention.start, mention.end, mention, "say", True)
