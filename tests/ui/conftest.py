# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""UI fixtures: a real MainWindow on a real SQLite library; dialogs recorded, never shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.main import build_context
from app.ui.main_window import MainWindow
from tests.fakes import PatternChecker


class DialogRecorder:
    """Stands in for app.ui.dialogs.messages: records what would have been shown."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []
        self.conflict_answer = "mine"
        self.conflicts: list[str] = []

    def show_problem(self, _parent: object, title: str, message: str) -> None:
        self.problems.append((title, message))

    def ask_conflict(self, _parent: object, message: str, mine: str = "", theirs: str = "") -> str:
        self.conflicts.append(message)
        self.conflict_texts = (mine, theirs)
        return self.conflict_answer


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    monkeypatch.setattr(messages, "show_problem", recorder.show_problem)
    monkeypatch.setattr(messages, "ask_conflict", recorder.ask_conflict)
    return recorder


@pytest.fixture
def checker() -> PatternChecker:
    return PatternChecker()


@pytest.fixture
def context(copydesk_home: Path, qapp: object, checker: PatternChecker) -> Iterator[AppContext]:
    """A real library in the test's home; the pattern checker unless a test swaps it."""
    ctx = build_context(data_dir=str(copydesk_home))
    ctx.checker_factory = lambda _ctx: checker
    yield ctx
    ctx.tasks.wait()
    ctx.db.dispose()


@pytest.fixture
def window(qtbot, context: AppContext, dialogs: DialogRecorder) -> Iterator[MainWindow]:
    main_window = MainWindow(context)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    context.tasks.wait()
    qtbot.waitUntil(lambda: context.tasks.pending() == 0, timeout=10_000)
