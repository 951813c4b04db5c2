# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Helpers for the packaging tests, which run built artefacts the way a user would."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "harbour-bridge-talks.md"


def run_program(
    command: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` outside the checkout, without the test run's Python path."""
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def reviewed_text(path: Path) -> str:
    """What `copydesk text` prints for ``path``, computed in this process."""
    from app.core.importers import open_document

    text = open_document(path).text
    return text if text.endswith("\n") else text + "\n"


def checked_here(path: Path, home: Path) -> dict:
    """What `copydesk check --format json` prints for ``path`` from this checkout."""
    import json
    import sys

    result = run_program(
        [sys.executable, "-m", "app", "check", "--format", "json", path],
        cwd=REPO,
        env={"COPYDESK_HOME": str(home)},
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)
