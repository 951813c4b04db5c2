# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Edit > Preferences: each section is saved to settings.toml and takes effect at once."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pytest
import shiboken6
from PySide6.QtWidgets import QDialogButtonBox

from app.core.settings import load_settings
from app.core.workflow import Role, find_profile
from app.ui.dialogs import preferences
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from app.ui.theme import apply_theme
from tests.core.grammar.fake_languagetool import FakeLanguageTool
from tests.fakes import PatternChecker
from tests.ui.grammar_support import grammar_shown, open_draft, serve_languagetool, shown

TEXT = "Budget vote\n\nIn order to save money, they hope to diffuse the row over teh fees.\n"
OK = QDialogButtonBox.StandardButton.Ok


class SwitchableChecker(PatternChecker):
    """The pattern checker, honouring switched-off rule prefixes as the real one does."""

    def __init__(self, disabled: Sequence[str]) -> None:
        super().__init__()
        self.disabled = tuple(disabled)

    def check(self, text, **kwargs):
        found = super().check(text, **kwargs)
        return [f for f in found if not any(f.rule.startswith(p) for p in self.disabled)]


@pytest.fixture
def fake_lt() -> Iterator[FakeLanguageTool]:
    yield from serve_languagetool()


def open_preferences(qtbot, window: MainWindow) -> PreferencesDialog:
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_edit_preferences_is_ctrl_comma(window):
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    assert window.preferences_action in window.menuBar().actions()[1].menu().actions()


def test_every_section_round_trips_and_applies_live(
    qtbot, qapp, window, context, fake_lt, tmp_path
):
    builds = []

    def make_checker(ctx):
        builds.append(tuple(ctx.settings.disabled_rules))
        return SwitchableChecker(ctx.settings.disabled_rules)

    context.checker_factory = make_checker
    open_draft(qtbot, window, tmp_path, TEXT)
    assert [rule for rule, _ in shown(window)] == [
        "house.wordiness.in-order-to",
        "house.confused.diffuse-defuse",
    ]
    dialog = open_preferences(qtbot, window)
    dialog.profile.name_field.setText("  Ada   Byline ")
    dialog.profile.role_box.setCurrentIndex(dialog.profile.role_box.findData("copy_editor"))
    dialog.show_section("Rule packs")
    dialog.rules.disabled_field.setPlainText("house.wordiness\n\nhouse.wordiness\n")
    grammar = dialog.grammar_page
    grammar.mode_buttons["server"].setChecked(True)
    grammar.url_field.setText(fake_lt.url)
    grammar.language_box.setCurrentIndex(grammar.language_box.findData("en-GB"))
    grammar.picky_box.setChecked(True)
    grammar.rules_field.setText("EN_QUOTES, WHITESPACE_RULE")
    dialog.editing.autosave_box.setValue(45)
    dialog.appearance.theme_box.setCurrentIndex(dialog.appearance.theme_box.findData("dark"))
    dialog.appearance.font_box.setValue(15)
    try:
        dialog.buttons.button(OK).click()
        saved = load_settings(context.paths.settings_file)
        assert saved.disabled_rules == ["house.wordiness"]
        assert (saved.languagetool_mode, saved.languagetool_url) == ("server", fake_lt.url)
        assert (saved.languagetool_language, saved.languagetool_picky) == ("en-GB", True)
        assert saved.languagetool_disabled_rules == ["EN_QUOTES", "WHITESPACE_RULE"]
        assert (saved.autosave_seconds, saved.theme, saved.editor_font_size) == (45, "dark", 15)
        # Live: autosave timer, theme, text size, house checker, grammar, the role.
        assert window.articles.autosave_timer.interval() == 45_000
        assert qapp.palette().window().color().lightness() < 80
        assert window.editor.font().pointSize() == 15
        qtbot.waitUntil(lambda: builds[-1:] == [("house.wordiness",)], timeout=10_000)
        qtbot.waitUntil(lambda: len(grammar_shown(window)) == 1, timeout=10_000)
        # The grammar result and the re-check with the rebuilt house checker arrive in
        # either order; wait for both rather than assert after the first.
        qtbot.waitUntil(
            lambda: (
                [rule for rule, _ in shown(window)]
                == ["house.confused.diffuse-defuse", "lt.MORFOLOGIK_RULE_EN_US"]
            ),
            timeout=10_000,
        )
        request = fake_lt.checks()[0]
        assert (request["language"], request["level"]) == ("en-GB", "picky")
        from app.core.style import load_ruleset

        assert set(request["disabledRules"].split(",")) == {
            "EN_QUOTES",
            "WHITESPACE_RULE",
            *load_ruleset().languagetool_off,
        }
        # Who is working: a profile in the library, worked under from now on.
        qtbot.waitUntil(lambda: context.author == "Ada Byline")
        assert find_profile(context.db, "ada byline").role is Role.COPY_EDITOR
        assert context.profile.role is Role.COPY_EDITOR
        assert load_settings(context.paths.settings_file).user_name == "Ada Byline"
    finally:
        apply_theme(qapp, "system")


