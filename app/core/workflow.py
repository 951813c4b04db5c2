# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The desk's workflow: profiles with roles, guarded state changes, and the article's history.

draft → in copy edit → returned to writer → in copy edit → approved → exported; approved or
exported go back to copy edit when someone reopens them or the text changes. Every change
is recorded with who, when and a note. Approving with open problems needs an override
with a reason, which is recorded with what was open.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.articles import ArticleNotFound, aware, open_article
from app.core.model import Article, ArticleId, ArticleStatus, Changes
from app.core.storage.db import Database, StorageError
from app.core.storage.rows import ArticleRow, EventRow, ProfileRow, utcnow

S = ArticleStatus
_SPACES = re.compile(r"\s+")


class Role(StrEnum):
    WRITER = "writer"
    COPY_EDITOR = "copy_editor"
    EDITOR = "editor"


ROLE_LABELS = {Role.WRITER: "Writer", Role.COPY_EDITOR: "Copy editor", Role.EDITOR: "Editor"}
STATUS_LABELS = {
    S.DRAFT: "Draft",
    S.IN_COPY_EDIT: "In copy edit",
    S.RETURNED: "Returned to writer",
    S.APPROVED: "Approved",
    S.EXPORTED: "Exported",
}


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Transition:
    name: str
    label: str
    source: tuple[ArticleStatus, ...]
    target: ArticleStatus
    roles: tuple[Role, ...]


TRANSITIONS = (
    Transition("submit", "Send to copy desk", (S.DRAFT,), S.IN_COPY_EDIT, tuple(Role)),
    Transition(
        "return", "Return to writer", (S.IN_COPY_EDIT,), S.RETURNED, (Role.COPY_EDITOR, Role.EDITOR)
    ),
    Transition(
        "resubmit",
        "Send back to copy desk",
        (S.RETURNED,),
        S.IN_COPY_EDIT,
        (Role.WRITER, Role.EDITOR),
    ),
    Transition("approve", "Approve", (S.IN_COPY_EDIT,), S.APPROVED, (Role.EDITOR,)),
    Transition(
        "reopen",
        "Reopen for copy edit",
        (S.APPROVED, S.EXPORTED),
        S.IN_COPY_EDIT,
        (Role.COPY_EDITOR, Role.EDITOR),
    ),
)


@dataclass(frozen=True, slots=True)
class Checklist:
    """What is still open before approval; each list holds one line per open item."""

    open_errors: tuple[str, ...] = ()
    unverified_quotes: tuple[str, ...] = ()
    unresolved_notes: tuple[str, ...] = ()

    @property
    def clear(self) -> bool:
        return not (self.open_errors or self.unverified_quotes or self.unresolved_notes)

    def summary(self) -> str:
        parts = [
            f"{len(self.open_errors)} open errors",
            f"{len(self.unverified_quotes)} quotes not verified",
            f"{len(self.unresolved_notes)} unresolved notes",
        ]
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    kind: str
    from_status: str
    to_status: str
    who: str
    role: str
    note: str
    at: datetime
    details: dict[str, object] = field(default_factory=dict)


class WorkflowError(StorageError):
    """A state change that is not allowed, in words the user understands."""


class ApprovalBlocked(WorkflowError):
    """Approval asked for with open items and no override reason."""

    def __init__(self, checklist: Checklist) -> None:
        super().__init__(
            f"Not approved: {checklist.summary()}. Resolve them or approve with an override "
            "and a reason."
        )
        self.checklist = checklist


def available(status: ArticleStatus, role: Role) -> list[Transition]:
    """The state changes someone with ``role`` may make from ``status``."""
    return [t for t in TRANSITIONS if status in t.source and role in t.roles]


def transition(name: str) -> Transition:
    for item in TRANSITIONS:
        if item.name == name:
            return item
    raise WorkflowError(f"There is no step called {name!r}.")


