# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Proper names: where a name starts in a run of words, and whether it names a body.

A ``Mention`` is what the phrase reader (``phrases.py``) makes of the words
naming a speaker; the helpers here decide which capitalised words are the
name ("Joe Biden" in "U.S. President Joe Biden") and whether that name is a
person or an organisation, from word lists rather than a tagger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from app.core.quotes.lexicon import (
    COUNTRIES,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    is_known_organisation,
)
from app.core.quotes.model import SpeakerKind

PARTICLES = frozenset("""von van der den de da di du la le del dos bin ibn al el ben y""".split())


@dataclass(frozen=True, slots=True)
class Mention:
    """Who a stretch of text says is speaking, before resolving it against the article.

    ``name`` is a proper name as written, or a description without its
    article ("UN spokesman"); ``proper`` tells which. ``pronoun`` is set
    (and ``name`` empty) for he/she/they/it. ``start``/``end`` span the name
    or description in the analysed text.
    """

    name: str
    kind: SpeakerKind
    role: str
    proper: bool
    start: int
    end: int
    pronoun: str = ""
    definite: bool = False


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def base_word(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


_ROLE_ENDINGS = ("man", "woman", "or", "er", "ist", "ian", "ant", "ent", "ary", "ive", "ess")


def name_start(words: list[str]) -> int | None:
    """Index where the trailing proper name begins, or None when there is none."""
    index = len(words)
    while index > 0:
        word = words[index - 1]
        particle = word.lower() in PARTICLES and index < len(words) and index - 1 > 0
        particle = particle or (word.isdigit() and index >= 2 and capitalised(words[index - 2]))
        if (capitalised(word) and base_word(word) not in ROLE_WORDS) or particle:
            index -= 1
        else:
            break
    while index < len(words) and words[index].lower() in PARTICLES:
        index += 1
    if index == len(words):
        return None
    if len(words) - index >= 3 and index > 0 and words[index - 1].lower() in ("of", "for", "to"):
        index = len(words) - 2
    if len(words) - index >= 3 and words[index] in COUNTRIES:
        index += 1
    while len(words) - index >= 3 and words[index].lower().endswith(_ROLE_ENDINGS):
        # "Assemblywoman Selena Torres", "Co-author Jing-Shan Zhao": a title
        # the word lists do not know, recognised by its ending.
        index += 1
    owners = [i for i in range(index, len(words) - 1) if words[i].endswith(("’s", "'s"))]
    if owners:
        # "the Native American Rights Fund's Jacqueline De León": the name follows.
        index = owners[-1] + 1
    while index < len(words) - 1 and words[index].lower() in ("a", "an", "the"):
        index += 1
    return index


def capitalised_run(words: list[str]) -> int:
    """Start of the trailing run of capitalised words (joined by of/and/for/the)."""
    index = len(words)
    while index > 0:
        word = words[index - 1]
        joiner = word.lower() in ("of", "and", "for", "the", "on") and index < len(words)
        if capitalised(word) or (joiner and index - 1 > 0 and capitalised(words[index - 2])):
            index -= 1
        else:
            break
    return index


def is_organisation_name(words: list[str], name_at: int, caps_at: int) -> bool:
    person = words[name_at:]
    if is_known_organisation(" ".join(person)):
        return True
    run = " ".join(words[caps_at:])
    looks_personal = len(person) >= 2 and not any(w in ORGANISATION_WORDS for w in person)
    if is_known_organisation(run) and not looks_personal:
        return True
    # "the Kremlin", "the Alachua Sheriff's Office": a definite article right
    # before a proper name almost always heads a body, not a person.
    return (
        not looks_personal
        and words[0].lower() == "the"
        and min(caps_at, name_at) <= 1
        and len(words) > 1
    )


_NAME_RUN = re.compile(
    r"(?<![\w’'-])[A-Z\u00c0-\u00de][\w\u00c0-\u024f’'-]+"
    r"(?:\s+(?:(?:von|van|der|den|de|da|di|du|la|le|del|dos|bin|ibn|al)\s+)*"
    r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f’'-]+){1,3}"
)
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z\u00c0-\u00de][\w\u00c0-\u024f’'-]*(?![\w-])")
_NOT_NAMES = frozenset(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At
    For And But If When While After Before During Following According Despite Both
    Does Did Do Many Most Some All Each Every Neither Either Also Even Only Since Though
    Although Because With Without From This That These Those Then Its Their His Her Our""".split()
)


class NameSeen(NamedTuple):
    """A full person name in the text; ``subject`` when it opens its sentence."""

    name: str
    start: int
    subject: bool


def names_in(text: str) -> list[NameSeen]:
    """Full person names mentioned anywhere in ``text`` (2–4 words), with their offsets.

    Used to expand a bare surname ("Stamenković told") to the name the article
    introduced without a reporting verb ("scientist Vlada Stamenković"), and,
    for names that open a sentence, as antecedents of "he" and "she".
    """
    found: list[NameSeen] = []
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        roles = [i for i, w in enumerate(words) if base_word(w) in ROLE_WORDS]
        words = words[roles[-1] + 1 :] if roles else words
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        at = name_start(words) if words else None
        words = words[at:] if at is not None else []
        name = " ".join(words).removesuffix("’s").removesuffix("'s")
        if len(words) < 2 or is_known_organisation(name):
            continue
        if any(w in ORGANISATION_WORDS for w in words):
            continue
        start = match.end() - len(" ".join(words))
        found.append(NameSeen(name, start, _opens_sentence(text, match.start())))
    return sorted(found + _surnames(text, found), key=lambda seen: seen.start)


def _surnames(text: str, full: list[NameSeen]) -> list[NameSeen]:
    """Later sentences that open with the bare surname of a full name seen before."""
    first: dict[str, NameSeen] = {}
    for seen in full:
        first.setdefault(seen.name.split()[-1], seen)
    found: list[NameSeen] = []
    for match in _CAPITALISED_WORD.finditer(text):
        seen = first.get(match.group())
        if (
            seen is not None
            and match.start() > seen.start + len(seen.name)
            and _opens_sentence(text, match.start())
        ):
            found.append(NameSeen(seen.name, match.start(), True))
    return found


def _opens_sentence(text: str, at: int) -> bool:
    """True when only a few title words stand between the sentence start and ``at``."""
    before = re.split(r"[.!?\n]\s", text[max(0, at - 80) : at])[-1]
    words = before.replace(",", " ").split()
    verbish = {"is", "was", "were", "has", "had", "as", "for", "by", "to", "in", "on", "at", "with"}
    return len(words) <= 5 and not any(
        w.lower() in verbish or w.lower().endswith("ed") for w in words
    )
