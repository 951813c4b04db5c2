# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The style checker: house rules as data, checked fast and without Qt.

    ruleset = load_ruleset()                       # compiled once, cached
    findings = check_text(text, ruleset, quote_spans=quote_spans(text))

Offsets are code points of ``text``, end exclusive. Every function here is
safe off the GUI thread; an ``IncrementalChecker`` belongs to one thread.
"""

from __future__ import annotations

from app.core.model import Finding
from app.core.style.cache import cached_ruleset
from app.core.style.config import CheckConfig
from app.core.style.engine import check_text
from app.core.style.incremental import IncrementalChecker
from app.core.style.loader import RulePackError
from app.core.style.rules import SEVERITIES, SEVERITY_RANK, RuleInfo
from app.core.style.ruleset import RuleSet

__all__ = [
    "SEVERITIES",
    "SEVERITY_RANK",
    "CheckConfig",
    "Finding",
    "IncrementalChecker",
    "RuleInfo",
    "RulePackError",
    "RuleSet",
    "check_text",
    "load_ruleset",
    "rule_info",
]

_DEFAULT = CheckConfig()


def load_ruleset(config: CheckConfig | None = None) -> RuleSet:
    """The compiled rules for ``config`` (default: all bundled and user rules).

    Compiled once per distinct config and pack contents, then cached in
    memory and in the user cache folder. Raises RulePackError (one plain
    line naming the pack and rule) when a pack cannot be used.
    """
    return cached_ruleset(config or _DEFAULT)


def rule_info(rule_id: str) -> RuleInfo | None:
    """Message, explanation, link, severity, category and examples of a rule, or None."""
    try:
        ruleset = load_ruleset()
    except RulePackError:
        return None
    return ruleset.infos.get(rule_id)
