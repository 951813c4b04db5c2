# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Grammar for ``copydesk check``: ``--grammar`` and ``--languagetool-url URL``.

``--grammar`` uses the configured mode (settings, overridden by
``$COPYDESK_LANGUAGETOOL``); ``--languagetool-url`` checks against that server
for this run and implies ``--grammar``. When LanguageTool is unavailable the
command says why on stderr and carries on with the house findings alone, with
the exit code it would have had without ``--grammar``.

The CLI never downloads LanguageTool (it cannot ask first); local mode needs
LanguageTool already on the computer. language-tool-python is imported only
when grammar is asked for, to keep ``copydesk check`` quick to start.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Collection
from typing import TextIO

from app.core.grammar.merge import merge_findings
from app.core.model import Finding


def grammar_requested(options: argparse.Namespace) -> bool:
    """True when ``--grammar`` or ``--languagetool-url`` was given."""
    return bool(getattr(options, "grammar", False) or getattr(options, "languagetool_url", None))


def grammar_findings_for_cli(
    text: str, options: argparse.Namespace, *, disabled_lt_rules: Collection[str] = ()
) -> tuple[list[Finding], str | None]:
    """LanguageTool's findings for ``text`` and, when it was unavailable, the reason.

    Returns ``([], None)`` when grammar was not asked for. Offsets are code
    points of ``text``; direct quotations follow the house policy.
    """
    if not grammar_requested(options):
        return [], None
    from app.core.grammar.config import grammar_config_from
    from app.core.grammar.service import GrammarService
    from app.core.paths import user_paths
    from app.core.settings import load_settings

    settings = load_settings(user_paths(getattr(options, "data_dir", None)).settings_file)
    config = grammar_config_from(settings, os.environ, getattr(options, "languagetool_url", None))
    service = GrammarService(config)
    try:
        result = service.check(text, disabled_lt_rules=disabled_lt_rules)
    finally:
        service.close()
    return list(result.findings), result.unavailable_reason


def with_grammar_findings(
    house: list[Finding],
    text: str,
    options: argparse.Namespace,
    *,
    disabled_lt_rules: Collection[str] = (),
    stderr: TextIO | None = None,
) -> list[Finding]:
    """The house findings merged with LanguageTool's; the one call ``cmd_check`` makes.

    Prints ``copydesk: Grammar check unavailable: <reason>`` on stderr when
    LanguageTool could not be used, and then returns the house findings.
    """
    if not grammar_requested(options):
        return house
    grammar, reason = grammar_findings_for_cli(text, options, disabled_lt_rules=disabled_lt_rules)
    if reason is not None:
        print(f"copydesk: Grammar check unavailable: {reason}", file=stderr or sys.stderr)
    return merge_findings(house, grammar)
