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
        self.texts: list[str | None] = []  # answers for ask_text, first in first out
        self.approval: str | None = ""  # override reason ("" none), None cancels
        self.export: dict | None = None
        self.profile_answer: tuple[str, object] | None = None
        self.conflict_answer = "mine"
        self.conflicts: list[str] = []

    def show_problem(self, _parent: object, title: str, message: str) -> None:
        self.problems.append((title, message))

    def ask_text(self, _parent: object, _title: str, _prompt: str, _text: str = "") -> str | None:
        return self.texts.pop(0) if self.texts else ""

    def ask_approval(self, _parent: object, _title: str, checklist: object) -> str | None:
        self.checklist = checklist
        return self.approval

    def ask_export(self, _parent: object, _suggested: str, final: bool) -> dict | None:
        self.export_was_final = final
        return self.export

    def ask_profile(self, _parent: object, names: list[str], current: str, role: object):
        return self.profile_answer

    def ask_conflict(self, _parent: object, message: str, mine: str = "", theirs: str = "") -> str:
        self.conflicts.append(message)
        self.conflict_texts = (mine, theirs)
        return self.conflict_answer


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    monkeypatch.setattr(messages, "show_problem", recorder.show_problem)
    for name in ("ask_conflict", "ask_text", "ask_approval", "ask_export", "ask_profile"):
        monkeypatch.setattr(messages, name, getattr(recorder, name))
    return recorder


@pytest.fixture
def checker() -> PatternChecker:
    return PatternChecker()


@pytest.fixture
def context(copydesk_home: Path, qapp: object, checker: PatternChecker) -> Iterator[AppContext]:
    """A real library in the test's home; the pattern checker unless a test swaps it."""
    from app.core.workflow import Role, save_profile

    ctx = build_context(data_dir=str(copydesk_home))
    ctx.checker_factory = lambda _ctx: checker
    ctx.set_profile(save_profile(ctx.db, "Eddie Editor", Role.EDITOR)[0])
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
