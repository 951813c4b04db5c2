# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reliability figures (issue 9): the crash, concurrency, fuzz, hostile-file and soak runs, counted.

    make soak        # or: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py
    make soak SOAK_ARGS=--quick    # a few of each, to try the script

The same checks as tests/reliability/ and tests/ui/ (whose harnesses this imports), run
many more times: 20 kills each while typing, saving, importing and exporting; two
writers saving one article on SQLite (and on PostgreSQL when COPYDESK_TEST_POSTGRES_URL
names a server); the property tests with 500 cases each; the nasty corpus and the
bombs; 1,000 grammar checks against a flaky server; a 200-draft working day. Prints a
table for README.md's "Reliability figures", writes bench/results/soak.json, and exits
non-zero if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability import crash, workers  # noqa: E402
from tests.reliability.properties import CASES, open_or_refuse  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "soak.json"
figures: dict[str, object] = {}
failures: list[str] = []


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


def crash_trials(folder: Path, count: int, rng: random.Random) -> None:
    section(f"crash recovery: {count} kills each while typing, saving, importing, exporting")
    from app.core.importers import open_document

    log = crash.TrialLog()
    for name in ("typing", "saving"):
        (folder / name).mkdir(parents=True)
    typing = crash.TypingSession(folder / "typing", crash.SHORT_DRAFT, rng, autosave_ms=1000)
    for trial in typing.run(count, "typing"):
        log.add(trial)
    saving = crash.TypingSession(
        folder / "saving", crash.long_draft(600), rng, save_every=15, kill_in_save=True,
        type_for=(0.3, 1.5),
    )  # fmt: skip
    for trial in saving.run(count, "saving"):
        log.add(trial)
    source = crash.big_docx(folder / "import.docx", 800)
    expected = open_document(source).text
    for number in range(count):
        home = folder / ("import-home-new" if number == 0 else "import-home")
        log.add(crash.import_trial(home, source, expected, rng.uniform(0.1, 3.0)))
    _export_trials(folder, count, rng, log)
    lost = [t.lost_seconds for t in log.trials if t.kind in ("typing", "saving") and t.lost_chars]
    figures["crash_trials"] = {"passed": log.passed, "run": len(log.trials)}
    figures["crash_most_lost_seconds"] = round(max(lost, default=0.0), 2)
    print(f"passed {log.passed}/{len(log.trials)}; most typing lost: "
          f"{figures['crash_most_lost_seconds']} s (autosave every 1 s)")  # fmt: skip
    failures.extend(log.failures())


def _export_trials(folder: Path, count: int, rng: random.Random, log: crash.TrialLog) -> None:
    home, out_dir = folder / "export-home", folder / "exports"
    out_dir.mkdir()
    source = folder / "export.txt"
    source.write_text(crash.long_draft(25_000), encoding="utf-8")
    out = out_dir / "export.txt"
    crash.run_cli("export", str(source), "--to", "txt", "-o", str(out), home=home)
    reference = out.read_bytes()
    for number in range(count):
        kill_after = rng.uniform(0.1, 2.5) if number % 2 else None
        log.add(
            crash.export_trial(
                home, source, out, "txt", good=out.read_bytes(), complete=reference.__eq__,
                kill_after=kill_after, rng=rng,
            )
        )  # fmt: skip


@contextmanager
def postgres_database():
    """A fresh database on COPYDESK_TEST_POSTGRES_URL's server, or None."""
    from tests.postgres import fresh_database

    server = os.environ.get("COPYDESK_TEST_POSTGRES_URL", "")
    if not server:
        yield None
        return
    with fresh_database(server, "copydesk_soak") as url:
        yield url


def concurrency(folder: Path, rounds: int, saves: int) -> None:
    section(f"concurrent saves: two processes, {rounds} rounds in step and {saves} saves each")
    with postgres_database() as postgres:
        urls = {"SQLite": f"sqlite:///{folder / 'shared.sqlite3'}"}
        if postgres:
            urls["PostgreSQL"] = postgres
        else:
            print("PostgreSQL: skipped (set COPYDESK_TEST_POSTGRES_URL)")
        for backend, url in urls.items():
            figures[f"concurrency_{backend}"] = _two_writers(url, rounds, saves, backend)


