# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Interpreter settings that keep the window responsive while worker threads check text."""

from __future__ import annotations

import gc
import sys


def tune_interpreter() -> None:
    """Call once at start-up, before the first window.

    The GUI thread calls into Python for every slot and model callback, and each call
    must take the interpreter lock from a worker that may be checking a long draft.
    A shorter switch interval (0.5 ms, not 5) bounds each wait; fewer, later garbage
    collections keep a full collection of the rule set's objects from stalling typing.
    """
    sys.setswitchinterval(0.0005)
    gc.set_threshold(20_000, 50, 100)


def settle_memory() -> None:
    """Move what is alive now (the compiled rule set, caches) out of the collector's way.

    No collection first: on a large heap that alone would stall the window.
    """
    gc.freeze()
