# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The compiled rule set (kept apart from the compiler, which start-up never needs)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import astuple, dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.style.rules import RuleInfo, covered_by

if TYPE_CHECKING:
    from app.core.style.kinds import DocumentKind, ParagraphKind


class LazyInfos(Mapping[str, RuleInfo]):
    """Rule infos kept as plain tuples and made into RuleInfo on first use.

    Thousands of infos are unpickled at every start-up; tuples of strings
    load several times faster than objects, and a check touches only a few.
    """

    def __init__(self, rows: dict[str, tuple[Any, ...]]) -> None:
        self._rows = rows
        self._made: dict[str, RuleInfo] = {}

    def __getitem__(self, rule_id: str) -> RuleInfo:
        info = self._made.get(rule_id)
        if info is None:
            info = self._made[rule_id] = RuleInfo(*self._rows[rule_id])
        return info

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@dataclass
class RuleSet:
    """Everything a check needs, compiled once; safe to share between threads.

    ``infos`` holds every rule and every derived entry (a phrase of a group
    rule), enabled or not, so that ``rule_info`` can describe any finding.
    """

    infos: Mapping[str, RuleInfo]
    paragraph_kinds: tuple[ParagraphKind, ...]
    document_kinds: tuple[DocumentKind, ...]
    lexicon: dict[str, int]
    fingerprint: str = ""
    disabled: tuple[str, ...] = field(default=())
    languagetool_off: tuple[str, ...] = field(default=())

    def enabled(self, rule_id: str) -> bool:
        return not covered_by(rule_id, self.disabled)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["infos"] = {key: astuple(self.infos[key]) for key in self.infos}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state["infos"] = LazyInfos(state["infos"])
        self.__dict__.update(state)
