# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The copydesk subcommands, one module per noun; app.cli parses and dispatches."""

from __future__ import annotations
