# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""LanguageTool in the window: GrammarController, its status-bar widget, paragraph cache."""

from __future__ import annotations
