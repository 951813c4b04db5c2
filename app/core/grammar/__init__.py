# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Grammar findings from LanguageTool beside the house rules (issue 7).

Start with ``grammar_config_from`` and ``GrammarService``; see docs/languagetool.md.
Nothing here imports Qt, and nothing here raises for a LanguageTool problem.

The service and its types load language-tool-python (about 0.25 s of imports),
so they are imported on first use; the configuration and merge functions are light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.grammar.config import (
    ENV_VAR,
    GrammarConfig,
    GrammarMode,
    grammar_config_from,
    normalise_server_url,
    server_label,
)
from app.core.grammar.mapping import RULE_PREFIX, lt_category, lt_severity
from app.core.grammar.merge import apply_quote_policy, merge_findings, without_disabled_rules

if TYPE_CHECKING:
    from app.core.grammar.service import (
        GrammarResult,
        GrammarService,
        GrammarState,
        GrammarStatus,
    )

_LAZY = {"GrammarResult", "GrammarService", "GrammarState", "GrammarStatus"}

__all__ = [
    "ENV_VAR",
    "RULE_PREFIX",
    "GrammarConfig",
    "GrammarMode",
    "GrammarResult",
    "GrammarService",
    "GrammarState",
    "GrammarStatus",
    "apply_quote_policy",
    "grammar_config_from",
    "lt_category",
    "lt_severity",
    "merge_findings",
    "normalise_server_url",
    "server_label",
    "without_disabled_rules",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from app.core.grammar import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
