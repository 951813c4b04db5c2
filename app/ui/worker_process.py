# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A helper process for long whole-draft analyses (quotations, statistics).

Python threads share one interpreter lock: a worker thread analysing a long draft
for a second makes every call the GUI thread makes into Python wait its turn,
and typing stalls. Work sent here runs in a separate process, so it cannot hold
the window up. One process for the whole app, started on first use and stopped
at exit; functions and their arguments must be picklable plain data.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None


def submit(fn: Any, *args: Any) -> Future[Any]:
    """Run ``fn(*args)`` in the helper process."""
    global _executor
    with _lock:
        if _executor is None:
            # "spawn": a forked copy of a process running Qt threads is not safe to use.
            _executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
        executor = _executor
    try:
        return executor.submit(fn, *args)
    except RuntimeError:  # the process died (killed, out of memory): start a new one
        with _lock:
            _executor = None
        return submit(fn, *args)


def shutdown() -> None:
    """Stop the helper process (tests and exit; a new one starts on the next submit)."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
    if executor is not None:
        executor.shutdown(wait=True, cancel_futures=True)
