# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Telling a speaker's words from other uses of quotation marks.

Quotation marks also enclose titles of works, terms and words as words,
nicknames, scare quotes and the words on a sign. Those are not quotes and
must not be tracked as sources; this module decides, from the words around
the marks and the attribution found, which is which. It leans to precision:
a short stretch with no one credited in its sentence is not a quote.
"""

from __future__ import annotations

import re

from app.core.quotes.attribution import Attribution
from app.core.quotes.text import count_words

_NAMING = re.compile(
    r"(?:\b(?:titled|entitled|named|dubbed|nicknamed|called|known\s+as|billed\s+as|branded|"
    r"labell?ed(?:\s+as)?|coined|so-called|headlined|captioned|marked|reading|reads|read|"
    r"the\s+(?:word|words|term|terms|phrase|name|names|title|hashtag|slogan|motto|"
    r"expression|label|nickname|acronym|message|headline|caption|tag)s?|"
    r"(?:film|movie|book|novel|song|single|album|record|show|series|programme|program|"
    r"documentary|play|musical|opera|poem|article|essay|paper|study|exhibition|painting|game|"
    r"episode|podcast|campaign|operation|initiative|project|project|slogan|motto|hashtag|"
    r"track|chapter|column|blog|brand|app|sign|signs|banner|banners|placard|placards|poster|"
    r"posters|T-shirt|shirt|plaque|billboard|graffiti|headline|award|prize|category|"
    r"report|motion|bill|act|policy|plan|strategy|programme|code|option|feature|mode)s?)"
    r"\s*[,:]?\s*(?:the\s+)?)$",
    re.IGNORECASE,
)
_SIGN_HEADS = frozenset(
    """sign signs banner banners placard placards poster posters graffiti shirt t-shirt
    shirts plaque billboard billboards headline headlines caption label labels note
    inscription message messages slogan""".split()
)


def is_speech(
    text: str, start: int, end: int, attribution: Attribution | None, *, continued: bool
) -> bool:
    """True when ``text[start:end]`` (between marks) reads as someone's words."""
    if continued:
        return True
    quoted = text[start:end]
    size = count_words(quoted)
    if size == 0 or _is_nickname(text, start, end, size):
        return False
    if (
        attribution is not None
        and attribution.mention.name.lower().split()[-1:]
        and (attribution.mention.name.lower().split()[-1] in _SIGN_HEADS)
    ):
        return False
    tight = attribution is not None and attribution.tight
    if _NAMING.search(text[max(0, start - 40) : start - 1]) and not (tight and size > 4):
        return False
    if tight:
        return True
    sentence_like = size >= 6 or bool(re.search(r"[.!?,;]\s*$", quoted) and size >= 3)
    if attribution is not None:
        return not _is_title_case(quoted, size) or sentence_like
    return sentence_like and not _is_title_case(quoted, size)


def _is_nickname(text: str, start: int, end: int, size: int) -> bool:
    """Dwayne "The Rock" Johnson: a few words between two capitalised names."""
    if size > 4:
        return False
    before = re.search(r"(?:^|\s)([\w.’'-]+) $", text[max(0, start - 30) : start - 1])
    after = re.match(r" ([\w’'-]+)", text[end + 1 : end + 30])
    return bool(before and after and before.group(1)[:1].isupper() and after.group(1)[:1].isupper())


def _is_title_case(quoted: str, size: int) -> bool:
    """Most words capitalised and no sentence punctuation: a title, a name or a slogan."""
    words = re.findall(r"[\w’'-]+", quoted)
    if not words or size > 12 or re.search(r"[.!?]\s*$", quoted):
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with"}
    significant = [w for w in words if w.lower() not in small]
    capitals = sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit())
    return bool(significant) and capitals == len(significant)
