# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Workflow: roles guard each step, every step is recorded, approval needs a clear checklist."""

from __future__ import annotations

import pytest

from app.core import articles
from app.core.model import ArticleStatus, Document
from app.core.storage import Database
from app.core.workflow import (
    ApprovalBlocked,
    Checklist,
    Role,
    WorkflowError,
    available,
    find_profile,
    history,
    move,
    profiles,
    save_profile,
)

S = ArticleStatus


@pytest.fixture
def desk(db: Database):
    writer, _ = save_profile(db, "Wren Writer", Role.WRITER)
    copy, _ = save_profile(db, "Cass Copy", Role.COPY_EDITOR)
    editor, _ = save_profile(db, "Eddie Editor", Role.EDITOR)
    article, _ = articles.create_article(
        db, Document(text="Draft text.", title="Story"), author=writer.name
    )
    return db, article.id, writer, copy, editor


def test_the_whole_path_is_recorded(desk) -> None:
    db, article_id, writer, copy, editor = desk
    move(db, article_id, "submit", profile=writer, note="ready")
    move(db, article_id, "return", profile=copy, note="check the second quote")
    move(db, article_id, "resubmit", profile=writer)
    article, changes = move(db, article_id, "approve", profile=editor, checklist=Checklist())
    assert article.status is S.APPROVED and changes.workflow
    events = history(db, article_id)
    assert [(e.kind, e.from_status, e.to_status, e.who) for e in events] == [
        ("transition", "draft", "in_copy_edit", "Wren Writer"),
        ("transition", "in_copy_edit", "returned", "Cass Copy"),
        ("transition", "returned", "in_copy_edit", "Wren Writer"),
        ("transition", "in_copy_edit", "approved", "Eddie Editor"),
    ]
    assert events[1].note == "check the second quote"
    assert events[1].role == "copy_editor"


def test_roles_guard_the_steps(desk) -> None:
    db, article_id, writer, copy, _editor = desk
    move(db, article_id, "submit", profile=writer)
    with pytest.raises(WorkflowError, match="Only editors can"):
        move(db, article_id, "approve", profile=copy, checklist=Checklist())
    with pytest.raises(WorkflowError, match="Only copy editors or editors can"):
        move(db, article_id, "return", profile=writer)
    with pytest.raises(WorkflowError, match="cannot be"):
        move(db, article_id, "resubmit", profile=writer)
    assert [t.name for t in available(S.IN_COPY_EDIT, Role.EDITOR)] == ["return", "approve"]
    assert [t.name for t in available(S.IN_COPY_EDIT, Role.WRITER)] == []


def test_approval_with_open_items_needs_an_override_reason(desk) -> None:
    db, article_id, writer, _copy, editor = desk
    move(db, article_id, "submit", profile=writer)
    open_items = Checklist(
        open_errors=("“diffuse” should be “defuse”",), unverified_quotes=("Ana Ruiz: “…”",)
    )
    with pytest.raises(ApprovalBlocked) as blocked:
        move(db, article_id, "approve", profile=editor, checklist=open_items)
    assert "1 open errors, 1 quotes not verified, 0 unresolved notes" in str(blocked.value)
    assert articles.open_article(db, article_id).status is S.IN_COPY_EDIT
    move(
        db,
        article_id,
        "approve",
        profile=editor,
        checklist=open_items,
        override_reason="Deadline; quote confirmed by phone",
    )
    override = history(db, article_id)[-1]
    assert override.kind == "override" and override.note == "Deadline; quote confirmed by phone"
    assert override.details["open_errors"] == ["“diffuse” should be “defuse”"]


def test_changed_text_sends_an_approved_article_back(desk) -> None:
    db, article_id, writer, _copy, editor = desk
    move(db, article_id, "submit", profile=writer)
    approved, _ = move(db, article_id, "approve", profile=editor, checklist=Checklist())
    same, _ = articles.save_revision(
        db,
        article_id,
        Document(text="Draft text.", title="Story"),
        author="x",
        expected_version=approved.version,
    )
    assert same.status is S.APPROVED  # saving the same words changes nothing
    changed, _ = articles.save_revision(
        db,
        article_id,
        Document(text="Draft text, edited.", title="Story"),
        author="Wren Writer",
        expected_version=same.version,
    )
    assert changed.status is S.IN_COPY_EDIT
    last = history(db, article_id)[-1]
    assert (last.kind, last.from_status, last.to_status, last.who) == (
        "reopened",
        "approved",
        "in_copy_edit",
        "Wren Writer",
    )


def test_profiles_are_unique_by_name(db: Database) -> None:
    save_profile(db, "Ana Ruiz", Role.WRITER)
    updated, _ = save_profile(db, "ana ruiz", Role.EDITOR)
    assert [(p.name, p.role) for p in profiles(db)] == [("Ana Ruiz", Role.EDITOR)]
    assert find_profile(db, " ANA  RUIZ ") == updated
    with pytest.raises(WorkflowError, match="needs a name"):
        save_profile(db, "", Role.WRITER)
