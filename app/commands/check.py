# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""check: house style (and, with --grammar, LanguageTool) on one draft."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.commands.common import CommandError, open_document, print_json


def cmd_check(options: argparse.Namespace) -> int:
    from app.core.style import SEVERITY_RANK, CheckConfig, RulePackError, load_ruleset
    from app.core.style.parallel import check_document

    document = open_document(options.file)
    for folder in options.rules:
        if not Path(folder).is_dir():
            raise CommandError(f"the rules folder {folder} does not exist.")
    config = CheckConfig(
        disabled=tuple(options.disable),
        rule_dirs=tuple(Path(folder) for folder in options.rules),
        home=Path(options.data_dir) if options.data_dir else None,
    )
    try:
        ruleset = load_ruleset(config)
    except RulePackError as exc:
        raise CommandError(str(exc)) from exc
    text = document.text
    # A one-shot process creates millions of small objects and frees them at
    # exit: the cycle collector would only rescan them (about 5% of the time).
    gc.disable()
    # A long draft is checked on every core (the same findings, sooner).
    findings = check_document(text, ruleset, workers=options.jobs)
    # With --grammar or --languagetool-url, LanguageTool's findings join the house ones.
    findings = with_grammar(findings, text, options, ruleset.languagetool_off)
    if options.format == "json":
        print_json({"findings": [_finding_json(text, f) for f in findings]})
    else:
        _print_findings(options.file, text, findings)
    if options.fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[options.fail_on]
    return 1 if any(SEVERITY_RANK.get(f.severity, 0) >= threshold for f in findings) else 0


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _finding_json(text: str, finding: Any) -> dict[str, Any]:
    return {
        "start": finding.start,
        "end": finding.end,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "replacements": list(finding.replacements),
        "text": text[finding.start : finding.end],
        "explanation": finding.explanation,
        "url": finding.url,
        "inside_quote": finding.inside_quote,
        "related": [list(span) for span in finding.related],
    }


def _print_findings(name: str, text: str, findings: Sequence[Any]) -> None:
    """``file:line:col: severity rule message`` lines; line and column count from 1."""
    import bisect

    starts = _line_starts(text)
    out = []
    for finding in findings:
        line = bisect.bisect_right(starts, finding.start)
        column = finding.start - starts[line - 1] + 1
        out.append(f"{name}:{line}:{column}: {finding.severity} {finding.rule} {finding.message}\n")
    sys.stdout.write("".join(out))


def with_grammar(
    findings: list[Any],
    text: str,
    options: argparse.Namespace,
    disabled_lt_rules: Sequence[str] = (),
) -> list[Any]:
    """Issue 7: with --grammar or --languagetool-url, LanguageTool's findings join the house ones.

    When LanguageTool is unavailable it prints ``copydesk: Grammar check unavailable:
    <reason>`` on stderr and returns the house findings unchanged, so the exit code is
    the one without --grammar. ``disabled_lt_rules``: LanguageTool rule ids the house
    rule packs switch off.
    """
    from app.core.grammar.cli_support import with_grammar_findings

    return with_grammar_findings(findings, text, options, disabled_lt_rules=disabled_lt_rules)
