# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Translations: English complete and current, .qm compiled from it, another language loads."""

from __future__ import annotations

import ast
import importlib.util
import re
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


# Qt APIs whose string arguments are shown to the user: a literal passed to them must go
# through self.tr() or translate(), or the text can never be translated.
TEXT_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
}
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "addAction",
    "addMenu",
    "addTab",
    "setTabText",
    "addRow",
    "showMessage",
    "setHorizontalHeaderLabels",
    "setTitle",
    "setWhatsThis",
    "setLabelText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setHeaderLabels",
    "addButton",
    "setInformativeText",
    # app.ui.dialogs.messages: the title and text of a message box
    "show_problem",
    "ask_text",
    "ask_reason",
}
# QMessageBox.warning(parent, title, text) and the like.
MESSAGE_BOX_FUNCTIONS = {"information", "warning", "critical", "question", "about"}


# Examples of what to type in a field (rule ids, a server address): the same in every language.
NOT_TRANSLATED = {
    "house.cliche\nhouse.hedge\nlt.EN_QUOTES",
    "http://languagetool.desk.example:8081",
    "EN_QUOTES, WHITESPACE_RULE",
    "TYPOS, STYLE",
}
TAG = re.compile(r"<[^>]*>")


def _has_letters(text: str) -> bool:
    """Words to translate: letters outside HTML tags ("<b></b>" has none)."""
    return text not in NOT_TRANSLATED and any(c.isalpha() for c in TAG.sub("", text))


def _raw_texts(node: ast.expr) -> list[str]:
    """The English literals in ``node`` that reach Qt without tr(): a string constant, an
    f-string, ``"...".format()``, ``+``/``%`` of them, either side of ``a if c else b``,
    and the items of a list or tuple. A call to tr()/translate() (or anything else) is fine."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and _has_letters(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [part.value for part in node.values if isinstance(part, ast.Constant)]
        return ["".join(map(str, parts))] if _has_letters("".join(map(str, parts))) else []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":
            return _raw_texts(node.func.value)
        return []
    if isinstance(node, ast.BinOp):
        return _raw_texts(node.left) + _raw_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _raw_texts(node.body) + _raw_texts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for item in node.elts for text in _raw_texts(item)]
    return []


def _name(function: ast.expr) -> str:
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return ""


def untranslated_literals(source: str, filename: str = "<source>") -> list[str]:
    """``file:line: 'text'`` for each English literal handed straight to a Qt text API."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            # lupdate only extracts a literal context: translate(CONTEXT, "Text") is lost.
            context, text = node.args[:2]
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if literal_text and not isinstance(context, ast.Constant):
                found.append(f"{filename}:{node.lineno}: {text.value!r} (context not a literal)")
            continue
        message_box = (
            name in MESSAGE_BOX_FUNCTIONS
            and isinstance(node.func, ast.Attribute)
            and _name(node.func.value) == "QMessageBox"
        )
        if name not in TEXT_CONSTRUCTORS and name not in TEXT_METHODS and not message_box:
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        found += [
            f"{filename}:{node.lineno}: {text!r}"
            for argument in arguments
            for text in _raw_texts(argument)
        ]
    return found


def test_the_checker_catches_raw_literals() -> None:
    raw = """
QPushButton("Undo dismissal", self)
label.setText(f"{count} findings")
box.setHorizontalHeaderLabels(["Name", self.tr("Role")])
self.statusBar().showMessage("Saved " + name, 2000)
menu.addAction(icon, "Copy" if one else "Copy all")
QMessageBox.warning(self, "Oops", text)
translate(CONTEXT, "Lost to lupdate")
"""
    assert len(untranslated_literals(raw)) == 8
    fine = """
QPushButton(self.tr("Undo dismissal"), self)
label.setText(self.tr("{count} findings").format(count=count))
label.setText("")
label.setText("—")
label.setText(f"<b>{name}</b>")
edit.setPlaceholderText("TYPOS, STYLE")
box.setHorizontalHeaderLabels([self.tr("Name"), translate("Sources", "Role"), "#"])
box.addItem(translate("Sources", label))
self.statusBar().showMessage(message, 2000)
"""
    assert untranslated_literals(fine) == []


def test_every_visible_literal_goes_through_tr() -> None:
    """A string shown by a Qt widget is written ``self.tr("...")`` or ``translate(...)``,
    so lupdate extracts it into the .ts files (docs/translations.md)."""
    found = []
    for path in sorted((REPO / "app" / "ui").rglob("*.py")):
        found += untranslated_literals(
            path.read_text(encoding="utf-8"), str(path.relative_to(REPO))
        )
    assert not found, "not wrapped in tr()/translate():\n" + "\n".join(found)


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
