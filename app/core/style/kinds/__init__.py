# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The kinds of check: code that finds what rules (data) describe.

A paragraph kind looks at one paragraph at a time (``scan``). A document
kind keeps a small per-paragraph observation (``observe``, cached by the
incremental checker) and decides over all of them (``finish``), so that
whole-document rules stay right when only one paragraph is re-read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from app.core.style.rules import Hit, RuleInfo
    from app.core.style.tokens import Paragraph


@dataclass(frozen=True, slots=True)
class ScanContext:
    """What every kind may consult while scanning: the word lists in force."""

    lexicon: frozenset[str]
    allowed: frozenset[str] = field(default_factory=frozenset)
    # Per-context answers that depend only on the word lists above (one check,
    # or one incremental checker's life): e.g. "is this unknown word acceptable".
    memo: dict[str, bool] = field(default_factory=dict, compare=False)

    def knows(self, word: str) -> bool:
        """True when lowered ``word`` is a dictionary word or an allowed name/word."""
        return word in self.lexicon or word in self.allowed


class ParagraphKind(Protocol):
    """Finds hits inside one paragraph."""

    def scan(self, para: Paragraph, ctx: ScanContext) -> Iterable[Hit]: ...


class DocumentKind(Protocol):
    """Decides over the whole text from per-paragraph observations."""

    def observe(self, para: Paragraph, ctx: ScanContext) -> Any: ...

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]: ...


@dataclass(slots=True)
class Compiled:
    """What compiling one kind's rules gives: the checker and the rules' infos."""

    infos: list[RuleInfo]
    paragraph: ParagraphKind | None = None
    document: DocumentKind | None = None
    more_documents: tuple[DocumentKind, ...] = ()
