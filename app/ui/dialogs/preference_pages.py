# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The pages of the Preferences dialog; each loads from and stores into a ``Settings``.

Pages only lay out fields and move values between them and a Settings
object; saving and applying is the dialog's business (preferences.py).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import Settings
from app.core.workflow import Role
from app.ui.i18n import translate
from app.ui.labels import ROLES, role_label

# The labels below are translated where they are shown, under the page's class name.
LANGUAGES = (
    ("en-US", QT_TRANSLATE_NOOP("GrammarPage", "English (US)")),
    ("en-GB", QT_TRANSLATE_NOOP("GrammarPage", "English (UK)")),
    ("en-AU", QT_TRANSLATE_NOOP("GrammarPage", "English (Australia)")),
    ("en-CA", QT_TRANSLATE_NOOP("GrammarPage", "English (Canada)")),
    ("en-NZ", QT_TRANSLATE_NOOP("GrammarPage", "English (New Zealand)")),
    ("en-ZA", QT_TRANSLATE_NOOP("GrammarPage", "English (South Africa)")),
    ("de-DE", QT_TRANSLATE_NOOP("GrammarPage", "German (Germany)")),
    ("fr", QT_TRANSLATE_NOOP("GrammarPage", "French")),
    ("es", QT_TRANSLATE_NOOP("GrammarPage", "Spanish")),
    ("nl", QT_TRANSLATE_NOOP("GrammarPage", "Dutch")),
    ("pt-PT", QT_TRANSLATE_NOOP("GrammarPage", "Portuguese (Portugal)")),
)
MODES = (
    ("off", QT_TRANSLATE_NOOP("GrammarPage", "Off")),
    (
        "local",
        QT_TRANSLATE_NOOP(
            "GrammarPage",
            "On this computer (Java 17 or newer; a one-time download of about 250 MB)",
        ),
    ),
    ("server", QT_TRANSLATE_NOOP("GrammarPage", "On the newsroom's LanguageTool server")),
)
THEMES = (
    ("system", QT_TRANSLATE_NOOP("AppearancePage", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("AppearancePage", "Light")),
    ("dark", QT_TRANSLATE_NOOP("AppearancePage", "Dark")),
)


def words_in(text: str) -> list[str]:
    """Ids typed one per line or separated by commas or spaces; blanks and repeats dropped."""
    seen: list[str] = []
    for word in text.replace(",", " ").split():
        if word not in seen:
            seen.append(word)
    return seen


def rule_packs(folders: Sequence[tuple[str, Path]]) -> list[tuple[str, str, str]]:
    """``(file name, where, rules)`` for each ``*.toml`` pack; worker thread (reads files).

    ``rules`` is the number of rules, or a plain reason the pack cannot be read.
    """
    found: list[tuple[str, str, str]] = []
    for where, folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                pack = tomllib.loads(path.read_text(encoding="utf-8"))
                rules = pack.get("rule", [])
                count = (
                    f"{len(rules)}"
                    if isinstance(rules, list)
                    else translate("RulesPage", "no rules")
                )
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                count = translate("RulesPage", "cannot be read ({error})").format(
                    error=type(exc).__name__
                )
            found.append((path.name, where, count))
    return found


def _form(parent: QWidget) -> QFormLayout:
    """A form whose text fields widen with the dialog while lists and numbers keep their size."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _note(text: str, parent: QWidget) -> QLabel:
    """A quieter line of explanation under a field (follows the theme's colours).

    One line, not wrapped: a wrapped label in a form gets a blank line below it.
    """
    label = QLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _wrapping(label: QLabel) -> QLabel:
    """Word-wrapped and as wide as the form allows (else the form keeps it narrow and clips it)."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class ProfilePage(QWidget):
    """Who is working: the name saves are recorded under, and the role on the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Your name"))
        self.role_box = QComboBox(self)
        self.role_box.setAccessibleName(self.tr("Your role on the desk"))
        self.role_box.addItem(self.tr("Choose a role…"), None)
        for role in ROLES:
            self.role_box.addItem(role_label(role), role.value)
        form = _form(self)
        form.addRow(self.tr("&Name:"), self.name_field)
        recorded = self.tr("Saves, decisions and approvals are recorded under this name.")
        form.addRow("", _note(recorded, self))
        form.addRow(self.tr("&Role:"), self.role_box)
        roles = self.tr(
            "Writers send drafts to the desk; copy editors return or pass them; editors approve."
        )
        form.addRow("", _note(roles, self))

    def show_profile(self, name: str, role: Role | None) -> None:
        self.name_field.setText(name)
        self.role_box.setCurrentIndex(max(self.role_box.findData(role.value if role else None), 0))

    def choice(self) -> tuple[str, Role | None]:
        """The name as typed (spaces tidied) and the role chosen, None if none."""
        value = self.role_box.currentData()
        return " ".join(self.name_field.text().split()), Role(value) if value else None


ANONYMOUS_CHOICES = (
    (
        "error",
        QT_TRANSLATE_NOOP("RulesPage", "an error (must be resolved or overridden to approve)"),
    ),
    ("warning", QT_TRANSLATE_NOOP("RulesPage", "a warning")),
    ("suggestion", QT_TRANSLATE_NOOP("RulesPage", "a suggestion")),
    ("off", QT_TRANSLATE_NOOP("RulesPage", "not flagged")),
)


class RulesPage(QWidget):
    """The rule packs in use, the user's rules folder, and the rules switched off."""

    openFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.packs = QTreeWidget(self)
        self.packs.setAccessibleName(self.tr("Rule packs"))
        self.packs.setHeaderLabels([self.tr("Pack"), self.tr("Rules"), self.tr("From")])
        self.packs.setRootIsDecorated(False)
        self.packs.setColumnWidth(0, 220)
        self.packs.setColumnWidth(1, 60)
        self.open_button = QPushButton(self.tr("Open Rules &Folder"), self)
        self.open_button.clicked.connect(self.openFolderRequested)
        self.disabled_field = QPlainTextEdit(self)
        self.disabled_field.setAccessibleName(self.tr("Rules switched off"))
        self.disabled_field.setPlaceholderText("house.cliche\nhouse.hedge\nlt.EN_QUOTES")
        self.disabled_field.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Rule packs in use (your packs add to or replace bundled ones):"))
        )
        layout.addWidget(self.packs, 3)
        row = QHBoxLayout()
        own_packs = self.tr("Add your desk's own packs (.toml) to your rules folder.")
        row.addWidget(_note(own_packs, self), 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        switched_off = QLabel(self.tr("&Switched off, one rule id or prefix per line:"), self)
        switched_off.setBuddy(self.disabled_field)
        layout.addWidget(switched_off)
        layout.addWidget(self.disabled_field, 2)
        hint = self.tr("A prefix switches off a family (house.cliche); lt. ids are LanguageTool's.")
        layout.addWidget(_note(hint, self))
        self.anonymous = QComboBox(self)
        self.anonymous.setAccessibleName(self.tr("How to flag an anonymous source"))
        for value, label in ANONYMOUS_CHOICES:
            self.anonymous.addItem(translate("RulesPage", label), value)
        policy = QHBoxLayout()
        anonymous_label = QLabel(self.tr("&Anonymous sources (“a senior official”):"), self)
        anonymous_label.setBuddy(self.anonymous)
        policy.addWidget(anonymous_label)
        policy.addWidget(self.anonymous, 1)
        layout.addLayout(policy)

    def show_packs(self, packs: list[tuple[str, str, str]]) -> None:
        self.packs.clear()
        places = {"bundled": self.tr("bundled"), "yours": self.tr("yours")}
        for name, where, rules in packs:
            QTreeWidgetItem(self.packs, [name, rules, places.get(where, where)])
        if not packs:
            QTreeWidgetItem(self.packs, [self.tr("No rule packs found"), "", ""])

    def load(self, settings: Settings) -> None:
        self.disabled_field.setPlainText("\n".join(settings.disabled_rules))
        self.anonymous.setCurrentIndex(max(0, self.anonymous.findData(settings.anonymous_sources)))

    def store(self, settings: Settings) -> None:
        settings.disabled_rules = words_in(self.disabled_field.toPlainText())
        settings.anonymous_sources = self.anonymous.currentData()


class GrammarPage(QWidget):
    """LanguageTool: where it runs, the language, how picky, what to leave out; status and test."""

    testRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        modes = QVBoxLayout()
        for mode, label in MODES:
            button = QRadioButton(translate("GrammarPage", label), self)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.url_field = QLineEdit(self)
        self.url_field.setPlaceholderText("http://languagetool.desk.example:8081")
        self.url_field.setAccessibleName(self.tr("LanguageTool server address"))
        self.language_box = QComboBox(self)
        self.language_box.setEditable(True)
        self.language_box.setAccessibleName(self.tr("Language variant"))
        for code, label in LANGUAGES:
            self.language_box.addItem(f"{code} — {translate('GrammarPage', label)}", code)
        self.picky_box = QCheckBox(
            self.tr("Picky: also LanguageTool's stricter style checks"), self
        )
        self.rules_field = QLineEdit(self)
        self.rules_field.setPlaceholderText("EN_QUOTES, WHITESPACE_RULE")
        self.rules_field.setAccessibleName(self.tr("LanguageTool rules to leave out"))
        self.categories_field = QLineEdit(self)
        self.categories_field.setPlaceholderText("TYPOS, STYLE")
        self.categories_field.setAccessibleName(self.tr("LanguageTool categories to leave out"))
        self.status_label = _wrapping(QLabel("", self))
        self.status_label.setObjectName("grammarPreferencesStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.test_button.clicked.connect(self.testRequested)
        self.test_result = _wrapping(QLabel("", self))
        self.test_result.setObjectName("grammarTestResult")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.env_note = _wrapping(_note("", self))
        self.env_note.hide()
        form = _form(self)
        form.addRow(self.tr("Grammar check:"), modes)
        form.addRow(self.tr("Server &address:"), self.url_field)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow("", self.picky_box)
        form.addRow(self.tr("Leave out &rules:"), self.rules_field)
        form.addRow(self.tr("Leave out &categories:"), self.categories_field)
        form.addRow(self.tr("Status:"), self.status_label)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        form.addRow("", self.env_note)
        self.mode_group.buttonToggled.connect(lambda *_: self._follow_mode())

    def _follow_mode(self) -> None:
        self.url_field.setEnabled(self.mode() == "server")

    def mode(self) -> str:
        return next((m for m, b in self.mode_buttons.items() if b.isChecked()), "off")

    def set_mode(self, mode: str) -> None:
        self.mode_buttons.get(mode, self.mode_buttons["off"]).setChecked(True)
        self._follow_mode()

    def language(self) -> str:
        index = self.language_box.currentIndex()
        text = self.language_box.currentText().strip()
        if index >= 0 and text == self.language_box.itemText(index):
            return str(self.language_box.itemData(index))
        return text.split(" ", 1)[0] or "en-US"

    def load(self, settings: Settings) -> None:
        self.set_mode(settings.languagetool_mode)
        self.url_field.setText(settings.languagetool_url)
        language = settings.languagetool_language
        index = self.language_box.findData(language)
        if index < 0:
            self.language_box.addItem(language, language)
            index = self.language_box.count() - 1
        self.language_box.setCurrentIndex(index)
        self.picky_box.setChecked(settings.languagetool_picky)
        self.rules_field.setText(", ".join(settings.languagetool_disabled_rules))
        self.categories_field.setText(", ".join(settings.languagetool_disabled_categories))

    def store(self, settings: Settings) -> None:
        settings.languagetool_mode = self.mode()
        settings.languagetool_url = self.url_field.text().strip()
        settings.languagetool_language = self.language()
        settings.languagetool_picky = self.picky_box.isChecked()
        settings.languagetool_disabled_rules = words_in(self.rules_field.text())
        settings.languagetool_disabled_categories = words_in(self.categories_field.text())

    def show_status(self, line: str) -> None:
        self.status_label.setText(line or self.tr("Grammar check ready."))

    def show_override(self, variable: str, value: str) -> None:
        self.env_note.setText(
            self.tr(
                "{variable}={value} is set on this computer: it decides the mode and the server "
                "address, whatever is chosen here."
            ).format(variable=variable, value=value)
        )
        self.env_note.show()


class EditingPage(QWidget):
    """How often the draft is saved while you work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.autosave_box = QSpinBox(self)
        self.autosave_box.setRange(5, 3600)
        self.autosave_box.setSingleStep(5)
        self.autosave_box.setSuffix(self.tr(" seconds"))
        self.autosave_box.setAccessibleName(self.tr("Autosave interval in seconds"))
        form = _form(self)
        form.addRow(self.tr("&Autosave every:"), self.autosave_box)
        revision = self.tr("Each autosave is a revision in the article's history.")
        form.addRow("", _note(revision, self))

    def load(self, settings: Settings) -> None:
        self.autosave_box.setValue(settings.autosave_seconds)

    def store(self, settings: Settings) -> None:
        settings.autosave_seconds = self.autosave_box.value()


class AppearancePage(QWidget):
    """Light, dark or the system's colours; the size of the draft's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme_box = QComboBox(self)
        self.theme_box.setAccessibleName(self.tr("Colour theme"))
        for theme, label in THEMES:
            self.theme_box.addItem(translate("AppearancePage", label), theme)
        self.font_box = QSpinBox(self)
        self.font_box.setRange(8, 36)
        self.font_box.setSuffix(self.tr(" pt"))
        self.font_box.setAccessibleName(self.tr("Text size of the draft"))
        form = _form(self)
        form.addRow(self.tr("&Theme:"), self.theme_box)
        form.addRow(self.tr("Draft text &size:"), self.font_box)

    def load(self, settings: Settings) -> None:
        self.theme_box.setCurrentIndex(max(self.theme_box.findData(settings.theme), 0))
        self.font_box.setValue(settings.editor_font_size)

    def store(self, settings: Settings) -> None:
        settings.theme = str(self.theme_box.currentData())
        settings.editor_font_size = self.font_box.value()
