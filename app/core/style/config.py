# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What a check runs with: which rules, which extra folders, which extra words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CheckConfig:
    """Choices that change the compiled rule set (and so its cache key).

    ``disabled`` holds rule ids or dotted prefixes (``house.cliche``).
    ``rule_dirs`` are extra pack folders, read after the bundled packs and
    the user's own rules folder. ``personal_words`` are accepted by the
    spelling check. ``user_files`` includes the user's rules folder and
    personal dictionary (tests turn it off); ``disk_cache`` keeps compiled
    rule sets in the user cache folder. ``home`` is the Copydesk home
    (``--data-dir``); None means ``$COPYDESK_HOME`` or the platform folders.
    """

    disabled: tuple[str, ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    personal_words: frozenset[str] = frozenset()
    user_files: bool = True
    disk_cache: bool = True
    home: Path | None = None
