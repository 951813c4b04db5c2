# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Writer → copy editor → editor → export, in the app, with every step recorded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from app.core import articles
from app.core.model import ArticleStatus
from app.core.text_notes import list_notes
from app.core.workflow import Role, history

DRAFT = (
    "Library hours restored\n\n"
    "The council will diffuse the row over Sunday opening, it said.\n\n"
    "“Readers asked and we listened,” said Hana Sato, the head librarian.\n"
)


def open_draft(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "library.txt"
    path.write_text(DRAFT, encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.sources.analysis is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.review.result is not None, timeout=10_000)


def become(qtbot, window, dialogs, name: str, role: Role) -> None:
    dialogs.profile_answer = (name, role)
    window.workflow.switch_user()
    assert window.context.author == name


def step(qtbot, window, name: str, status: ArticleStatus) -> None:
    button = window.workflow_panel.step_buttons[name]
    button.click()
    qtbot.waitUntil(lambda: window.article.status is status, timeout=10_000)


def select_words(window, words: str) -> None:
    start = window.editor.toPlainText().index(words)
    window.editor.select_python_range(start, start + len(words))


def test_writer_copy_editor_editor_export(qtbot, window, dialogs, tmp_path):
    open_draft(qtbot, window, tmp_path)
    become(qtbot, window, dialogs, "Wren Writer", Role.WRITER)
    assert list(window.workflow_panel.step_buttons) == ["submit"]
    dialogs.texts = ["Ready for the desk"]
    step(qtbot, window, "submit", ArticleStatus.IN_COPY_EDIT)

    become(qtbot, window, dialogs, "Cass Copy", Role.COPY_EDITOR)
    assert list(window.workflow_panel.step_buttons) == ["return"]
    select_words(window, "Sunday opening")
    dialogs.texts = ["Which Sundays? Check with the library."]
    window.add_note_action.trigger()
    qtbot.waitUntil(lambda: window.workflow_panel.notes.count() == 1, timeout=10_000)
    assert "Which Sundays?" in window.workflow_panel.notes.item(0).text()
    dialogs.texts = ["See my note on Sunday opening"]
    step(qtbot, window, "return", ArticleStatus.RETURNED)

    become(qtbot, window, dialogs, "Wren Writer", Role.WRITER)
    window.workflow_panel.notes.setCurrentRow(0)
    dialogs.texts = ["All Sundays from March"]
    window.workflow_panel.resolve.click()
    qtbot.waitUntil(lambda: window.workflow_panel.notes.item(0).text().startswith("✓"))
    dialogs.texts = ["Dates added"]
    step(qtbot, window, "resubmit", ArticleStatus.IN_COPY_EDIT)

    become(qtbot, window, dialogs, "Eddie Editor", Role.EDITOR)
    assert list(window.workflow_panel.step_buttons) == ["return", "approve"]
    dialogs.approval = "Confirmed the quote by phone"
    step(qtbot, window, "approve", ArticleStatus.APPROVED)
    checklist = dialogs.checklist
    assert any("diffuse" in item for item in checklist.open_errors)
    assert checklist.unverified_quotes == ("Hana Sato: “Readers asked and we listened,”",)
    assert checklist.unresolved_notes == ()
    assert "(Approved)" in window.windowTitle()

    out = tmp_path / "library.html"
    dialogs.export = {"fmt": "html", "path": out, "force": False, "page_size": "a4"}
    window.export_action.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: window.article.status is ArticleStatus.EXPORTED, timeout=10_000)
    assert dialogs.export_was_final
    assert "NOT APPROVED — PROOF" not in out.read_text(encoding="utf-8")
    assert "<body>" in out.read_text(encoding="utf-8")  # not <body class="proof">

    events = history(window.context.db, window.article.id)
    assert [(e.kind, e.to_status, e.who) for e in events] == [
        ("transition", "in_copy_edit", "Wren Writer"),
        ("transition", "returned", "Cass Copy"),
        ("transition", "in_copy_edit", "Wren Writer"),
        ("transition", "approved", "Eddie Editor"),
        ("override", "approved", "Eddie Editor"),
        ("exported", "exported", "Eddie Editor"),
    ]
    assert events[1].note == "See my note on Sunday opening"
    assert events[4].note == "Confirmed the quote by phone"
    qtbot.waitUntil(lambda: window.workflow_panel.history.count() == 6, timeout=10_000)


def test_cancelled_approval_changes_nothing(qtbot, window, dialogs, tmp_path):
    open_draft(qtbot, window, tmp_path)
    step(qtbot, window, "submit", ArticleStatus.IN_COPY_EDIT)
    dialogs.approval = None
    window.workflow_panel.step_buttons["approve"].click()
    qtbot.wait(300)
    assert articles.open_article(window.context.db, window.article.id).status is (
        ArticleStatus.IN_COPY_EDIT
    )


def test_unapproved_export_is_a_proof(qtbot, window, dialogs, tmp_path):
    open_draft(qtbot, window, tmp_path)
    out = tmp_path / "proof.md"
    dialogs.export = {"fmt": "md", "path": out, "force": False}
    window.export_action.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    assert not dialogs.export_was_final
    assert "NOT APPROVED" in out.read_text(encoding="utf-8")
    assert window.article.status is ArticleStatus.DRAFT


def test_notes_stay_on_their_words_while_the_text_changes(qtbot, window, dialogs, tmp_path):
    open_draft(qtbot, window, tmp_path)
    select_words(window, "head librarian")
    dialogs.texts = ["Full title?"]
    window.add_note_action.trigger()
    qtbot.waitUntil(lambda: window.workflow.notes != [], timeout=10_000)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(window.editor, "UPDATED: ")
    qtbot.waitUntil(
        lambda: (
            window.workflow.placed
            and window.editor.toPlainText()[slice(*window.workflow.placed[0][1])]
            == "head librarian"
        ),
        timeout=10_000,
    )
    window.workflow_panel.notes.setCurrentRow(0)
    assert window.editor.textCursor().selectedText() == "head librarian"
    (note,) = list_notes(window.context.db, window.article.id)
    assert note.body == "Full title?" and note.author == "Eddie Editor"


def test_review_report_is_written(qtbot, window, dialogs, tmp_path, monkeypatch):
    from app.ui.dialogs import messages

    out = tmp_path / "report.html"
    monkeypatch.setattr(messages, "ask_report_path", lambda parent, slug: ("html", out))
    open_draft(qtbot, window, tmp_path)
    window.workflow_panel.report_button.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=15_000)
    html = out.read_text(encoding="utf-8")
    assert "Library hours restored" in html and "Hana Sato" in html
