# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Find and replace, zoom, counts and readability, legend, themes, models, keyboard and names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.core.model import ArticleId, ArticleStatus, ArticleSummary, Finding
from app.ui.models.articles_model import ArticlesModel
from app.ui.review.findings_model import FindingsModel
from app.ui.theme import apply_theme, wants_dark

TEXT = "Rail strike ends\n\nThe strike ended on Monday. The strike had lasted a week.\n"


def open_text(qtbot, window, tmp_path: Path, text: str = TEXT) -> None:
    path = tmp_path / "rail.txt"
    path.write_text(text, encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)


def test_find_and_replace_all_is_one_undo_step(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path)
    dialog = window.find_dialog
    window.find_action.trigger()
    assert dialog.isVisible()
    dialog.find_field.setText("strike")
    assert dialog.find(True)
    assert window.editor.textCursor().selectedText() == "strike"
    dialog.match_case.setChecked(True)
    dialog.replace_field.setText("walkout")
    assert dialog.replace_all() == 3
    assert window.editor.toPlainText().count("walkout") == 3
    assert dialog.status.text() == "Replaced 3 occurrences."
    window.editor.undo()
    assert window.editor.toPlainText() == TEXT
    dialog.find_field.setText("absent words")
    assert not dialog.find(True)
    assert "was not found" in dialog.status.text()


def test_replace_one_then_find_next(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path)
    dialog = window.find_dialog
    dialog.find_field.setText("The strike")
    dialog.replace_field.setText("A stoppage")
    dialog.find(True)
    dialog.replace()
    assert window.editor.toPlainText().count("A stoppage") == 1
    assert window.editor.textCursor().selectedText() == "The strike"


def test_zoom_changes_and_remembers_the_text_size(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path)
    window.zoom(1)
    window.zoom(1)
    assert window.editor.font().pointSize() == 14
    assert window.context.settings.editor_font_size == 14
    window.zoom(0)
    assert window.editor.font().pointSize() == 12


def test_word_count_reading_time_and_readability(qtbot, window, tmp_path):
    open_text(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: window.stats_label.text() != "", timeout=10_000)
    assert window.stats_label.text().startswith("14 words · 1 min read")
    assert "grade" in window.stats_label.text()
    assert "Flesch reading ease" in window.stats_label.toolTip()


def test_legend_shows_each_mark(window):
    text = window.legend.toPlainText()
    for label in ("Error", "Warning", "Suggestion", "Spelling", "Direct quotation"):
        assert label in text


def test_dark_and_light_themes(qapp):
    apply_theme(qapp, "dark")
    assert qapp.palette().window().color().lightness() < 80
    apply_theme(qapp, "light")
    assert qapp.palette().window().color().lightness() > 180
    assert wants_dark("dark") and not wants_dark("light")
    apply_theme(qapp, "system")


def test_models_pass_qt_model_tester(qtmodeltester):
    findings = FindingsModel()
    findings.set_findings(
        [
            Finding(0, 4, "house.a", "spelling", "error", "one"),
            Finding(5, 9, "house.b", "wordiness", "suggestion", "two"),
            Finding(10, 12, "house.c", "spelling", "warning", "three"),
        ],
        "abcd efgh ijkl",
    )
    qtmodeltester.check(findings)
    # Typing moves findings and adds or drops a few: rows change in place, no reset.
    moved = [
        Finding(2, 6, "house.a", "spelling", "error", "one"),
        Finding(7, 9, "house.x", "spelling", "error", "new"),
        Finding(12, 14, "house.c", "spelling", "warning", "three"),
        Finding(7, 11, "house.b", "wordiness", "suggestion", "two"),
    ]
    assert findings.set_findings(moved, "xxabcd efgh ijkl") is False
    (spelling,) = [
        findings.index(row, 0)
        for row in range(findings.rowCount())
        if findings.index(row, 0).data(FindingsModel.CATEGORY_ROLE) == "spelling"
    ]
    assert findings.rowCount(spelling) == 3
    first = findings.finding_at(findings.index(0, 0, spelling))
    assert (first.start, first.end) == (2, 6)
    assert findings.index(1, 1, spelling).data() == "new"
    assert findings.set_findings(moved[:1], "xxabcd") is False  # a category went, in place
    assert findings.rowCount() == 1
    library = ArticlesModel()
    from datetime import UTC, datetime

    library.set_articles(
        [ArticleSummary(ArticleId(1), "T", "t", ArticleStatus.DRAFT, 3, datetime.now(UTC))]
    )
    qtmodeltester.check(library)


def test_every_visible_control_has_an_accessible_name(window):
    window.show()
    controls = ("QLineEdit", "QComboBox", "QTreeView", "QTableView", "QListWidget")
    controls += ("DraftEditor", "LegendView")
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in window.findChildren(QWidget)
        if type(widget).__name__ in controls
        and widget.isVisibleTo(window)
        and not widget.accessibleName()
    ]
    assert unnamed == []


def test_every_menu_action_is_reachable_by_keyboard(window):
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
