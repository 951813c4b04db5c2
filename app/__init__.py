# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Copydesk: editorial review for newsrooms."""

from __future__ import annotations

__version__ = "0.1.0"
