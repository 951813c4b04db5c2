# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""One article's cast of speakers: later mentions resolved to first references.

News style names a source in full once ("U.S. President Joe Biden") and by
surname, title or pronoun after that ("Biden", "the president", "he"). The
registry is fed mentions in text order and returns the canonical speaker for
each; it also notes mentions that disagree with the first reference (a
misspelt first name, a changed title) for the consistency flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from app.core.quotes.model import NameVariant, SpeakerKind
from app.core.quotes.names import Mention, NameSeen

_MALE = frozenset("mr mr. sir lord king prince father spokesman chairman congressman".split())
_FEMALE = frozenset(
    """mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman congresswoman""".split()
)


@dataclass(slots=True)
class Speaker:
    """A resolved source: canonical name, kind, role, and what is known of gender."""

    name: str
    kind: SpeakerKind
    role: str
    anonymous: bool
    gender: str = ""
    aliases: set[str] = field(default_factory=set)
    last_at: int = -1


@dataclass(slots=True)
class Registry:
    """Speakers of one text, in order of first mention."""

    speakers: list[Speaker] = field(default_factory=list)
    recent: list[Speaker] = field(default_factory=list)
    variants: list[NameVariant] = field(default_factory=list)
    names: list[NameSeen] = field(default_factory=list)
    # A source quoted by surname before the text gives the full name (field
    # "first-reference", expected = the full name given later).
    late_names: list[NameVariant] = field(default_factory=list)
    text: str = ""  # the analysed text, to tell a first name from a word opening a sentence

    def resolve(self, mention: Mention, *, commit: bool = True) -> Speaker | None:
        """The canonical speaker for ``mention``; with ``commit``, it becomes the latest."""
        if mention.pronoun:
            speaker = self._pronoun(mention.pronoun, mention.start)
        elif mention.proper:
            speaker = self._proper(mention)
        else:
            speaker = self._description(mention)
        if speaker is not None and commit:
            if speaker in self.recent:
                self.recent.remove(speaker)
            self.recent.append(speaker)
            speaker.last_at = max(speaker.last_at, mention.start)
        return speaker

    def _add(self, speaker: Speaker) -> Speaker:
        self.speakers.append(speaker)
        return speaker

    def _pronoun(self, pronoun: str, at: int) -> Speaker | None:
        speaker = self._recent_speaker(pronoun)
        if pronoun in ("he", "she"):
            # "Campbell had a booth ... he told Wikinews": a person named since
            # the last quotation is a likelier antecedent than that speaker.
            named = [seen for seen in self.names if seen.start < at and seen.subject]
            if named and (speaker is None or named[-1].start > speaker.last_at):
                return self.person(named[-1])
        return speaker

    def person(self, seen: NameSeen) -> Speaker | None:
        """The speaker for a full name seen in the text (registered if new)."""
        mention = Mention(seen.name, "person", "", True, seen.start, seen.start + len(seen.name))
        return self._by_surname(mention, seen.name.split()[-1:]) or self._proper(mention)

    def _recent_speaker(self, pronoun: str) -> Speaker | None:
        wanted = {"he": "m", "she": "f"}.get(pronoun, "")
        for speaker in reversed(self.recent):
            if pronoun in ("he", "she", "i"):
                if speaker.kind == "person" and speaker.gender in ("", wanted or speaker.gender):
                    if wanted and not speaker.gender:
                        speaker.gender = wanted
                    return speaker
            elif pronoun in ("it", "they", "we") and (
                speaker.kind == "organisation" or (pronoun != "it" and speaker.anonymous)
            ):
                return speaker
        return None

    def _proper(self, mention: Mention) -> Speaker | None:
        tokens = mention.name.split()
        key = mention.name.lower().removeprefix("the ")
        for speaker in reversed(self.speakers):
            if key == speaker.name.lower().removeprefix("the ") or key in speaker.aliases:
                self._check_role(speaker, mention)
                return speaker
        if mention.kind == "person":
            found = self._by_surname(mention, tokens)
            if found is not None:
                return found
        name = mention.name
        if mention.kind == "person" and len(tokens) == 1:
            name = self._full_name(tokens[0], mention.start) or self._late_name(mention) or name
        gender = _gender(mention.role)
        speaker = Speaker(name, mention.kind, mention.role, False, gender)
        return self._add(speaker)

    def _full_name(self, surname: str, before: int) -> str | None:
        """The full name an earlier sentence gave a bare surname, if any."""
        candidates = [
            n.name for n in self.names if n.start < before and n.name.split()[-1] == surname
        ]
        return candidates[0] if candidates else None

    def _late_name(self, mention: Mention) -> str | None:
        """The full name given only after this bare surname ("Okafor said ... Treasurer
        Amara Okafor"), noted as a late first reference; None if none, or if two
        different people share the surname."""
        surname = mention.name
        later = {
            n.name
            for n in self.names
            if n.start > mention.start
            and n.name.split()[-1] == surname
            and not (n.subject and self._ordinary_word(n.name.split()[0]))
        }
        if len(later) != 1:
            return None
        full = later.pop()
        self.late_names.append(
            NameVariant(mention.start, mention.end, surname, full, "first-reference")
        )
        return full

    def _ordinary_word(self, word: str) -> bool:
        """True for a capitalised word that is only capitalised because it opens a
        sentence ("Both Tesco said"): the text has it in lower case too, or it is
        a verb form in -ing."""
        low = word.lower()
        lower_case_too = re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.text)
        return low.endswith("ing") or lower_case_too is not None

    def _by_surname(self, mention: Mention, tokens: list[str]) -> Speaker | None:
        people = [s for s in reversed(self.speakers) if s.kind == "person" and not s.anonymous]
        for speaker in people:
            known = speaker.name.split()
            if len(tokens) == 1 and tokens[0] in (known[-1], known[0]):
                self._check_role(speaker, mention)
                speaker.gender = speaker.gender or _gender(mention.role)
                return speaker
            if (
                len(tokens) >= 2
                and len(known) >= 2
                and tokens[-1] == known[-1]
                and Indel.normalized_similarity(tokens[0], known[0]) >= 0.7
            ):
                self.variants.append(
                    NameVariant(mention.start, mention.end, mention.name, speaker.name, "name")
                )
                speaker.aliases.add(mention.name.lower())
                return speaker
        return None

    def _check_role(self, speaker: Speaker, mention: Mention) -> None:
        old, new = _title(speaker.role), _title(mention.role)
        if not speaker.role:
            speaker.role = mention.role
        elif old and new and old not in new and new not in old:
            self.variants.append(
                NameVariant(mention.start, mention.end, mention.role, speaker.role, "role")
            )

    def _description(self, mention: Mention) -> Speaker | None:
        key = mention.name.lower()
        head = key.split()[-1] if key else ""
        for speaker in reversed(self.speakers):
            if speaker.name.lower() == key:
                return speaker
        if mention.definite and mention.kind == "person":
            for speaker in reversed(self.recent):
                words = (speaker.role + " " + speaker.name).lower().split()
                if head and head in words:
                    return speaker
        anonymous = mention.kind == "person"
        return self._add(Speaker(mention.name, mention.kind, mention.role, anonymous))


def _gender(role: str) -> str:
    words = set(role.lower().split())
    if words & _MALE:
        return "m"
    if words & _FEMALE:
        return "f"
    return ""


def _title(role: str) -> str:
    """The title part of a role (before any comma), lower-cased, for comparison."""
    return role.split(",")[0].strip().lower()