def _two_writers(url: str, rounds: int, saves: int, backend: str) -> dict[str, int]:
    from app.core import articles
    from app.core.importers import document_from_text
    from app.core.storage import Database
    from app.core.storage.migrate import upgrade_to_head

    db = Database(url)
    upgrade_to_head(db)
    created = articles.create_article(db, document_from_text("Soak\n\nStart."), author="desk")
    article_id = created[0].id
    meeting = workers.barrier(2)
    stepped = workers.together(
        workers.saver_in_rounds,
        (url, article_id, "ana", rounds, meeting),
        (url, article_id, "ben", rounds, meeting),
    )
    free = workers.together(
        workers.saver_free_running,
        (url, article_id, "cy", saves, 1),
        (url, article_id, "di", saves, 2),
    )
    text = articles.open_article(db, article_id).document.text
    present = {p.split()[0] for p in text.split("\n\n")[2:]}
    won = {line for result in stepped + free for line in result["won"]}
    errors = [e for result in stepped + free for e in result["errors"]]
    lost = len(won - present)
    db.dispose()
    result = {
        "saves": len(won),
        "conflicts_reported": sum(r["conflicts"] for r in stepped + free),
        "lost_updates": lost,
        "other_errors": len(errors),
    }
    print(f"{backend}: {result}")
    if lost or errors or len(won) != rounds + 2 * saves:
        failures.append(f"concurrency on {backend}: {result} {errors[:1]}")
    return result


def fuzz(examples: int) -> None:
    section(f"property tests: {examples} cases per test, then the nasty corpus")
    import pytest

    os.environ["COPYDESK_FUZZ_EXAMPLES"] = str(examples)
    tests = ROOT / "tests" / "reliability"
    code = pytest.main(
        ["-q", "-p", "no:cacheprovider", "-x", "-W", "ignore::pytest.PytestAssertRewriteWarning",
         str(tests / "test_fuzz_importers.py"), str(tests / "test_fuzz_style.py"),
         str(tests / "test_fuzz_cores.py"), str(tests / "test_nasty_files.py")]
    )  # fmt: skip
    cases = sum(CASES.values())
    figures["fuzz_cases"] = {"run": cases, "failed_tests": int(code != 0), "by_kind": dict(CASES)}
    print(f"{cases} cases checked; pytest exit code {code}")
    if code != 0:
        failures.append(f"property tests failed (pytest exit code {code})")


def hostile(folder: Path) -> None:
    section("hostile files: the nasty corpus and the bombs")
    from tests.reliability.bombs import bombs, open_in_child

    nasty = ROOT / "tests" / "data" / "nasty"
    expected = json.loads((nasty / "expected.json").read_text(encoding="utf-8"))
    refused = sum(open_or_refuse(nasty / name, "nasty") == "refused" for name in expected)
    should = sum(1 for outcome in expected.values() if outcome == "refused")
    costs = {}
    for name, (path, _would_take) in bombs(folder / "bombs").items():
        result = open_in_child(path)
        costs[name] = round(result["grew_mb"], 1)
        if result["outcome"] != "refused":
            failures.append(f"bomb not refused: {name}")
    figures["hostile_files"] = {
        "nasty_refused": refused, "nasty_files": len(expected), "nasty_must_refuse": should,
        "bombs_refused": len(costs), "bomb_memory_mb": costs,
    }  # fmt: skip
    print(f"nasty corpus: {refused} of {len(expected)} refused ({should} must be); "
          f"bombs refused, memory each costs (MB): {costs}")  # fmt: skip


def grammar(folder: Path, checks: int) -> None:
    section(f"grammar soak: {checks} checks against a flaky LanguageTool server")
    from tests.reliability.grammar_soak import run_soak

    soak = run_soak(folder / "grammar", checks)
    figures["grammar_soak"] = soak.summary()
    print(json.dumps(soak.summary(), indent=1))
    if soak.failures:
        failures.append(f"grammar soak: {soak.failures[:2]}")


