# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reported (indirect) speech: "X said (that) ...", "according to X, ...".

Runs over the masked text, so reporting verbs inside direct quotations are
ignored and a clause that is wholly a direct quotation is left to the direct
quote's attribution. Only the outermost report in a sentence is taken: "X
said Y told him that Z" is X's claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.quotes.lexicon import BARE_CLAUSE_VERBS, WEAK_VERBS, verb_forms, verb_pattern
from app.core.quotes.names import Mention
from app.core.quotes.phrases import (
    parse_leading_speaker,
    parse_speaker,
    parse_speaker_after,
)
from app.core.quotes.text import count_words

_OBJECT_VERBS = frozenset(["tell", "inform", "assure", "warn", "advise", "urge", "ask", "remind"])
_TIME = (
    r"(?:(?:yesterday|this|on\s+\w+day)\s+(?:morning|afternoon|evening|night)|"
    r"(?:earlier|later)\s+this\s+(?:week|month|year)|"
    r"(?:last|this|next)\s+(?:week|month|year|night|morning|weekend|spring|summer|autumn|fall|"
    r"winter)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+\d{4}|"
    r"yesterday|today|tonight|earlier|later|previously|recently|also|again|then|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_TIMES = re.compile(rf"(?:\s*,?\s*{_TIME})*\s*,?\s*")
_THAT_AFTER = re.compile(r"[^.;:!?\"“”]{0,90}?\bthat\s+")
_ADVERBIAL = re.compile(
    rf"\s*,?\s*(?:$|{_TIME}|(?:in|on|at|to|via|through|during|after|before|over|with|from|by|"
    r"for|about|of|under|when|while|as)\b)"
)
_CLAUSE_START = re.compile(
    r"(?:he|she|it|they|we|I|there|this|these|those|you|the|a|an|his|her|their|its|our|"
    r"some|all|no|many|most|several|both|each|every|only|one|two|three|[A-Z][\w’'.-]*|\d)\b"
)
_OBJECT = re.compile(
    r"(?:reporters|journalists|the\s+press|(?:the\s+|a\s+|an\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    r"|him|her|them|us|me|the\s+\w+(?:\s+\w+)?)\s+"
)
# A bare reported clause ("said the road will reopen") has a finite verb early on;
# a noun object ("confirmed the death of two men") does not.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|had|has|have|could|can|should|may|might|must|did|does|"
    r"do|been|being|went|came|took|made|got|left|gave|found|saw|became|began|kept|isn't|"
    r"aren't|wasn't|weren't|won't|wouldn't|hadn't|hasn't|haven't|couldn't|can't|didn't|"
    r"doesn't|don't|’s|'s|’re|'re|’ll|'ll|’d|'d)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|it|we|I|there)\s+\w")
