# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quotations in a draft: where they are, and (later) who said them."""

from __future__ import annotations

from app.core.quotes.spans import quote_spans

__all__ = ["quote_spans"]