def long_day(folder: Path, drafts: int) -> None:
    section(f"a long working day: {drafts} drafts in one window, in a process of its own")
    from tests.reliability.long_day import day_in_child

    day = day_in_child(folder / "day", drafts)
    figures["long_day"] = {
        "drafts": day["drafts"], "seconds": round(day["seconds"], 1), "checker": day["checker"],
        "growth_mb": day["growth_mb"], "resident_at_end_mb": round(day["at_end_mb"], 1),
    }  # fmt: skip
    print(figures["long_day"])
    if day["problems"] or day["growth_mb"] >= 50 or day["stored"] != drafts:
        failures.append(f"long day: {day}")


def table() -> str:
    crash_run = figures.get("crash_trials", {})
    lines = ["| figure | value |", "| --- | --- |"]
    if crash_run:
        lines.append(
            f"| crash-recovery trials passed (SIGKILL while typing, saving, importing, exporting) "
            f"| {crash_run['passed']}/{crash_run['run']}; at most "
            f"{figures['crash_most_lost_seconds']} s of typing lost (autosave every 1 s) |"
        )
    for backend in ("SQLite", "PostgreSQL"):
        result = figures.get(f"concurrency_{backend}")
        if result:
            lines.append(
                f"| concurrent saves without a lost update, {backend} (2 processes) | "
                f"{result['saves']} saves, {result['conflicts_reported']} conflicts reported, "
                f"{result['lost_updates']} lost |"
            )
    if "fuzz_cases" in figures:
        fuzz_run = figures["fuzz_cases"]
        state = "without a failure" if not fuzz_run["failed_tests"] else "WITH FAILURES"
        lines.append(f"| fuzz cases run {state} | {fuzz_run['run']:,} |")
    if "hostile_files" in figures:
        found = figures["hostile_files"]
        worst = max(found["bomb_memory_mb"].values())
        lines.append(
            f"| hostile files refused | {found['nasty_refused']} of {found['nasty_files']} nasty "
            f"files ({found['nasty_must_refuse']} must be); {found['bombs_refused']} bombs, "
            f"each costing at most {worst} MB |"
        )
    if "grammar_soak" in figures:
        soak = figures["grammar_soak"]
        lines.append(
            f"| grammar soak ({soak['checks']} checks, flaky server) | {soak['ok']} results, "
            f"{soak['checks'] - soak['ok']} plain reasons, 0 exceptions; memory after the "
            f"warm-up +{soak['traced_growth_kb']:.0f} KB traced (peak "
            f"+{soak['traced_peak_kb']:.0f} KB), +{soak['rss_growth_mb']:.1f} MB resident; "
            f"status() at most {soak['slowest_status_ms']:.0f} ms |"
        )
    if "long_day" in figures:
        day = figures["long_day"]
        lines.append(
            f"| long working day ({day['drafts']} drafts, one window) | +{day['growth_mb']} MB "
            f"after warm-up, {day['resident_at_end_mb']} MB resident, {day['seconds']} s |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Copydesk reliability figures")
    parser.add_argument("--quick", action="store_true", help="a few of each (to try the script)")
    options = parser.parse_args()
    quick = options.quick
    rng = random.Random()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="copydesk-soak-") as scratch:
        folder = Path(scratch)
        # The grammar soak's memory is measured in this process, so it runs before the
        # property tests fill it with hypothesis's data.
        crash_trials(folder / "crash", 2 if quick else 20, rng)
        concurrency(folder, 5 if quick else 50, 10 if quick else 100)
        grammar(folder, 50 if quick else 1000)
        long_day(folder, 20 if quick else 200)
        fuzz(20 if quick else 500)
        hostile(folder)
    figures["minutes"] = round((time.monotonic() - started) / 60, 1)
    figures["failures"] = failures
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=1, default=str) + "\n", encoding="utf-8")
    section(f"Reliability figures ({figures['minutes']} min; also in {RESULTS.name})")
    print(table())
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
