# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A long working day in the real window: draft after draft opened, checked, edited, left.

60 drafts here (``make soak`` runs 200), in a fresh process as the app runs: after a
warm-up of ten drafts the process may not keep growing. The checker is the app's own
house style.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.long_day import day_in_child

pytestmark = pytest.mark.slow
GROWTH_LIMIT_MB = 50


def test_sixty_drafts_in_one_window_without_growing(tmp_path: Path) -> None:
    day = day_in_child(tmp_path, 60)
    assert day["problems"] == []
    assert day["stored"] == 60
    assert day["growth_mb"] < GROWTH_LIMIT_MB, f"grew by {day['growth_mb']} MB over 50 drafts"
