# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Where the benchmarks find the shared corpus (read at run time, never copied)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    """$COPYDESK_CORPUS, else ``../shared/corpus`` from the repo (or from a parent of it)."""
    if os.environ.get("COPYDESK_CORPUS"):
        return Path(os.environ["COPYDESK_CORPUS"])
    for parent in REPO.parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return REPO.parent / "shared" / "corpus"


def use_repo() -> None:
    """Make ``import app`` work when a script runs as ``python bench/x.py``."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