def move(
    db: Database,
    article_id: ArticleId,
    name: str,
    *,
    profile: Profile,
    note: str = "",
    checklist: Checklist | None = None,
    override_reason: str = "",
) -> tuple[Article, Changes]:
    """Make a state change, if ``profile``'s role allows it from the article's state.

    Approval needs ``checklist``; with anything open it also needs an override
    reason, recorded together with what was open.
    """
    step = transition(name)
    if profile.role not in step.roles:
        allowed = " or ".join(ROLE_LABELS[r].lower() + "s" for r in step.roles)
        raise WorkflowError(f"Only {allowed} can “{step.label.lower()}”.")
    if step.target is S.APPROVED:
        if checklist is None:
            raise WorkflowError("Approval needs the checklist to be checked first.")
        if not checklist.clear and not override_reason.strip():
            raise ApprovalBlocked(checklist)
    with db.unit_of_work() as session:
        row = session.get(ArticleRow, article_id)
        if row is None:
            raise ArticleNotFound(f"Article {article_id} is not in the library.")
        current = ArticleStatus(row.status)
        if current not in step.source:
            raise WorkflowError(
                f"“{row.title}” is {STATUS_LABELS[current].lower()}; it cannot be "
                f"“{step.label.lower()}” from there."
            )
        # Guarded on the state we checked: two people moving the article at once cannot
        # both succeed.
        moved = session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id, ArticleRow.status == current.value)
            .values(status=step.target.value, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            raise WorkflowError("Someone else changed the article's state just now; try again.")
        record_event(session, article_id, "transition", current, step.target, profile, note)
        if step.target is S.APPROVED and checklist is not None and not checklist.clear:
            record_event(
                session,
                article_id,
                "override",
                current,
                step.target,
                profile,
                override_reason.strip(),
                details=asdict(checklist),
            )
    return open_article(db, article_id), Changes(articles=True, workflow=True)


def record_event(
    session: Session,
    article_id: int,
    kind: str,
    source: ArticleStatus | str,
    target: ArticleStatus | str,
    profile: Profile | None,
    note: str = "",
    *,
    details: dict[str, object] | None = None,
) -> None:
    """Add an event to the article's history inside the caller's unit of work."""
    session.add(
        EventRow(
            article_id=article_id,
            kind=kind,
            from_status=str(source),
            to_status=str(target),
            who=profile.name if profile else "",
            role=profile.role.value if profile else "",
            note=note.strip(),
            details=json.dumps(details or {}, ensure_ascii=False),
        )
    )


def history(db: Database, article_id: ArticleId) -> list[Event]:
    """The article's events, oldest first."""
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(
            select(EventRow).where(EventRow.article_id == article_id).order_by(EventRow.id)
        )
        return [_event(row) for row in rows]


def save_profile(db: Database, name: str, role: Role) -> tuple[Profile, Changes]:
    """Create a profile, or change its role; names are unique ignoring case and spacing."""
    clean = _SPACES.sub(" ", name).strip()
    if not clean:
        raise WorkflowError("A profile needs a name.")
    with db.unit_of_work() as session:
        row = session.scalar(select(ProfileRow).where(ProfileRow.name_key == clean.casefold()))
        if row is None:
            row = ProfileRow(name=clean, name_key=clean.casefold(), role=Role(role).value)
            session.add(row)
        row.role = Role(role).value
        session.flush()
        return Profile(row.id, row.name, Role(row.role)), Changes(workflow=True)


def profiles(db: Database) -> list[Profile]:
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(select(ProfileRow).order_by(ProfileRow.name))
        return [Profile(row.id, row.name, Role(row.role)) for row in rows]


def find_profile(db: Database, name: str) -> Profile | None:
    key = _SPACES.sub(" ", name).strip().casefold()
    with db.unit_of_work(write=False) as session:
        row = session.scalar(select(ProfileRow).where(ProfileRow.name_key == key))
        return Profile(row.id, row.name, Role(row.role)) if row else None


def _event(row: EventRow) -> Event:
    try:
        details = json.loads(row.details or "{}")
    except ValueError:
        details = {}
    return Event(
        id=row.id,
        kind=row.kind,
        from_status=row.from_status,
        to_status=row.to_status,
        who=row.who,
        role=row.role,
        note=row.note,
        at=aware(row.at),
        details=details if isinstance(details, dict) else {},
    )
