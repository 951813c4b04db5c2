# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Storage: SQLAlchemy rows, the Database handle and migrations. Row classes never leave it."""

from __future__ import annotations

from app.core.storage.db import Database, StorageError

__all__ = ["Database", "StorageError"]
