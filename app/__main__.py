# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""`python -m app` behaves like the `copydesk` command."""

from __future__ import annotations

from app.cli import main

raise SystemExit(main())
