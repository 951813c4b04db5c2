# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Grammar checks against a flaky LanguageTool server: always a result or a plain reason.

150 checks here (``make soak`` runs 1,000): answers that are errors, garbage, cut off
or too slow, through the real GrammarService and language-tool-python, with memory
traced and the GUI thread's status() watched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.grammar_soak import TIMEOUT_S, run_soak

pytestmark = pytest.mark.slow


def test_a_flaky_server_never_breaks_a_check_and_memory_stays_flat(tmp_path: Path) -> None:
    soak = run_soak(tmp_path, 150)
    assert soak.failures == []
    assert soak.checks == 150 and soak.ok + sum(soak.reasons.values()) == 150
    assert soak.ok > 0 and len(soak.reasons) >= 3, "the server was not flaky enough to tell"
    assert soak.traced_growth_kb < 1024, f"memory grew by {soak.traced_growth_kb:.0f} KB"
    # status() is what the GUI thread asks; it must never wait for the network.
    assert soak.slowest_status_ms < TIMEOUT_S * 1000 / 2
