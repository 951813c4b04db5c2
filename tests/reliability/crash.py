# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Crash trials: kill Copydesk (SIGKILL) while it types, saves, imports or exports, then look.

Shared by tests/reliability/test_crash_recovery.py (a few trials) and bench/soak.py
(many). Each trial returns a ``Trial``; ``passed`` is False with the reason in
``detail`` when anything was lost, torn, left behind or reported in a way a copy
editor should never see. The kill moments are random (from the ``random.Random``
given), so repeated runs cover different moments.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.app_child import read_log, typed_text

ROOT = Path(__file__).resolve().parents[2]
SHORT_DRAFT = "Harbour plan vote\n\nThe council met on Tuesday to discuss the harbour plan.\n"
SENTENCE = "Ferry crews said the new timetable would start in spring, after the storms. "
APP_CHILD = Path(__file__).resolve().parent / "app_child.py"
# What a kill may cost beyond one autosave interval: the save under way when the
# process died (a few hundred milliseconds on a busy machine) and timer slack.
SAVE_ALLOWANCE_S = 1.5
START_TIMEOUT_S = 90.0


def long_draft(paragraphs: int) -> str:
    body = "\n\n".join(f"{n}. {SENTENCE * 4}".strip() for n in range(paragraphs))
    return f"Timetable talks\n\n{body}\n"


def big_docx(path: Path, paragraphs: int) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Timetable talks", style="Title")
    for n in range(paragraphs):
        document.add_paragraph(f"{n}. {SENTENCE * 3}")
    document.save(str(path))
    return path


@dataclass
class Trial:
    kind: str
    passed: bool
    detail: str = ""
    lost_seconds: float = 0.0
    lost_chars: int = 0


@dataclass
class TrialLog:
    trials: list[Trial] = field(default_factory=list)

    def add(self, trial: Trial) -> Trial:
        self.trials.append(trial)
        return trial

    @property
    def passed(self) -> int:
        return sum(1 for t in self.trials if t.passed)

    def failures(self) -> list[str]:
        return [f"{t.kind}: {t.detail}" for t in self.trials if not t.passed]


def database_checks(path: Path) -> str:
    """Empty when SQLite's own checks pass on the file, else what they found."""
    with closing(sqlite3.connect(path)) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    problems = []
    if integrity != [("ok",)]:
        problems.append(f"integrity_check: {integrity[:3]}")
    if orphans:
        problems.append(f"foreign_key_check: {orphans[:3]}")
    return "; ".join(problems)


def wait_for(
    condition: Callable[[], object], timeout: float, what: str, every: float = 0.02
) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(every)
    raise TimeoutError(f"gave up waiting for {what}")


def kill(process: subprocess.Popen) -> float:
    """SIGKILL the process; return the moment (monotonic) it was sent."""
    moment = time.monotonic()
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return moment


class TypingSession:
    """Successive app runs on one library, each killed while typing (and saving).

    Run ``i`` reopens the article the way a restart does, reports the text it came
    back with, types, and is killed at a random moment. The next run checks that
    text: the previous run's starting text plus a prefix of what it typed, losing
    at most the characters typed in the last autosave interval (plus the save
    that was under way). ``save_every`` makes the child also press File > Save
    every so many characters; ``kill_in_save`` waits, after the random typing time,
    for the next save to start and kills within 50 ms of it, so the kill lands while
    the save's transaction is open.
    """

    def __init__(
        self,
        folder: Path,
        draft_text: str,
        rng: random.Random,
        *,
        autosave_ms: int = 1000,
        save_every: int = 0,
        type_for: tuple[float, float] = (0.5, 3.5),
        kill_in_save: bool = False,
    ) -> None:
        self.folder = folder
        self.home = folder / "home"
        self.draft = folder / "harbour-plan.txt"
        self.draft.write_text(draft_text, encoding="utf-8")
        self.rng = rng
        self.autosave_ms = autosave_ms
        self.save_every = save_every
        self.type_for = type_for
        self.kill_in_save = kill_in_save
        self.runs = 0

    @property
    def database(self) -> Path:
        return self.home / "data" / "copydesk.sqlite3"

    def _start(self, *extra: str) -> tuple[subprocess.Popen, Path]:
        self.runs += 1
        log = self.folder / f"run-{self.runs}.log"
        command = [
            sys.executable, str(APP_CHILD), "--home", str(self.home), "--log", str(log),
            "--autosave-ms", str(self.autosave_ms), "--save-every", str(self.save_every), *extra,
        ]  # fmt: skip
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        return process, log

    def _shown(self, process: subprocess.Popen, log: Path) -> dict:
        def shown() -> dict | None:
            events = read_log(log)
            if any(e["event"] == "nothing-to-reopen" for e in events):
                raise AssertionError("the restarted app did not reopen the article")
            if process.poll() is not None:
                raise AssertionError(f"the app exited early ({process.returncode})")
            return next((e for e in events if e["event"] == "shown"), None)

        return wait_for(shown, START_TIMEOUT_S, "the article to be shown")  # type: ignore[return-value]

    def run(self, trials: int, kind: str = "typing") -> list[Trial]:
        """``trials`` kills, each checked by the start that follows it."""
        results: list[Trial] = []
        process, log = self._start("--draft", str(self.draft))
        shown = self._shown(process, log)
        for _ in range(trials):
            time.sleep(self.rng.uniform(*self.type_for))
            if self.kill_in_save:
                self._wait_for_a_save(log)
            killed_at = kill(process)
            events = read_log(log)
            problem = database_checks(self.database)
            if problem:
                results.append(Trial(kind, False, f"database damaged after the kill: {problem}"))
            process, log = self._start()
            try:
                now = self._shown(process, log)
            except (AssertionError, TimeoutError) as exc:
                kill(process)
                results.append(Trial(kind, False, str(exc)))
                return results
            results.append(self._check(kind, shown, events, killed_at, now))
            shown = now
        kill(process)
        return results

    def _wait_for_a_save(self, log: Path) -> None:
        seen = len(read_log(log))

        def saving() -> bool:
            return any(e.get("state") == "Saving…" for e in read_log(log)[seen:])

        wait_for(saving, 30, "a save to start")
        time.sleep(self.rng.uniform(0, 0.05))

    def _check(
        self, kind: str, before: dict, events: list[dict], killed_at: float, now: dict
    ) -> Trial:
        if now["text"] != now["editor"]:
            return Trial(kind, False, "the editor shows other text than the library holds")
        problems = [e for e in events if e["event"] in ("problem", "conflict")]
        problems += [e for e in events if "not saved" in str(e.get("message", "")).lower()]
        if problems:
            return Trial(kind, False, f"the app reported a problem: {problems[0]}")
        base: str = before["text"]
        text: str = now["text"]
        typed = [e for e in events if e["event"] == "typed"]
        if not text.startswith(base):
            return Trial(kind, False, "the text the run started with was not kept")
        added = text[len(base) :]
        if added != typed_text(len(added)) or len(added) > len(typed):
            return Trial(kind, False, f"recovered text is not what was typed: {added[-40:]!r}")
        lost = len(typed) - len(added)
        lost_seconds = killed_at - typed[len(added)]["t"] if lost else 0.0
        allowed = self.autosave_ms / 1000 + SAVE_ALLOWANCE_S
        trial = Trial(kind, lost_seconds <= allowed, "", lost_seconds, lost)
        if not trial.passed:
            trial.detail = (
                f"lost {lost} characters typed over {lost_seconds:.2f} s (allowed {allowed:.2f} s)"
            )
        return trial


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--data-dir", str(home)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


