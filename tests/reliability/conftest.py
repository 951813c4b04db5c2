# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reliability tests: a QApplication before any of them exports a PDF.

The PDF writer makes a bare QGuiApplication when none exists (as in the CLI); the UI
tests that run later in the same process need a full QApplication, which cannot
replace it (the same reason as tests/core/export/conftest.py).
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> object:
    return qapp
