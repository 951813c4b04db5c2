# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The core's values (roles, statuses, steps, verification) as the UI shows them, translated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.model import ArticleStatus
from app.core.quotes.model import SpeakerKind
from app.core.sourcing import METHOD_LABELS, VerificationMethod, VerificationStatus
from app.core.workflow import ROLE_LABELS, STATUS_LABELS, TRANSITIONS, Role
from app.ui import labels
from app.ui.dialogs.workflow_dialogs import ProfileDialog
from app.ui.main_window import MainWindow
from tests.ui.test_i18n import _script
from tests.ui.test_workflow import open_draft

# Every value the core can hand the UI, and the table that must label it.
TABLES = [
    (labels.ROLES, set(Role)),
    (labels.ROLES_IN_TEXT, set(Role)),
    (labels.ARTICLE_STATUSES, set(ArticleStatus)),
    (labels.STEPS, {step.name for step in TRANSITIONS}),
    (labels.VERIFICATION_STATUSES, set(VerificationStatus)),
    (labels.VERIFICATION_METHODS, set(VerificationMethod)),
    (labels.SPEAKER_KINDS, set(get_args(SpeakerKind))),
]


@pytest.mark.parametrize(("table", "values"), TABLES)
def test_every_core_value_has_a_label(table: dict, values: set) -> None:
    """A status, role, step or method added to the core fails here until it has a label."""
    assert set(table) == values
    assert all(isinstance(label, str) and label.strip() for label in table.values())


def test_english_labels_are_the_cores() -> None:
    """The UI shows the same English the core (command line, reports) uses."""
    assert labels.ROLES == ROLE_LABELS
    in_text = {role: label.lower() for role, label in ROLE_LABELS.items()}
    assert in_text == labels.ROLES_IN_TEXT
    assert labels.ARTICLE_STATUSES == STATUS_LABELS
    steps = {step.name: step.label for step in TRANSITIONS}
    assert steps == labels.STEPS
    assert labels.VERIFICATION_METHODS == METHOD_LABELS


def test_unknown_values_show_as_themselves(qapp) -> None:
    """A value from a newer library is shown, not a crash."""
    assert labels.status_label("on_hold") == "on_hold"
    assert labels.status_label("in_copy_edit") == "In copy edit"  # stored strings work too
    assert labels.method_label("") == ""
    assert labels.step_label(TRANSITIONS[0]) == "Send to copy desk"


FRENCH = {
    "Draft": "Brouillon",
    "In copy edit": "En relecture",
    "Send to copy desk": "Envoyer au secrétariat de rédaction",
    "Editor": "Rédacteur en chef",
    "editor": "rédacteur en chef",
    "Verified": "Vérifiée",
    "Recording": "Enregistrement",
    "Person": "Personne",
}


@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[None]:
    """A translator with a few "Labels" strings in French, compiled by lrelease."""
    messages = "".join(
        f"<message><source>{source}</source><translation>{target}</translation></message>\n"
        for source, target in FRENCH.items()
    )
    ts = tmp_path / "labels_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr" sourcelanguage="en">\n'
        f"<context><name>Labels</name>\n{messages}</context>\n</TS>\n",
        encoding="utf-8",
    )
    (qm,) = _script().compile_all([ts], tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _library_status(window: MainWindow) -> str:
    model = window.library.model
    return model.index(model.row_of(window.article.id), 1).data()


def test_a_translation_reaches_the_workflow_and_the_library(
    french, qtbot, context, dialogs, tmp_path: Path
) -> None:
    window = MainWindow(context)  # built after the translator, as at start-up
    qtbot.addWidget(window)
    window.show()
    open_draft(qtbot, window, tmp_path)
    panel = window.workflow_panel
    assert panel.status.text() == "Status: <b>Brouillon</b>"  # untranslated around it
    assert panel.user.text() == "You: Eddie Editor (rédacteur en chef)"
    assert panel.step_buttons["submit"].text() == "Envoyer au secrétariat de rédaction"
    assert "(Brouillon)" in window.windowTitle()
    qtbot.waitUntil(lambda: _library_status(window) == "Brouillon", timeout=10_000)

    panel.step_buttons["submit"].click()
    qtbot.waitUntil(lambda: window.article.status is ArticleStatus.IN_COPY_EDIT, timeout=10_000)
    assert panel.status.text() == "Status: <b>En relecture</b>"
    assert "(En relecture)" in window.windowTitle()
    qtbot.waitUntil(lambda: _library_status(window) == "En relecture", timeout=10_000)
    qtbot.waitUntil(lambda: panel.history.count() == 1, timeout=10_000)
    assert panel.history.item(0).text().endswith("Eddie Editor: → En relecture")
    # Not in the test translation: stays English.
    assert panel.step_buttons["return"].text() == "Return to writer"

    # The Sources panel's choices are translated; their item data stays the core value.
    sources = window.sources_panel
    status_box, method_box, kind_box = sources.status_box, sources.method_box, sources.source_kind
    verified = status_box.findData(VerificationStatus.VERIFIED.value)
    assert status_box.itemText(verified) == "Vérifiée"
    recording = method_box.findData(VerificationMethod.RECORDING.value)
    assert method_box.itemText(recording) == "Enregistrement"
    assert kind_box.itemText(kind_box.findData("person")) == "Personne"
    assert kind_box.count() == len(labels.SPEAKER_KINDS)


def test_role_choices_keep_the_core_value(french, qtbot) -> None:
    dialog = ProfileDialog(None, ["Eddie Editor"], "Eddie Editor", Role.EDITOR)
    qtbot.addWidget(dialog)
    shown = {dialog.role.itemData(i): dialog.role.itemText(i) for i in range(dialog.role.count())}
    assert shown == {
        "writer": "Writer",
        "copy_editor": "Copy editor",
        "editor": "Rédacteur en chef",
    }
    assert dialog.choice() == ("Eddie Editor", Role.EDITOR)
