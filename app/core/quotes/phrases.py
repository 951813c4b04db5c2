# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reading a speaker out of the words before (or after) a reporting verb.

``parse_speaker`` takes the stretch of text that holds the subject of a
reporting verb ("In response, Stephen Nix from the International Republican
Institute was quoted as") and returns a ``Mention``: the name or the
description of who spoke, what kind of speaker it is, and the role or
affiliation the text gives. It is a small chunker over capitalisation and
word lists, not a parser: it drops introductory adverbials, auxiliaries,
relative clauses and prepositional phrases that do not give an affiliation.
"""

from __future__ import annotations

import re

from app.core.quotes.lexicon import (
    ABBREVIATED,
    ADJECTIVE_ENDINGS,
    AFTER_STOPS,
    CLAUSE_BREAKS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUPS,
    INTRODUCERS,
    LATER,
    LEADING,
    ORGANISATION_NOUNS,
    PARTS,
    PERSON_NOUNS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_WORDS,
    SPLIT_ALWAYS,
    TIME_WORDS,
    TRAILING,
    is_known_organisation,
    verb_forms,
)
from app.core.quotes.model import SpeakerKind
from app.core.quotes.names import (
    PARTICLES,
    Mention,
    base_word,
    capitalised,
    capitalised_run,
    is_organisation_name,
    name_start,
)

_TOKEN = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f.'’&\-]*|[,;:()\u2014\u2013]")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in _TOKEN.finditer(text, start, end):
        a, b = match.span()
        word = match.group()
        # A full stop ends the sentence, not the name, unless the word is an
        # abbreviation ("Jr.", "U.S.").
        if word.endswith(".") and "." not in word[:-1] and word[:-1].lower() not in ABBREVIATED:
            b -= 1
        spans.append((a, b))
    return spans


def _word(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def parse_speaker(text: str, start: int, end: int) -> Mention | None:
    """The speaker named in ``text[start:end]``, which ends right before its verb."""
    tokens = _tokens(text, start, end)
    tokens = _strip_trailing(text, _drop_brackets(text, tokens))
    tokens = _strip_leading(text, tokens)
    tokens = _last_clause(text, tokens)
    tokens = _clean_tail(text, tokens)
    if not tokens:
        return None
    head, apposition = _split_apposition(text, tokens)
    head, modifier = _split_modifier(text, head)
    if modifier and _word(text, modifier[0]).lower() not in ("of", "for", "from", "to"):
        # "a spokesman in talks with the Foreign Minister, Dmytro Kuleba,": the
        # apposition names the object of the phrase, not the speaker.
        apposition = []
    head, partner = _split_coordination(text, head)
    if not head:
        return None
    mention = _read_head(text, head, modifier, apposition)
    if mention and partner:
        extra = "with " + text[partner[0][0] : partner[-1][1]]
        role = f"{mention.role}, {extra}" if mention.role else extra
        mention = Mention(
            mention.name,
            mention.kind,
            role,
            mention.proper,
            mention.start,
            mention.end,
            mention.pronoun,
        )
    return mention


def _strip_trailing(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    while tokens:
        word = _word(text, tokens[-1])
        # "USA Today" keeps its capital; "today" at the end is a time adverb.
        if (
            word != ","
            and (word.lower() not in TRAILING or capitalised(word))
            and not (
                word.lower() in TIME_WORDS
                and len(tokens) > 1
                and _word(text, tokens[-2]).lower() in ("on", "last", "this")
            )
        ):
            break
        tokens = tokens[:-1]
    return tokens


def _drop_brackets(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop parenthesised asides: "the World Health Organization (WHO)"."""
    kept: list[tuple[int, int]] = []
    depth = 0
    for span in tokens:
        word = _word(text, span)
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(span)
    return kept


def _strip_leading(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    while tokens:
        first = _word(text, tokens[0]).lower()
        if first in LEADING or first in ",;:(\u2014\u2013":
            tokens = tokens[1:]
            continue
        commas = [i for i, t in enumerate(tokens) if _word(text, t) == ","]
        second = _word(text, tokens[1]).lower() if len(tokens) > 2 else ""
        if first in PARTS and second == "of":
            # "Part of the judge's statement reads", "One of the authors, X,".
            tokens = tokens[2:]
            continue
        if first in ("a", "an") and second in GROUPS and len(tokens) > 3:
            # "A number of Senators": the senators speak.
            tokens = tokens[3:] if _word(text, tokens[2]).lower() == "of" else tokens
            if _word(text, tokens[0]).lower() in ("a", "an"):
                break
            continue
        if first.endswith("ing") and commas and first not in INTRODUCERS:
            # "Offering his condolence, speaker Ali Larijani wrote".
            tokens = tokens[commas[0] + 1 :]
            continue
        if first in INTRODUCERS and commas:
            tokens = tokens[commas[0] + 1 :]
            continue
        lead = " ".join(_word(text, t).lower() for t in tokens[:3])
        if LATER.match(lead):
            # "A few days later the administration said".
            tokens = tokens[3 + (lead.split()[0] == "a") - 1 :]
            continue
        if first in INTRODUCERS and not commas:
            # "In an advisory issued at noon the National Hurricane Center reported".
            the = [
                i
                for i, t in enumerate(tokens[:-1])
                if _word(text, t).lower() == "the" and capitalised(_word(text, tokens[i + 1]))
            ]
            if the:
                tokens = tokens[the[-1] :]
            break
        if first in ("yesterday", "today", "tonight") or (
            first in ("on", "last", "this")
            and len(tokens) > 1
            and _word(text, tokens[1]).lower() in TIME_WORDS
        ):
            tokens = tokens[1 if first in ("yesterday", "today", "tonight") else 2 :]
            continue
        break
    return tokens


def _last_clause(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep only the clause that holds the verb's subject ("..., and police" → "police")."""
    words = [_word(text, t) for t in tokens]
    cut = 0
    for index, word in enumerate(words):
        lower = word.lower()
        if word in (";", ":", "(", "\u2014", "\u2013") or lower in CLAUSE_BREAKS:
            cut = index + 1
        elif (
            lower in ("which", "whom")
            and index + 1 < len(words)
            and (capitalised(words[index + 1]) or words[index + 1].lower() in DETERMINERS)
        ):
            # "the decision, which Ross has referred to as": Ross speaks.
            cut = index + 1
        elif word in verb_forms() and index + 1 < len(words):
            # "Reuters reported on Monday a source said": the subject follows the verb.
            cut = index + 1
        elif lower in ("and", "or") and index > 0:
            before = words[cut:index]
            if any(_clause_word(w) for w in before) or (index > 0 and words[index - 1] == ","):
                cut = index + 1
    return _strip_leading(text, tokens[cut:])


def _clean_tail(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """After a clause and a comma, the subject is the last clean segment:
    "minutes before the committee voted to refer them, Trump" → "Trump"."""
    words = [_word(text, t) for t in tokens]
    if "," not in words:
        return tokens
    cut = len(words) - 1 - words[::-1].index(",")
    tail = words[cut + 1 :]
    before = words[:cut]
    if (
        tail
        and len(tail) <= 5
        and not any(_clause_word(w) for w in tail)
        and (sum(1 for w in before if _clause_word(w)) >= 2)
    ):
        return tokens[cut + 1 :]
    return tokens


def _clause_word(word: str) -> bool:
    """A lower-case word that no speaker's noun phrase would hold (a verb, mostly)."""
    lower = word.lower()
    return (
        not capitalised(word)
        and lower not in DOCUMENT_NOUNS
        and word != ","
        and lower not in DETERMINERS
        and lower not in ROLE_WORDS
        and lower not in PERSON_NOUNS
        and lower not in ORGANISATION_NOUNS
        and lower not in PARTICLES
        and lower not in ("of", "for", "and", "from", "at", "with", "in", "’s", "'s")
        and not lower.endswith(("’s", "'s", "ian", "ese", "ish"))
    )


def _split_apposition(text: str, tokens: list[tuple[int, int]]):
    words = [_word(text, t) for t in tokens]
    if "," not in words:
        return tokens, []
    first = words.index(",")
    rest = tokens[first + 1 :]
    if "," in words[first + 1 :]:
        rest = tokens[first + 1 : first + 1 + words[first + 1 :].index(",")]
    return tokens[:first], rest


def _split_modifier(text: str, head: list[tuple[int, int]]):
    words = [_word(text, t) for t in head]
    for index, word in enumerate(words[1:], start=1):
        lower = word.lower()
        before = words[index - 1]
        after = words[index + 1] if index + 1 < len(words) else ""
        tail = words[index + 1 :]
        named_tail = name_start(tail) is not None and len(tail) - (name_start(tail) or 0) >= 2
        if lower in ("of", "for", "to") and named_tail and not capitalised(words[0]):
            # "speaker of the parliament Ali Larijani": the name ends the phrase.
            continue
        person_before = name_start(words[:index]) == 0 and index >= 2
        if (
            lower in SPLIT_ALWAYS
            or (
                lower in ("of", "for")
                and (person_before or not (capitalised(before) and capitalised(after)))
            )
            or (lower == "to" and after.lower() in ("the", "a", "an"))
        ):
            return head[:index], head[index:]
    return head, []


def _split_coordination(text: str, head: list[tuple[int, int]]):
    words = [_word(text, t) for t in head]
    lowered = [w.lower() for w in words]
    if "and" not in lowered[1:-1]:
        return head, []
    index = lowered.index("and", 1)
    after = words[index + 1]
    before = " ".join(words[:index])
    if after.lower() in DETERMINERS or not is_known_organisation(before):
        return head[:index], head[index + 1 :]
    return head, []


def _read_head(text, head, modifier, apposition) -> Mention | None:
    words = [_word(text, t) for t in head]
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        span = head[0]
        return Mention("", "unknown", "", False, span[0], span[1], PRONOUNS[words[0].lower()])
    name_at = name_start(words)
    if name_at is None:
        return _description(text, head, modifier, apposition)
    caps_at = capitalised_run(words)
    kind: SpeakerKind = "person"
    if is_organisation_name(words, name_at, caps_at):
        kind, name_at = "organisation", min(caps_at, name_at)
        while name_at < len(words) - 1 and words[name_at].lower() in DETERMINERS:
            name_at += 1
    name = " ".join(words[name_at:])
    role_parts = [
        _role_text(words[:name_at]),
        _affiliation(text, modifier),
        _role_text([_word(text, t) for t in apposition]),
    ]
    role = ", ".join(part for part in role_parts if part)
    return Mention(name, kind, role, True, head[name_at][0], head[-1][1])


def _role_text(words: list[str]) -> str:
    while words and (words[0].lower() in DETERMINERS or words[0] == ","):
        words = words[1:]
    return " ".join(words).strip(" ,")


def _affiliation(text: str, modifier: list[tuple[int, int]]) -> str:
    if not modifier:
        return ""
    words = [_word(text, t) for t in modifier]
    if words[0].lower() not in ("from", "of", "at", "for", "with", "representing"):
        return ""
    body = words[1:]
    while body and body[0].lower() in DETERMINERS:
        body = body[1:]
    if not body or not capitalised(body[0]) or len(body) > 8:
        return ""
    return " ".join(body)


def _author(text, head, modifier) -> Mention | None:
    """Who issued a document: "Judge Miller's statement", "a tweet by Mike Pompeo"."""
    first = _word(text, head[0]).lower()
    if first in POSSESSIVES and len(head) >= 2:
        span = head[0]
        return Mention("", "unknown", "", False, span[0], span[1], POSSESSIVES[first])
    owners = [i for i, t in enumerate(head[:-1]) if _word(text, t).endswith(("’s", "'s"))]
    if owners:
        last = head[owners[-1]]
        owner = [*head[: owners[-1]], (last[0], last[1] - 2)]
        found = _read_head(text, owner, [], [])
        if found is not None and (found.proper or found.kind == "person"):
            return found
    by = [t for t in modifier if _word(text, t) in ("by", "from")]
    if by:
        return parse_speaker_after(text, by[0][1], modifier[-1][1])
    return None


def _description(text, head, modifier, apposition) -> Mention | None:
    words = [_word(text, t) for t in head]
    first = 0
    while first < len(words) and words[first].lower() in DETERMINERS:
        first += 1
    if first == len(words):
        return None
    noun = base_word(words[-1])
    apposed = [_word(text, t) for t in apposition]
    at = name_start(apposed) if apposed else None
    if at is not None and noun in PERSON_NOUNS | ROLE_WORDS:
        # "Another eyewitness, Nicole Towarek, said": the name is in apposition.
        role = " ".join(words[first:] + apposed[:at])
        return Mention(
            " ".join(apposed[at:]), "person", role, True, apposition[at][0], apposition[-1][1]
        )
    if noun in DOCUMENT_NOUNS:
        author = _author(text, head, modifier)
        if author is not None:
            return author
    if any(_clause_word(w) and not w.lower().endswith(ADJECTIVE_ENDINGS) for w in words[first:]):
        return None
    kind: SpeakerKind = "unknown"
    if noun in DOCUMENT_NOUNS:
        kind = "unknown"
    elif noun in PERSON_NOUNS or (noun in ROLE_WORDS and noun not in ORGANISATION_NOUNS):
        kind = "person"
    elif noun in ORGANISATION_NOUNS or is_known_organisation(" ".join(words[first:])):
        kind = "organisation"
    if kind == "unknown" and not capitalised(words[-1]) and noun not in DOCUMENT_NOUNS:
        return None
    end = head[-1][1]
    name = " ".join(words[first:])
    if (
        modifier
        and _word(text, modifier[0]).lower() in ("for", "of", "at", "from")
        and len(modifier) <= 6
    ):
        name = text[head[first][0] : modifier[-1][1]]
        end = modifier[-1][1]
    role = _role_text(apposed)
    definite = words[0].lower() in ("the", "this", "that", "these", "those")
    if base_word(words[first]) in ROLE_WORDS | PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS:
        name = name[:1].lower() + name[1:]
    return Mention(name, kind, role, False, head[first][0], end, definite=definite)


def parse_speaker_after(text: str, start: int, end: int) -> Mention | None:
    """The speaker right after an inverted verb: "said Jane Doe, a spokeswoman for X"."""
    tokens = _tokens(text, start, end)
    commas = 0
    for index, span in enumerate(tokens):
        word = _word(text, span)
        commas += word == ","
        if word.lower() in AFTER_STOPS or word in ";:()\u2014\u2013" or commas == 2:
            tokens = tokens[:index]
            break
    tokens = _strip_trailing(text, tokens)
    if not tokens:
        return None
    head, apposition = _split_apposition(text, tokens)
    head, modifier = _split_modifier(text, head)
    if not head:
        return None
    return _read_head(text, head, modifier, apposition)


def parse_leading_speaker(text: str, start: int, end: int) -> Mention | None:
    """The subject at the start of a clause: "President Trump congratulated Pelosi" → Trump."""
    tokens = _strip_leading(text, _tokens(text, start, end))
    for index, span in enumerate(tokens):
        if _clause_word(_word(text, span)):
            tokens = tokens[:index]
            break
    if not tokens:
        return None
    return parse_speaker(text, tokens[0][0], tokens[-1][1])
