# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Work for the task pool: grammar checks, the LanguageTool download, a connection test.

Every function here blocks (network, Java, downloads) and runs on a worker
thread; none touches a widget. Plain values in, plain values out; progress
goes through the callables passed in, which may be called from that thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.grammar import GrammarMode
from app.ui.grammar.paragraphs import batches, by_paragraph, joined
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.core.grammar import GrammarConfig, GrammarService, GrammarStatus
    from app.core.grammar.local import CancelFlag
    from app.core.model import Finding

Found = Mapping[str, "tuple[Finding, ...]"]
TEST_SENTENCE = "Copydesk is checking that this sentence reaches LanguageTool."


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """What a check of some paragraphs gave: findings per paragraph checked, and how it ended.

    ``found`` holds every paragraph that was answered, even when the check was
    cancelled or LanguageTool failed part way. ``reason`` is set when it failed.
    """

    found: dict[str, tuple[Finding, ...]] = field(default_factory=dict)
    reason: str | None = None
    cancelled: bool = False


def load_service(config: GrammarConfig) -> GrammarService:
    """A service for ``config``; imports language-tool-python (a quarter second) off the GUI."""
    from app.core.grammar import GrammarService

    return GrammarService(config)


def packs_languagetool_off() -> tuple[str, ...]:
    """LanguageTool rules the house rule packs switch off (the rule set is compiled once)."""
    from app.core.style import load_ruleset
    from app.core.style.loader import RulePackError

    try:
        return load_ruleset().languagetool_off
    except RulePackError:
        return ()


def check_paragraphs(
    service: GrammarService,
    texts: Sequence[str],
    disabled_lt_rules: Sequence[str],
    progress: Callable[[int, int], None],
    partial: Callable[[Found], None],
    cancel: CancelFlag,
) -> CheckOutcome:
    """Check paragraphs with one request at a time: one alone, many in request-sized groups.

    Quote policy and merging are left to the caller (they depend on the whole
    text). ``progress(done, total)`` counts groups; ``partial(found)`` hands
    over each group's findings as soon as they are in; ``cancel`` is looked at
    between groups.
    """
    disabled_lt_rules = (*disabled_lt_rules, *packs_languagetool_off())
    if len(texts) == 1:
        result = service.check_paragraph(
            texts[0], 0, quotes=(), disabled_lt_rules=disabled_lt_rules, cancel=cancel
        )
        found = {texts[0]: result.findings} if result.ok else {}
        return CheckOutcome(found, result.unavailable_reason, result.cancelled)
    groups = batches(texts, service.config.max_chunk_units)
    outcome = CheckOutcome()
    for done, group in enumerate(groups):
        progress(done, len(groups))
        if cancel.is_set():
            return CheckOutcome(outcome.found, cancelled=True)
        text, starts = joined(group)
        result = service.check(text, quotes=(), disabled_lt_rules=disabled_lt_rules, cancel=cancel)
        if not result.ok:
            return CheckOutcome(outcome.found, result.unavailable_reason, result.cancelled)
        found = by_paragraph(result.findings, group, starts)
        outcome.found.update(found)
        partial(found)
    progress(len(groups), len(groups))
    return outcome


def prepare(
    service: GrammarService, progress: Callable[[int, int], None], cancel: CancelFlag
) -> GrammarStatus:
    """Download LanguageTool (the user agreed) and start it; the status afterwards."""
    return service.prepare(allow_download=True, progress=progress, cancel=cancel)


def connection_report(config: GrammarConfig) -> str:
    """One line saying whether LanguageTool answers with ``config``; never downloads.

    In local mode it looks for Java and LanguageTool without starting a second
    LanguageTool beside the one the window may be running (hundreds of MB).
    """
    if not config.enabled:
        return translate("GrammarStatus", "Grammar checking is off.")
    if config.mode is GrammarMode.LOCAL:
        return _local_report(config)
    service = load_service(config)
    try:
        started = time.monotonic()
        status = service.prepare(allow_download=False)
        if status.reason:
            return status.message
        result = service.check(TEST_SENTENCE)
        if result.message:
            return result.message
        return translate("GrammarStatus", "LanguageTool answered in {seconds} seconds.").format(
            seconds=f"{time.monotonic() - started:.1f}"
        )
    finally:
        service.close()


def _local_report(config: GrammarConfig) -> str:
    from app.core.grammar.errors import GrammarUnavailable
    from app.core.grammar.local import DOWNLOAD_SIZE_WORDS, check_java, installed_version
    from app.core.grammar.service import UNAVAILABLE

    found = installed_version(config.languagetool_version)
    try:
        check_java(found or config.languagetool_version)
    except GrammarUnavailable as exc:
        return f"{UNAVAILABLE}: {exc.reason}"  # as the service says it (app/core: English)
    if found is None:
        return translate(
            "GrammarStatus",
            "Java is ready. LanguageTool is not on this computer yet ({size}); "
            "Copydesk asks before downloading it.",
        ).format(size=DOWNLOAD_SIZE_WORDS)
    return translate(
        "GrammarStatus", "Java and LanguageTool {version} are ready on this computer."
    ).format(version=found)
