# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What the UI shows for the core's values, in the UI language (translated under "Labels").

app/core keeps one language: its values are stored, logged and used as keys, and its own
English labels serve the command line and the reports. The interface shows those values
through the tables here instead, so a translation covers them too. The English text is the
same as the core's. Combo boxes keep the core value as item data; only the text shown comes
from here. tests/ui/test_labels.py fails when a core value has no label.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.model import ArticleStatus
from app.core.sourcing import VerificationMethod, VerificationStatus
from app.core.workflow import Role, Transition
from app.ui.i18n import translate

ROLES = {
    Role.WRITER: QT_TRANSLATE_NOOP("Labels", "Writer"),
    Role.COPY_EDITOR: QT_TRANSLATE_NOOP("Labels", "Copy editor"),
    Role.EDITOR: QT_TRANSLATE_NOOP("Labels", "Editor"),
}
# The role inside a sentence ("You: Ana (copy editor)"); lower-casing a translation is not
# right in every language, so it is a string of its own.
ROLES_IN_TEXT = {
    Role.WRITER: QT_TRANSLATE_NOOP("Labels", "writer"),
    Role.COPY_EDITOR: QT_TRANSLATE_NOOP("Labels", "copy editor"),
    Role.EDITOR: QT_TRANSLATE_NOOP("Labels", "editor"),
}
ARTICLE_STATUSES = {
    ArticleStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    ArticleStatus.IN_COPY_EDIT: QT_TRANSLATE_NOOP("Labels", "In copy edit"),
    ArticleStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned to writer"),
    ArticleStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    ArticleStatus.EXPORTED: QT_TRANSLATE_NOOP("Labels", "Exported"),
}
# Workflow steps (app.core.workflow.TRANSITIONS), by name: the Workflow panel's buttons.
STEPS = {
    "submit": QT_TRANSLATE_NOOP("Labels", "Send to copy desk"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return to writer"),
    "resubmit": QT_TRANSLATE_NOOP("Labels", "Send back to copy desk"),
    "approve": QT_TRANSLATE_NOOP("Labels", "Approve"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Reopen for copy edit"),
}
VERIFICATION_STATUSES = {
    VerificationStatus.UNVERIFIED: QT_TRANSLATE_NOOP("Labels", "Not verified"),
    VerificationStatus.VERIFIED: QT_TRANSLATE_NOOP("Labels", "Verified"),
    VerificationStatus.DISPUTED: QT_TRANSLATE_NOOP("Labels", "Disputed"),
}
VERIFICATION_METHODS = {
    VerificationMethod.RECORDING: QT_TRANSLATE_NOOP("Labels", "Recording"),
    VerificationMethod.NOTES: QT_TRANSLATE_NOOP("Labels", "Reporter's notes"),
    VerificationMethod.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    VerificationMethod.PUBLIC_STATEMENT: QT_TRANSLATE_NOOP("Labels", "Public statement"),
    VerificationMethod.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
# app.core.quotes.model.SpeakerKind: the Sources panel's "Kind" choices.
SPEAKER_KINDS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
}


def _shown(table: dict, value: object) -> str:
    """``value``'s label in the UI language; a value with no label (an older or newer
    library) shows as itself rather than failing."""
    label = table.get(value)
    return translate("Labels", label) if label else str(value)


def role_label(role: Role | str) -> str:
    return _shown(ROLES, role)


def role_in_text(role: Role | str) -> str:
    return _shown(ROLES_IN_TEXT, role)


def status_label(status: ArticleStatus | str) -> str:
    return _shown(ARTICLE_STATUSES, status)


def step_label(step: Transition | str) -> str:
    return _shown(STEPS, step.name if isinstance(step, Transition) else step)


def verification_label(status: VerificationStatus | str) -> str:
    return _shown(VERIFICATION_STATUSES, status)


def method_label(method: VerificationMethod | str) -> str:
    return _shown(VERIFICATION_METHODS, method)


def speaker_kind_label(kind: str) -> str:
    return _shown(SPEAKER_KINDS, kind)
