# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Page sizes and margins shared by the paged formats (DOCX, ODT, PDF)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageSetup:
    """A paper size and its margins, in millimetres."""

    name: str
    width: float
    height: float
    margin: float = 22.0
    bottom_margin: float = 25.0


PAGE_SIZES = {
    "a4": PageSetup("A4", 210.0, 297.0),
    "letter": PageSetup("Letter", 215.9, 279.4),
}
