# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""PreferencesDialog (Edit > Preferences): profile, rule packs, grammar, autosave, appearance.

OK and Apply store the fields into the app's Settings, save them (atomic TOML,
through ``AppContext.save_settings``) and emit ``settingsChanged`` with the
names of the Settings fields that changed; the main window applies those live.
Name and role are the library's profile of the person working (AppContext.profile):
a change is saved on the database worker, then worked under, and announced as
"user_name". The rule packs are read and LanguageTool is tested off the GUI thread.
"""

from __future__ import annotations

import copy
import os
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.grammar import ENV_VAR, grammar_config_from
from app.core.model import Changes
from app.core.paths import resource
from app.core.settings import Settings
from app.core.workflow import Profile, save_profile
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.dialogs.preference_pages import (
    AppearancePage,
    EditingPage,
    GrammarPage,
    ProfilePage,
    RulesPage,
    rule_packs,
)
from app.ui.grammar.controller import GrammarController
from app.ui.grammar.jobs import connection_report
from app.ui.i18n import translate

# English names (``show_section`` takes them); shown translated.
SECTIONS = (
    QT_TRANSLATE_NOOP("PreferencesDialog", "Profile"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Rule packs"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Grammar"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Editing"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Appearance"),
)


def open_folder(path: Path) -> bool:
    """Show ``path`` in the desktop's file manager; False if none could (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PreferencesDialog(QDialog):
    """Signal: ``settingsChanged(frozenset[str])`` after OK or Apply changed something."""

    settingsChanged = Signal(object)

    def __init__(
        self,
        context: AppContext,
        grammar: GrammarController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.context = context
        self.grammar = grammar
        self.profile = ProfilePage(self)
        self.rules = RulesPage(self)
        self.grammar_page = GrammarPage(self)
        self.editing = EditingPage(self)
        self.appearance = AppearancePage(self)
        self.pages = (self.rules, self.grammar_page, self.editing, self.appearance)
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Preference sections"))
        self.sections.addItems([translate("PreferencesDialog", name) for name in SECTIONS])
        self.sections.setFixedWidth(150)
        self.sections.setSpacing(2)
        self.heading = QLabel(self)
        self.heading.setObjectName("preferencesHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setContentsMargins(9, 0, 0, 0)  # in line with the forms below
        self.stack = QStackedWidget(self)
        for page in (self.profile, *self.pages):
            self.stack.addWidget(page)
        self.sections.currentRowChanged.connect(self._on_section_changed)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.Apply, self)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(buttons.Apply).clicked.connect(self.apply)
        page = QVBoxLayout()
        page.addWidget(self.heading)
        page.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addLayout(page, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.sections.setCurrentRow(0)
        self.resize(760, 540)
        self._load()

    def show_section(self, name: str) -> None:
        self.sections.setCurrentRow(SECTIONS.index(name))

    def _on_section_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.heading.setText(translate("PreferencesDialog", SECTIONS[row]))

    def _load(self) -> None:
        for page in self.pages:
            page.load(self.context.settings)
        self.rules.openFolderRequested.connect(self.open_rules_folder)
        self.grammar_page.testRequested.connect(self.test_connection)
        if os.environ.get(ENV_VAR, "").strip():
            self.grammar_page.show_override(ENV_VAR, os.environ[ENV_VAR].strip())
        if self.grammar is not None:
            self.grammar_page.show_status(self.grammar.status_line())
            self.grammar.statusChanged.connect(self.grammar_page.show_status)
        else:
            self.grammar_page.show_status(self.tr("Grammar: off"))
        tasks = self.context.tasks
        folders = [("bundled", resource("rules")), ("yours", self.context.paths.rules)]
        tasks.run(rule_packs, folders, on_done=self.rules.show_packs, on_error=_ignore, owner=self)
        profile = self.context.profile
        if profile is not None:
            self.profile.show_profile(profile.name, profile.role)
        else:
            self.profile.show_profile(self.context.author, None)

    def _on_ok(self) -> None:
        self.apply()
        self.accept()

    def apply(self) -> frozenset[str]:
        """Store, save and announce what changed; returns the changed Settings field names."""
        settings = self.context.settings
        edited = copy.deepcopy(settings)
        for page in self.pages:
            page.store(edited)
        changed = frozenset(
            f.name for f in fields(Settings) if getattr(settings, f.name) != getattr(edited, f.name)
        )
        for name in changed:
            setattr(settings, name, getattr(edited, name))
        if changed:
            self.context.save_settings()
            self.settingsChanged.emit(changed)
        self._save_profile()
        return changed

    def _save_profile(self) -> None:
        """Work as the name and role chosen, if they changed (saved on the database worker)."""
        name, role = self.profile.choice()
        current = self.context.profile
        if not name or role is None or (current and (current.name, current.role) == (name, role)):
            return
        self.context.tasks.db_run(
            save_profile,
            self.context.db,
            name,
            role,
            on_done=self._on_profile_saved,
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_profile_saved(self, result: tuple[Profile, Changes]) -> None:
        profile, changes = result
        self.context.set_profile(profile)
        self.context.signals.changed.emit(changes, self)
        self.settingsChanged.emit(frozenset({"user_name"}))

    def _on_storage_error(self, error: object) -> None:
        self.context.signals.statusMessage.emit(
            self.tr("Your name and role were not saved: {error}").format(error=error)
        )

    def open_rules_folder(self) -> None:
        folder = self.context.paths.rules
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            messages.show_problem(
                self,
                self.tr("Rules folder"),
                self.tr("{folder} cannot be made: {reason}.").format(
                    folder=folder, reason=exc.strerror
                ),
            )
            return
        if not open_folder(folder):
            messages.show_problem(
                self,
                self.tr("Rules folder"),
                self.tr("Your rules folder is {folder}.").format(folder=folder),
            )

    def test_connection(self) -> None:
        """Ask LanguageTool, as set up on the Grammar page now (saved or not), on the pool."""
        edited = copy.deepcopy(self.context.settings)
        self.grammar_page.store(edited)
        overrides = self.grammar.overrides if self.grammar is not None else {}
        config = grammar_config_from(edited, {}, **overrides)
        self.grammar_page.test_button.setEnabled(False)
        self.grammar_page.test_result.setText(self.tr("Asking LanguageTool…"))
        self.context.tasks.run_network(
            connection_report,
            config,
            on_done=self._on_tested,
            on_error=self._on_tested,
            owner=self,
        )

    def _on_tested(self, report: object) -> None:
        self.grammar_page.test_button.setEnabled(True)
        self.grammar_page.test_result.setText(str(report))


def _ignore(_error: object) -> None:
    """An unreadable rules folder leaves the list empty; the packs' own errors show in checks."""
