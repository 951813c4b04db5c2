# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""rule-stats: which house rules the desk fixes and which it dismisses, and why."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from app.commands.common import CommandError, open_database, print_json


def parse_day(value: str) -> datetime:
    """``YYYY-MM-DD`` as the start of that day in UTC (argparse type)."""
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2026-11-01, not {value!r}"
        ) from None
    return day.replace(tzinfo=UTC)


def cmd_rule_stats(options: argparse.Namespace) -> int:
    from app.core.rule_stats import rule_statistics
    from app.core.storage import StorageError

    db = open_database(options)
    try:
        stats = rule_statistics(db, since=options.since)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    if options.format == "json":
        rows = [
            {
                "rule": s.rule,
                "applied": s.applied,
                "dismissed": s.dismissed,
                "turned_off": s.turned_off,
                "articles": s.articles,
                "acceptance": None if s.acceptance is None else round(s.acceptance, 3),
                "reasons": [{"reason": r, "count": n} for r, n in s.reasons],
            }
            for s in stats
        ]
        print_json({"rules": rows})
        return 0
    if not stats:
        print("No decisions about findings yet.")
        return 0
    print(f"{'fixed':>6} {'dismissed':>9} {'off':>4} {'accepted':>8}  rule  (most given reason)")
    for s in stats:
        accepted = "-" if s.acceptance is None else f"{s.acceptance:.0%}"
        reason = f"  ({s.reasons[0][0]}: {s.reasons[0][1]})" if s.reasons else ""
        print(f"{s.applied:>6} {s.dismissed:>9} {s.turned_off:>4} {accepted:>8}  {s.rule}{reason}")
    return 0