def start_cli(*args: str, home: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args, "--data-dir", str(home)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def import_trial(home: Path, source: Path, expected_text: str, kill_after: float) -> Trial:
    """``copydesk import`` killed after ``kill_after`` seconds: all of the article or none."""
    database = home / "data" / "copydesk.sqlite3"
    before = _article_count(database)
    process = start_cli("import", str(source), home=home)
    time.sleep(kill_after)
    finished = process.poll() is not None
    kill(process)
    problem = database_checks(database) if database.exists() else ""
    if problem:
        return Trial("import", False, f"database damaged: {problem}")
    listed = run_cli("list", "--format", "json", home=home)
    if listed.returncode != 0:
        return Trial("import", False, f"the library does not open after the kill: {listed.stderr}")
    after = len(json.loads(listed.stdout)["articles"])
    if after not in (before, before + 1) or (finished and after != before + 1):
        return Trial("import", False, f"{before} articles before, {after} after")
    with closing(sqlite3.connect(database)) as connection:
        empty = connection.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM revisions r WHERE r.article_id = a.id)"
        ).fetchone()[0]
        newest = connection.execute(
            "SELECT r.text FROM revisions r ORDER BY r.id DESC LIMIT 1"
        ).fetchone()
    if empty:
        return Trial("import", False, "an article was stored without its text")
    if after == before + 1 and (newest is None or newest[0] != expected_text):
        return Trial("import", False, "the imported text is not the file's text")
    return Trial("import", True, "stored" if after > before else "not stored")


def _article_count(database: Path) -> int:
    if not database.exists():
        return 0
    with closing(sqlite3.connect(database)) as connection:
        try:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # killed before the first migration finished
            return 0


def hidden_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def export_trial(
    home: Path,
    source: Path,
    out: Path,
    fmt: str,
    *,
    good: bytes,
    complete: Callable[[bytes], bool],
    kill_after: float | None,
    rng: random.Random,
) -> Trial:
    """``copydesk export --force`` over a good file, killed mid-way.

    ``kill_after`` seconds after the start, or (None) just as the temporary file
    appears, so the kill lands in the write itself. Afterwards ``out`` is the old
    file or a complete new one, and nothing visible beside it is new.
    """
    folder = out.parent
    visible = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    hidden = set(hidden_leftovers(folder))
    process = start_cli("export", str(source), "--to", fmt, "-o", str(out), "--force", home=home)
    if kill_after is None:

        def writing() -> bool:
            return bool(set(hidden_leftovers(folder)) - hidden) or process.poll() is not None

        with suppress(TimeoutError):
            wait_for(writing, 120, "the temporary file", every=0.0005)
        time.sleep(rng.uniform(0, 0.002))
    else:
        time.sleep(kill_after)
    kill(process)
    now = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    if now != visible:
        return Trial("export", False, f"files appeared or vanished: {sorted(now ^ visible)}")
    data = out.read_bytes()
    if data != good and not complete(data):
        return Trial("export", False, f"{out.name} is neither the old file nor a whole new one")
    leftovers = [n for n in hidden_leftovers(folder) if not n.endswith(".tmp")]
    if leftovers:
        return Trial("export", False, f"unexpected hidden files: {leftovers}")
    return Trial("export", True, "replaced" if data != good else "kept")
