# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Translations: English complete and current, .qm compiled from it, another language loads."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core.paths import resource
from app.ui.i18n import install_translators, translate
from app.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
ENGLISH = resource("translations", "copydesk_en.ts")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", REPO / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], etree._Element]:
    tree = etree.parse(str(path))
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_english_is_complete() -> None:
    messages = _messages(ENGLISH)
    assert len(messages) > 40
    assert ("MainWindow", "&File") in messages
    assert ("MainWindow", "&About Copydesk") in messages
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"{context}: {source!r} is unfinished"
        forms = (
            [form.text for form in translation] if message.get("numerus") else [translation.text]
        )
        assert all(forms), f"{context}: {source!r} has no English text"


def test_english_has_every_string_in_the_code(tmp_path: Path) -> None:
    """Fails when a new tr() string was added without running `make translations`."""
    fresh = tmp_path / "copydesk_en.ts"
    shutil.copy(ENGLISH, fresh)
    _script().extract([fresh])
    assert set(_messages(fresh)) == set(_messages(ENGLISH))


def test_the_compiled_file_matches_the_source(qapp) -> None:
    """Every message of the .ts comes out of the committed .qm (fails when `make
    translations` was not run after editing the .ts)."""
    translator = QTranslator()
    assert translator.load(str(resource("translations", "copydesk_en.qm")))
    for (context, source), message in _messages(ENGLISH).items():
        translation = message.find("translation")
        if message.get("numerus"):
            forms = [form.text for form in translation]
            got = [translator.translate(context, source, None, n) for n in (1, 2)]
            assert got == forms, (context, source)
        else:
            assert translator.translate(context, source) == translation.text, (context, source)


def test_english_plural_forms() -> None:
    script = _script()
    assert script.english_forms("%n rule(s) off") == ["%n rule off", "%n rules off"]
    assert script.english_forms("%n items") == ["%n items", "%n items"]


def test_english_translator_loads(qapp) -> None:
    installed = install_translators(qapp, QLocale("en_GB"))
    try:
        assert "en" in [translator.language() for translator in installed]
        assert translate("MainWindow", "&File") == "&File"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_another_language_translates_the_window(qtbot, qapp, context, tmp_path: Path) -> None:
    """The whole route a translator's work takes: .ts → lrelease → QTranslator → menus."""
    ts = tmp_path / "copydesk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr" sourcelanguage="en">\n'
        "<context><name>MainWindow</name>\n"
        "<message><source>&amp;File</source><translation>&amp;Fichier</translation></message>\n"
        "<message><source>&amp;Help</source><translation>&amp;Aide</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    (qm,) = _script().compile_all([ts], tmp_path)
    qm.rename(tmp_path / "copydesk_fr.qm")
    installed = install_translators(qapp, QLocale("fr_FR"), tmp_path)
    try:
        assert installed, "the French translation did not load"
        window = MainWindow(context)
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == "&Fichier" and titles[-1] == "&Aide"
        assert "&Edit" in titles  # untranslated strings stay English
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_without_our_translation_the_ui_stays_english(qapp, tmp_path: Path) -> None:
    installed = install_translators(qapp, QLocale("de_DE"), tmp_path)  # no copydesk_de.qm
    try:
        assert all(Path(t.filePath()).parent != tmp_path for t in installed)
        assert translate("MainWindow", "&File") == "&File"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