_IRREGULAR_PAST = frozenset(
    "led grew rose fell won lost paid sold built broke spent held ran hit struck fled died".split()
)
_BEFORE_ADJECTIVE = frozenset("a an the of for to with by in on at from and or".split())
_PARTICIPLE_TAIL = re.compile(r",?\s*(?:adding|saying|noting|explaining|stressing|warning)\b")
_INVERTED_BEFORE = re.compile(r",\s*([^,]{1,60}?)\s+(?:said|says|added|told|wrote)\s*,\s*$")
_CONJUNCTION = re.compile(r",?\s+(?:while|whereas|but|and|as)\s+(?:\S+\s+){0,8}?$")
# Where a reported clause ends early: a later attribution, or a participle
# clause about the reporting itself ("..., before reversing course").
_TAIL = re.compile(
    r",\s*(?:according\s+to\b|(?:he|she|they|it)\s+(?:said|added)\b"
    r"|(?:before|after|while|when|since)\s+\w+ing\b)"
)


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported clause ``start``/``end`` credited to ``mention`` by ``attribution``."""

    start: int
    end: int
    mention: Mention
    attribution: tuple[int, int]


def find_reported(text: str, masked: str, sentence: tuple[int, int]) -> list[Reported]:
    """Reported speech in one sentence of ``text`` (``masked`` hides direct quotations)."""
    start, end = sentence
    found: list[Reported] = []
    according = _according(text, masked, start, end)
    if according is not None:
        return [according]
    for verb in verb_pattern().finditer(masked, start, end):
        report = _report(text, masked, sentence, verb)
        if report is None:
            continue
        if found and report.attribution[0] < found[-1].end:
            # "X said A while Y wrote B": Y's report ends X's clause; anything
            # else inside X's clause is X's claim, not a report of its own.
            cut = _CONJUNCTION.search(masked, found[-1].start, report.attribution[0])
            if cut is None or masked[cut.end() : report.attribution[0]].strip():
                continue
            previous = found[-1]
            found[-1] = Reported(
                previous.start,
                _clause_end(masked, previous.start, cut.start()),
                previous.mention,
                previous.attribution,
            )
        found.append(report)
    return found


def _report(text: str, masked: str, sentence: tuple[int, int], verb: re.Match[str]):
    start, end = sentence
    base = verb_forms()[verb.group()]
    clause = _complement(masked, verb.end(), end, base)
    if clause is None:
        return _inverted(text, masked, sentence, verb)
    clause_start, clause_end = clause
    if count_words(masked[clause_start:clause_end]) < 3:
        return None
    subject_from = _subject_start(masked, start, verb.start())
    inverted = _INVERTED_BEFORE.search(masked, start, verb.start())
    if verb.group().endswith("ing") and inverted:
        # "The wind was strong, Zapata said, adding it ...": Zapata adds.
        mention = parse_speaker(text, inverted.start(1), inverted.end(1))
    elif verb.group().endswith("ing") and masked[: verb.start()].rstrip().endswith(","):
        mention = parse_leading_speaker(text, subject_from, verb.start())
    elif verb.group().endswith("ing"):
        return None
    else:
        mention = parse_speaker(text, subject_from, verb.start())
    if mention is None:
        return None
    attribution = (min(mention.start, verb.start()), verb.end())
    return Reported(clause_start, clause_end, mention, attribution)


def _complement(masked: str, pos: int, end: int, base: str) -> tuple[int, int] | None:
    """Span of the clause a verb at ``pos`` reports, or None when it reports none."""
    at = pos
    if base in _OBJECT_VERBS:
        obj = _OBJECT.match(masked, _skip_space(masked, at), end)
        if obj is None and base == "tell":
            return None
        at = obj.end() if obj else at
    that = _THAT_AFTER.match(masked, at, end)
    if that:
        lead = re.sub(r"\bthat\s+$", "", that.group())
        if lead.strip(" ,") and not _ADVERBIAL.match(lead):
            that = None
    if that and not re.search(r"\b(?:so|such|now)\s+that\s+$", that.group()):
        clause_at = that.end()
    elif base in BARE_CLAUSE_VERBS and (base not in WEAK_VERBS or base == "report"):
        clause_at = _TIMES.match(masked, at, end).end()
        if not _CLAUSE_START.match(masked, clause_at, end):
            return None
        if masked.startswith(("In ", "On ", "At "), clause_at):
            return None
        if not _reads_as_clause(masked, clause_at, end):
            return None
    else:
        return None
    if masked[clause_at : clause_at + 1] in '"“‘' or clause_at >= end:
        return None
    return clause_at, _clause_end(masked, clause_at, end)


def _reads_as_clause(masked: str, start: int, end: int) -> bool:
    """A bare complement is a clause ("the road will reopen"), not an object
    ("the death of two men"): it opens with a pronoun, holds a quotation, or
    has a finite verb early on."""
    window = masked[start : min(end, start + 90)]
    if _PRONOUN_SUBJECT.match(window) or re.search(r"[\"“”]", window):
        return True
    if _FINITE.search(window):
        return True
    words = [word.strip('.,;:!?"”’)') for word in window.split()[:7]]
    return any(
        (word.endswith("ed") or word in _IRREGULAR_PAST)
        and index > 0
        and words[index - 1].lower() not in _BEFORE_ADJECTIVE
        for index, word in enumerate(words)
    )


def _clause_end(masked: str, start: int, end: int) -> int:
    semicolon = masked.find(";", start, end)
    if semicolon >= 0:
        end = semicolon
    tail = _TAIL.search(masked, start, end)
    if tail:
        end = tail.start()
    colon = re.search(r":\s*[\"“]", masked[start:end])
    if colon:
        end = start + colon.start()
    while end > start and masked[end - 1] in " .!?,:":
        end -= 1
    return end


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _subject_start(masked: str, start: int, verb_at: int) -> int:
    """Start of the clause holding the verb's subject: after the last closing mark or ';'."""
    cut = max(masked.rfind("”", start, verb_at), masked.rfind(";", start, verb_at))
    quote = masked.rfind('"', start, verb_at)
    if quote > cut and masked[start:quote].count('"') % 2 == 1:
        cut = quote
    return start if cut < 0 else cut + 1


