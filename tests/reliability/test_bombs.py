# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Zip bombs and entity expansion are refused before they cost memory, measured in a new process.

Each hostile file is opened in a fresh interpreter; its peak resident memory may rise
only a little above what loading the importers takes, whatever the file would inflate
to (hundreds of megabytes to gigabytes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.bombs import bombs, open_in_child, real_document

pytestmark = pytest.mark.slow
MEMORY_ALLOWANCE_MB = 40


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int]]:
    return bombs(tmp_path_factory.mktemp("bombs"))


@pytest.mark.parametrize(
    "name",
    [
        "300 MB in one part",
        "400 overlapping 1 MB parts",
        "200 MB behind a 1 KB header",
        "20,000 parts",
        "entities in a part not named .xml",
    ],
)
def test_refused_before_it_costs_memory(hostile, name: str) -> None:
    path, would_take = hostile[name]
    result = open_in_child(path)
    assert result["grew_mb"] < MEMORY_ALLOWANCE_MB, result
    if name != "20,000 parts":  # that one is about the count of parts, not their size
        assert would_take > 4 * MEMORY_ALLOWANCE_MB * 1024 * 1024
    if name != "entities in a part not named .xml":
        assert result["outcome"] == "refused", result
    assert "\n" not in result["message"]


def test_the_measure_sees_what_real_work_costs(tmp_path: Path) -> None:
    """The control: a genuine 90,000-word Word file does raise the peak, and opens."""
    result = open_in_child(real_document(tmp_path / "long-report.docx"))
    assert result["outcome"] == "opened" and result["grew_mb"] > 2, result
