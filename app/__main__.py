# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""`python -m app` behaves like the `copydesk` command."""

from __future__ import annotations

from app.cli import main

# Guarded: the helper process (app/ui/worker_process.py) starts by importing this module.
if __name__ == "__main__":
    raise SystemExit(main())