def _inverted(text: str, masked: str, sentence: tuple[int, int], verb: re.Match[str]):
    """ "The road will reopen, officials said." / "..., said a spokesman.": clause first."""
    start, end = sentence
    form = verb.group()
    if not (form in ("said", "says", "wrote") or form.endswith("ed")):
        return None
    if verb_forms()[form] in WEAK_VERBS:
        return None
    before = masked[start : verb.start()]
    comma = before.rfind(",")
    if comma < 0 or before[:comma].rstrip().endswith(("”", '"', "’")):
        return None
    rest = _TIMES.match(masked, verb.end(), end).end()
    if masked[rest:end].strip(" .!?") and not _PARTICIPLE_TAIL.match(masked, rest, end):
        subject_words = before[comma + 1 :].split()
        if subject_words:
            return None
    if before[comma + 1 :].strip():
        if len(before[comma + 1 :].split()) > 8:
            return None
        mention = parse_speaker(text, start + comma + 1, verb.start())
    elif form in ("said", "says", "added", "wrote") and len(masked[verb.end() : end].split()) <= 8:
        mention = parse_speaker_after(text, verb.end(), end)
    else:
        return None
    if mention is None or count_words(masked[start : start + comma]) < 3:
        return None
    clause_end = start + comma
    while clause_end > start and masked[clause_end - 1] in " ,":
        clause_end -= 1
    attribution_end = verb.end() if before[comma + 1 :].strip() else mention.end
    return Reported(start, clause_end, mention, (start + comma + 1, attribution_end))


def _according(text: str, masked: str, start: int, end: int) -> Reported | None:
    """ "According to X, ...", "..., according to X." and "A, according to X, B"."""
    lead = re.match(r"According to\s+", masked[start:end])
    if lead:
        comma = masked.find(",", start + lead.end(), end)
        if comma < 0:
            return None
        mention = parse_speaker_after(text, start + lead.end(), comma)
        clause_end = _clause_end(masked, comma + 1, end)
        clause_start = _skip_space(masked, comma + 1)
        if mention is None or masked[clause_start : clause_start + 1] in '"“':
            return None
        return Reported(clause_start, clause_end, mention, (start, comma))
    inside = re.search(r"(?:,\s*|\s+)according to\s+", masked[start:end])
    if inside is None:
        return None
    at = start + inside.end()
    comma = masked.find(",", at, end)
    mention = parse_speaker_after(text, at, comma if comma >= 0 else end)
    clause = masked[start : start + inside.start()]
    if mention is None or clause.rstrip().endswith(("”", '"')) or count_words(clause) < 3:
        return None
    if comma >= 0 and masked[comma + 1 : end].strip(" .!?"):
        # "One child was, according to the fire service, among the dead."
        return Reported(
            start, _clause_end(masked, start, end), mention, (start + inside.start(), comma)
        )
    return Reported(start, start + inside.start(), mention, (start + inside.start(), mention.end))
