# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Flags per 1,000 words on edited news copy (Wikinews), by rule, and the false-flag rate.

    python bench/false_flags.py            # summary
    python bench/false_flags.py --show     # also print every flag in context (not stored)

Reads ../shared/corpus/wikinews/*.csv (url,date,title,text) at run time.
Articles: Wikinews contributors, CC BY 2.5, https://creativecommons.org/licenses/by/2.5/
(each flag is reported with its article URL). Reviewed flags live in
bench/annotations/wikinews_reviewed.csv as url,start,end,rule,verdict: offsets
and rule ids only, never text. "false" means the rule fired wrongly.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from shared import corpus_dir, use_repo

use_repo()

from app.core.quotes import quote_spans  # noqa: E402
from app.core.style import CheckConfig, check_text, load_ruleset  # noqa: E402

ANNOTATIONS = Path(__file__).resolve().parent / "annotations" / "wikinews_reviewed.csv"
GOAL = 1.0


def articles() -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    rows: list[dict[str, str]] = []
    for path in sorted((corpus_dir() / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def reviewed() -> dict[tuple[str, int, int, str], str]:
    if not ANNOTATIONS.is_file():
        return {}
    with ANNOTATIONS.open(encoding="utf-8", newline="") as handle:
        return {
            (row["url"], int(row["start"]), int(row["end"]), row["rule"]): row["verdict"]
            for row in csv.DictReader(handle)
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each flag in context")
    options = parser.parse_args()
    rows = articles()
    if not rows:
        print(f"false_flags: no Wikinews CSV under {corpus_dir() / 'wikinews'}; skipped")
        return 0
    ruleset = load_ruleset(CheckConfig(user_files=False))
    verdicts = reviewed()
    by_rule: Counter[str] = Counter()
    info: Counter[str] = Counter()
    outcome: Counter[str] = Counter()
    words = 0
    for row in rows:
        text = row["text"]
        words += len(text.split())
        for f in check_text(text, ruleset, quote_spans=quote_spans(text)):
            if f.severity == "info":
                info[f.rule] += 1
                continue
            by_rule[f.rule] += 1
            verdict = verdicts.get((row["url"], f.start, f.end, f.rule), "unreviewed")
            outcome[verdict] += 1
            if options.show:
                around = text[max(0, f.start - 60) : f.end + 60].replace("\n", " ")
                print(f"{row['url']}\t{f.start}\t{f.end}\t{f.rule}\t{verdict}\t…{around}…")
    _report(len(rows), words, by_rule, info, outcome)
    return 0


def _report(
    count: int, words: int, by_rule: Counter[str], info: Counter[str], outcome: Counter[str]
) -> None:
    per_k = 1000 / max(words, 1)
    print(f"Wikinews: {count} articles, {words:,} words (Wikinews contributors, CC BY 2.5)")
    print(
        f"flags (error/warning/suggestion): {sum(by_rule.values())}"
        f" = {sum(by_rule.values()) * per_k:.2f} per 1,000 words"
    )
    for rule, n in by_rule.most_common():
        print(f"  {n * per_k:6.3f}  {n:4d}  {rule}")
    print(f"information (readability, not counted): {sum(info.values())}")
    false, true, open_ = outcome["false"], outcome["true"], outcome["unreviewed"]
    rate = false * per_k
    print(f"reviewed: {true} right, {false} wrong; unreviewed: {open_}")
    print(
        f"false flags per 1,000 words: {rate:.2f} (goal <= {GOAL}; "
        f"counting every unreviewed flag as false: {(false + open_) * per_k:.2f})"
    )


if __name__ == "__main__":
    sys.exit(main())
