# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Speed of the style checker, against proselint measured in the same run.

    pip install proselint        # the peer we compare with (make bench installs it)
    python bench/style_speed.py

Measures, each as a whole process like a user runs it:
- ``copydesk check FILE --format json`` on 100k and 1M words: wall time, words/s,
  peak memory (RSS), and the same for ``proselint check -o json FILE`` on 1M
  (each the best of $COPYDESK_BENCH_ROUNDS runs, default 2);
- start-up: ``copydesk check`` on a one-word file (best of 5);
- the 1M words again with ``--jobs 1``, for linearity (words/s with the start-up
  taken off, 1M against 100k, both in one process);
and in-process: re-checking one edited paragraph of a 100k-word draft with the
IncrementalChecker (median and worst of 20 edits).
The public-domain prose comes from ../shared/corpus/perf; the 1M-word file is
built there by its build_corpus.py into bench/results/ when missing (never committed).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared import REPO, corpus_dir, use_repo

use_repo()

RESULTS = REPO / "bench" / "results"
ROUNDS = int(os.environ.get("COPYDESK_BENCH_ROUNDS", "2"))
TARGETS = {"ratio": 0.1, "memory": 2.0, "linear": 0.2, "startup": 0.3, "incremental_ms": 5.0}


def corpus_file(size: str) -> Path:
    """corpus-<size>.txt from the shared folder, or built into bench/results/."""
    shared = corpus_dir() / "perf" / f"corpus-{size}.txt"
    if shared.is_file():
        return shared
    built = RESULTS / "corpus" / f"corpus-{size}.txt"
    if not built.is_file():
        built.parent.mkdir(parents=True, exist_ok=True)
        builder = corpus_dir() / "perf" / "build_corpus.py"
        subprocess.run([sys.executable, str(builder), "--out", str(built.parent)], check=True)
    return built


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds of one process; output discarded."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{command[0]} failed ({process.returncode}): {error.strip()[:300]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def best(command: list[str], rounds: int) -> tuple[float, float, float]:
    """The fastest of ``rounds`` runs (and its peak memory): other work on a
    shared machine only ever adds time, so the minimum is the fairest figure.
    Both tools are measured the same way."""
    return min((run(command) for _ in range(rounds)), key=lambda r: r[0])


def copydesk(path: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from app.cli import main; sys.exit(main())",
        "check",
        str(path),
        "--format",
        "json",
    ]


def proselint() -> str | None:
    found = shutil.which("proselint", path=str(Path(sys.executable).parent)) or shutil.which(
        "proselint"
    )
    return found


def words_in(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def incremental_ms(path: Path, rounds: int = 3) -> tuple[float, float, float, float]:
    """Re-checking after editing one paragraph: median and worst, wall and CPU milliseconds.

    The quote spans are given (the editor computes them as the quote engine's
    own step); CPU time is what the check costs. Several rounds of 20 edits
    run, and the round with the lowest median is reported, since other work
    on a shared machine only ever adds time.
    """
    return min((_incremental_round(path) for _ in range(rounds)), key=lambda r: r[2])


def _incremental_round(path: Path) -> tuple[float, float, float, float]:
    from app.core.quotes import quote_spans
    from app.core.style import IncrementalChecker, load_ruleset

    text = path.read_text(encoding="utf-8")
    checker = IncrementalChecker(load_ruleset())
    checker.check(text, quote_spans=quote_spans(text))
    paragraphs = text.split("\n")
    wall, cpu = [], []
    for edit in range(20):
        index = (len(paragraphs) // 2 + edit * 7) % len(paragraphs)
        paragraphs[index] = paragraphs[index] + f" Edit {edit} in order to test."
        edited = "\n".join(paragraphs)
        spans = quote_spans(edited)
        start, start_cpu = time.perf_counter(), time.process_time()
        checker.check(edited, quote_spans=spans)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), max(wall), statistics.median(cpu), max(cpu)


def main() -> int:
    os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp(prefix="copydesk-bench-"))
    small, large = corpus_file("100k"), corpus_file("1m")
    one_word = Path(os.environ["COPYDESK_HOME"]) / "one-word.txt"
    one_word.write_text("Hello\n", encoding="utf-8")
    run(copydesk(one_word))  # compile and cache the rule packs once
    startup = min(run(copydesk(one_word))[0] for _ in range(5))
    small_wall, _, _ = best(copydesk(small), ROUNDS)
    large_wall, large_rss, large_cpu = best(copydesk(large), ROUNDS)
    # Linearity is the engine's: one process (a long draft otherwise uses every
    # core, a short one cannot) and the start-up taken off both.
    single_wall, _, _ = best([*copydesk(large), "--jobs", "1"], ROUNDS)
    small_rate = words_in(small) / (small_wall - startup)
    large_rate = words_in(large) / (single_wall - startup)
    median, worst, median_cpu, worst_cpu = incremental_ms(small)
    print("Style checker speed (copydesk check, whole process)")
    print(f"  start-up, one-word file: {startup:.3f} s (target <= {TARGETS['startup']} s)")
    words = words_in(large)
    print(f"  100k words: {small_wall:.2f} s")
    print(
        f"  1M words:   {large_wall:.2f} s, {words / large_wall:,.0f} words/s, "
        f"peak {large_rss:.0f} MiB (every core: {os.cpu_count()})"
    )
    print(f"  1M words in one process (--jobs 1): {single_wall:.2f} s")
    print(
        f"  linearity, one process, start-up excluded: 100k {small_rate:,.0f} words/s, "
        f"1M {large_rate:,.0f} words/s, ratio {large_rate / small_rate:.2f} (target 0.8 to 1.2)"
    )
    print(
        f"  incremental re-check, 100k-word draft (one paragraph edited): "
        f"median {median:.2f} ms wall / {median_cpu:.2f} ms CPU, "
        f"worst {worst:.2f} / {worst_cpu:.2f} ms (target < {TARGETS['incremental_ms']} ms)"
    )
    peer = proselint()
    if peer is None:
        print("  proselint not installed (pip install proselint): no comparison")
        return 0
    # proselint stops after 1,000 results by default; lift the cap so that it
    # reads the whole file, as copydesk does.
    config = Path(os.environ["COPYDESK_HOME"]) / "proselintrc.json"
    config.write_text('{"max_errors": 1000000000}', encoding="utf-8")
    peer_wall, peer_rss, peer_cpu = best(
        [peer, "-o", "json", "check", "--config", str(config), str(large)], ROUNDS
    )
    print(f"  proselint 1M words: {peer_wall:.2f} s, peak {peer_rss:.0f} MiB")
    print(
        f"  time ratio copydesk/proselint: {large_wall / peer_wall:.3f} "
        f"(target <= {TARGETS['ratio']})"
    )
    print(
        f"  CPU time 1M: copydesk {large_cpu:.2f} s, proselint {peer_cpu:.2f} s, "
        f"ratio {large_cpu / peer_cpu:.3f} (less disturbed by other jobs than wall time)"
    )
    print(
        f"  memory ratio copydesk/proselint: {large_rss / peer_rss:.2f} "
        f"(target <= {TARGETS['memory']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
