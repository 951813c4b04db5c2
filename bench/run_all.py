# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Run every benchmark Copydesk knows and print a summary (``make bench``).

Add a benchmark by adding its script to BENCHMARKS (or name it ``*_bench.py``:
those are found and run too). Each runs as its own process from the repo root;
a failing benchmark is reported and the others still run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    ("style checker speed", "style_speed.py"),
    ("style checker false flags (Wikinews)", "false_flags.py"),
    ("quote finding quality", "quotes_quality.py"),
    ("reliability: crash, concurrency, fuzz, hostile files, soak", "soak.py"),  # about 10 minutes
]


def registry() -> list[tuple[str, str]]:
    known = {script for _, script in BENCHMARKS}
    found = [(p.stem, p.name) for p in sorted(HERE.glob("*_bench.py")) if p.name not in known]
    return BENCHMARKS + found


def main() -> int:
    failed = []
    summary = []
    for title, script in registry():
        print(f"\n=== {title} ({script})", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / script)], cwd=HERE.parent)
        seconds = time.perf_counter() - start
        summary.append(f"{'ok ' if result.returncode == 0 else 'FAIL'} {seconds:7.1f} s  {title}")
        if result.returncode != 0:
            failed.append(title)
    print("\n=== summary")
    print("\n".join(summary))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
