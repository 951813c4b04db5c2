# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The core stays headless: app/core never imports Qt widgets or app.ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "app" / "core"
FORBIDDEN = ("app.ui", "PySide6.QtWidgets")
# The PDF writer is the one core module allowed Qt's (display-free) text engine,
# imported lazily inside it; see docs/architecture.md.
QTGUI_ALLOWED = {"export/pdf.py"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_never_imports_widgets_or_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        relative = path.relative_to(CORE).as_posix()
        for name in _imports(path):
            if name.startswith(FORBIDDEN) or (
                name.startswith("PySide6") and relative not in QTGUI_ALLOWED
            ):
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_cli_check_path_does_not_load_qt() -> None:
    code = (
        "import sys, app.cli, app.core.importers, app.core.articles\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
