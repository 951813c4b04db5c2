# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The app's signal hub: one instance, created in main.run() and passed in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Cross-widget signals. ``changed`` carries a core ``Changes`` and the initiator."""

    changed = Signal(object, object)
    statusMessage = Signal(str)
