# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Fixtures for UI tests with LanguageTool: the contract-test server and a window using it.

The server is tests/core/grammar/fake_languagetool.py, a LanguageTool look-alike
written from LanguageTool's API, reached through the real language-tool-python
client (see that module).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.core.grammar.fake_languagetool import FakeLanguageTool, FakeRule

# Both words are flagged by LanguageTool below; "diffuse" also by the house checker (fakes.py).
DRAFT = (
    "Harbour talks resume\n\n"
    "The council hopes to diffuse the row over teh harbour fees.\n\n"
    "A vote is due on Friday, officals said.\n"
)
TYPO = FakeRule(
    r"\b(teh|officals)\b",
    "MORFOLOGIK_RULE_EN_US",
    "TYPOS",
    "misspelling",
    "Possible spelling mistake found.",
    ["the", "officials"],
)
CONFUSION = FakeRule(
    r"\bdiffuse\b", "CONFUSION_RULE", "CONFUSED_WORDS", "grammar", "Did you mean defuse?"
)


def serve_languagetool() -> Iterator[FakeLanguageTool]:
    """The body of a ``fake_lt`` fixture: a server flagging TYPO and CONFUSION."""
    server = FakeLanguageTool().start()
    server.rules = [TYPO, CONFUSION]
    yield server
    server.stop()


def grammar_window(qtbot: Any, context: AppContext, url: str, **config: Any) -> MainWindow:
    """A window whose grammar check uses the LanguageTool server at ``url``."""
    context.settings.languagetool_mode = "server"
    context.settings.languagetool_url = url
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.grammar.configure(timeout_seconds=config.pop("timeout_seconds", 3.0), **config)
    window.show()
    return window


def close_window(qtbot: Any, window: MainWindow) -> None:
    window.grammar.shutdown()
    window.context.tasks.wait()
    qtbot.waitUntil(lambda: window.context.tasks.pending() == 0, timeout=15_000)


def open_draft(qtbot: Any, window: MainWindow, folder: Path, text: str = DRAFT) -> None:
    path = folder / "harbour.txt"
    path.write_text(text, encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.review.result is not None, timeout=10_000)


def shown(window: MainWindow) -> list[tuple[str, str]]:
    """(rule, words) of each finding shown for the editor's text."""
    result = window.review.result
    return [(f.rule, result.text[f.start : f.end]) for f in result.findings]


def grammar_shown(window: MainWindow) -> list[tuple[str, str]]:
    return [(rule, words) for rule, words in shown(window) if rule.startswith("lt.")]