def test_the_dialog_shows_what_is_stored(qtbot, window, context):
    context.settings.autosave_seconds = 90
    context.settings.languagetool_mode = "server"
    context.settings.languagetool_url = "http://lt.desk.example:8081"
    context.settings.languagetool_language = "de-AT"
    context.settings.disabled_rules = ["house.cliche", "lt.EN_QUOTES"]
    dialog = open_preferences(qtbot, window)
    assert dialog.editing.autosave_box.value() == 90
    assert dialog.grammar_page.mode() == "server" and dialog.grammar_page.url_field.isEnabled()
    assert dialog.grammar_page.language() == "de-AT"
    assert dialog.rules.disabled_field.toPlainText() == "house.cliche\nlt.EN_QUOTES"
    assert dialog.profile.choice() == ("Eddie Editor", Role.EDITOR)  # the profile in use
    dialog.grammar_page.mode_buttons["off"].setChecked(True)
    assert not dialog.grammar_page.url_field.isEnabled()


def test_cancel_changes_nothing(qtbot, window, context):
    dialog = open_preferences(qtbot, window)
    dialog.editing.autosave_box.setValue(300)
    dialog.grammar_page.mode_buttons["local"].setChecked(True)
    saved = context.paths.settings_file.read_text(encoding="utf-8")
    dialog.reject()
    assert context.settings.autosave_seconds == 30
    assert context.settings.languagetool_mode == "off"
    assert context.paths.settings_file.read_text(encoding="utf-8") == saved
    assert window.articles.autosave_timer.interval() == 30_000
    # Opening Preferences again starts afresh; the old dialog goes, with its connections.
    again = open_preferences(qtbot, window)
    assert again.editing.autosave_box.value() == 30
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    window.grammar.statusChanged.emit("Grammar: off")


def test_apply_with_nothing_changed_announces_nothing(qtbot, window, context):
    before = context.paths.settings_file.stat().st_mtime_ns
    dialog = open_preferences(qtbot, window)
    with qtbot.assertNotEmitted(dialog.settingsChanged, wait=200):
        assert dialog.apply() == frozenset()
    assert context.paths.settings_file.stat().st_mtime_ns == before


def test_grammar_status_and_test_connection(qtbot, window, fake_lt):
    dialog = open_preferences(qtbot, window)
    page = dialog.grammar_page
    assert page.status_label.text() == "Grammar: off"
    page.mode_buttons["server"].setChecked(True)
    page.url_field.setText(fake_lt.url)
    page.test_button.click()
    assert not page.test_button.isEnabled()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    assert re.fullmatch(r"LanguageTool answered in \d+\.\d seconds\.", page.test_result.text())
    fake_lt.behaviours = ["garbage"]
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    assert page.test_result.text().startswith("Grammar check unavailable: the LanguageTool server")
    assert "is not LanguageTool's" in page.test_result.text()
    assert window.context.settings.languagetool_mode == "off"  # a test is not a change
    page.url_field.setText("http://exa mple")
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    assert "is not a LanguageTool server address" in page.test_result.text()


def test_the_status_line_follows_the_grammar_check(qtbot, window, context, fake_lt, tmp_path):
    fake_lt.behaviours = ["error500"] * 3
    dialog = open_preferences(qtbot, window)
    page = dialog.grammar_page
    page.mode_buttons["server"].setChecked(True)
    page.url_field.setText(fake_lt.url)
    dialog.apply()
    assert window.grammar.config.server_url == fake_lt.url + "/v2/"
    open_draft(qtbot, window, tmp_path, TEXT)
    expected = f"Grammar check unavailable: the LanguageTool server at {fake_lt.url} had an"
    qtbot.waitUntil(lambda: page.status_label.text().startswith(expected), timeout=10_000)
    assert window.grammar_status.message == page.status_label.text()
    page.mode_buttons["off"].setChecked(True)
    dialog.apply()
    assert page.status_label.text() == "Grammar: off" == window.grammar_status.message
    assert window.grammar.service is None


def test_the_environment_overrides_the_mode_and_says_so(qtbot, window, monkeypatch):
    monkeypatch.setenv("COPYDESK_LANGUAGETOOL", "off")
    dialog = open_preferences(qtbot, window)
    note = dialog.grammar_page.env_note
    assert not note.isHidden() and "COPYDESK_LANGUAGETOOL=off is set" in note.text()


def test_rule_packs_are_listed_and_the_folder_opens(qtbot, window, context, monkeypatch):
    rules = context.paths.rules
    rules.mkdir(parents=True)
    (rules / "desk.toml").write_text(
        '[[rule]]\nid = "desk.one"\n\n[[rule]]\nid = "desk.two"\n', encoding="utf-8"
    )
    (rules / "broken.toml").write_text("[[rule]\n", encoding="utf-8")
    opened = []
    monkeypatch.setattr(preferences, "open_folder", lambda path: opened.append(path) or True)
    dialog = open_preferences(qtbot, window)
    dialog.show_section("Rule packs")
    tree = dialog.rules.packs
    qtbot.waitUntil(lambda: tree.topLevelItemCount() >= 2, timeout=5_000)
    rows = {
        tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    }
    assert rows["desk.toml"] == ("2", "yours")
    assert rows["broken.toml"] == ("cannot be read (TOMLDecodeError)", "yours")
    dialog.rules.open_button.click()
    assert opened == [rules]
