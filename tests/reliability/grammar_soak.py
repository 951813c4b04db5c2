# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Many grammar checks against a flaky LanguageTool server, with memory measured.

The server is tests/core/grammar/fake_languagetool.py run as its own process (so its
bookkeeping is not counted as ours), told to answer each check in turn normally or
with a 500, garbage, bytes, the wrong JSON, a 400, a reply cut off half-way, or a
reply slower than the client's timeout. The checks go through the real
GrammarService and language-tool-python. Shared by tests/reliability/
test_grammar_soak.py and bench/soak.py.
"""

from __future__ import annotations

import gc
import random
import re
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.core.grammar.config import GrammarConfig, GrammarMode, normalise_server_url
from app.core.grammar.service import GrammarService
from tests.core.grammar.fake_languagetool import FakeRule, save_state
from tests.reliability.long_day import resident_mb

FAKE = Path(__file__).resolve().parents[1] / "core" / "grammar" / "fake_languagetool.py"
BEHAVIOURS = {
    "normal": 50, "error500": 10, "garbage": 8, "binary": 5, "wrong_shape": 7,
    "bad_request": 5, "drop": 8, "slow": 7,
}  # fmt: skip
TIMEOUT_S = 0.5
SLOW_REPLY_S = 1.5  # "slow" replies come after the client has given up
RULE = FakeRule(r"\b(teh)\b", "TEH_TYPO", "TYPOS", "misspelling", "Possible typo.", ["the"])
_RAW = re.compile(r"Traceback|\b[A-Z]\w*(?:Error|Exception)\b|\bErrno\b|Java heap|nginx|<html")


@dataclass
class Soak:
    checks: int = 0
    ok: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    traced_growth_kb: float = 0.0
    traced_peak_kb: float = 0.0
    rss_growth_mb: float = 0.0
    rss_peak_mb: float = 0.0
    slowest_status_ms: float = 0.0

    def summary(self) -> dict[str, object]:
        data = asdict(self)
        data["reasons"] = dict(self.reasons)
        data["failures"] = self.failures[:5]
        return data


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_server(folder: Path, checks: int, rng: random.Random) -> tuple[subprocess.Popen, str]:
    names, weights = zip(*BEHAVIOURS.items(), strict=True)
    plan = rng.choices(names, weights, k=checks + 10)
    state = folder / "fake-state.json"
    save_state(state, [RULE], plan, delay=SLOW_REPLY_S)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, str(FAKE), "--port", str(port), "--state", str(state)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def _check_result(result: object, text: str, soak: Soak) -> None:
    if result.ok:  # type: ignore[attr-defined]
        soak.ok += 1
        for finding in result.findings:  # type: ignore[attr-defined]
            if text[finding.start : finding.end] != "teh":
                soak.failures.append(f"finding in the wrong place: {finding}")
        return
    reason = result.unavailable_reason  # type: ignore[attr-defined]
    if not reason or "\n" in reason or _RAW.search(reason):
        soak.failures.append(f"not a plain reason: {reason!r}")
    soak.reasons[re.sub(r"http://\S+", "the server", reason or "")] += 1


def _watch_status(service: GrammarService, stop: threading.Event, soak: Soak) -> None:
    """The GUI thread's view: status() must always answer at once."""
    while not stop.is_set():
        started = time.perf_counter()
        service.status()
        soak.slowest_status_ms = max(soak.slowest_status_ms, (time.perf_counter() - started) * 1e3)
        stop.wait(0.005)


def run_soak(folder: Path, checks: int, seed: int | None = None) -> Soak:
    """``checks`` grammar checks of fresh text against the flaky server; memory measured."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    server, url = _start_server(folder, checks, rng)
    clock = [1000.0]
    config = GrammarConfig(
        mode=GrammarMode.SERVER, server_url=normalise_server_url(url), timeout_seconds=TIMEOUT_S
    )
    # Each check moves the service's clock on by an hour, past any back-off, so that every
    # check really goes to the server instead of being answered from the back-off.
    service = GrammarService(config, clock=lambda: clock[0])
    soak, stop = Soak(), threading.Event()
    watcher = threading.Thread(target=_watch_status, args=(service, stop, soak), daemon=True)
    watcher.start()
    warm_up = max(10, checks // 10)
    started = time.monotonic()
    try:
        for number in range(checks):
            if number == warm_up:
                gc.collect()
                tracemalloc.start()
                traced_base = tracemalloc.get_traced_memory()[0]
                rss_base = resident_mb()
            words = [rng.choice(["the", "teh", "ferry", "council", "voted"]) for _ in range(40)]
            text = " ".join(words).capitalize() + "."
            clock[0] += 3600
            try:
                _check_result(service.check(text), text, soak)
            except Exception as exc:  # the contract: check() never raises
                soak.failures.append(f"check raised {type(exc).__name__}: {exc}")
            soak.checks += 1
            soak.rss_peak_mb = max(soak.rss_peak_mb, resident_mb())
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
        soak.traced_growth_kb = (current - traced_base) / 1024
        soak.traced_peak_kb = (peak - traced_base) / 1024
        soak.rss_growth_mb = resident_mb() - rss_base
    finally:
        tracemalloc.stop()
        stop.set()
        watcher.join()
        service.close()
        server.kill()
        server.wait()
    soak.seconds = time.monotonic() - started
    return soak
