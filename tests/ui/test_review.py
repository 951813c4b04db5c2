# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reviewing in the window: underlines in place, the findings panel, fixes, dismissals."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from app.core.decisions import DecisionKind, list_decisions
from app.ui.main_window import MainWindow
from app.ui.review.findings_model import FindingsModel

# Emoji (two UTF-16 units) and curly quotes before the flagged word test the offset mapping.
DRAFT = (
    "Port talks 🚢 resume\n\n"
    "The city hopes to diffuse the row “quickly” 🙂 this week.\n\n"
    "In order to save money, crews were cut. "
    "“We will diffuse nothing,” said Tom Reyes, a union steward.\n\n"
    "Officials tried to diffuse anger again on Friday.\n"
)


def open_and_review(qtbot, window: MainWindow, tmp_path: Path, text: str = DRAFT) -> None:
    path = tmp_path / "port.txt"
    path.write_text(text, encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.review.result is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.findings.model.rowCount() > 0, timeout=10_000)


def underlined(window: MainWindow, line: int) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, length, format) of underlined ranges Qt lays out on one line, in UTF-16 units."""
    block = window.editor.document().findBlockByNumber(line)
    return [
        (r.start, r.length, QTextCharFormat(r.format))
        for r in block.layout().formats()
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def test_underline_sits_on_the_word_after_emoji_and_curly_quotes(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    line = window.editor.document().findBlockByNumber(2).text()
    expected = len(line[: line.index("diffuse")].encode("utf-16-le")) // 2
    ranges = underlined(window, 2)
    assert [(start, length) for start, length, _ in ranges] == [(expected, 7)]
    assert ranges[0][2].underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    # The headline with a ship emoji has no finding and no underline.
    assert underlined(window, 0) == []


def test_quotes_are_marked_and_not_flagged(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    block = window.editor.document().findBlockByNumber(4)
    tinted = [r for r in block.layout().formats() if r.format.background().style() != Qt.NoBrush]
    quote = "We will diffuse nothing,"
    start = block.text().index(quote)
    assert [(r.start, r.length) for r in tinted] == [(start, len(quote))]
    house = [f for f in window.review.result.findings if f.rule.startswith("house.")]
    flagged = [window.review.result.text[f.start : f.end] for f in house]
    assert flagged == ["diffuse", "In order to", "diffuse"]


def test_panel_groups_by_category_with_counts(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    model = window.findings.proxy
    top = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert top == ["Confused words (2)", "Wordiness (1)"]
    assert window.findings.summary.text() == "2 errors, 0 warnings, 1 suggestions"
    assert window.findings_label.text() == "3 findings (2 errors)"


def test_filters_by_severity_category_and_rule(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    panel = window.findings
    panel.severity_box.setCurrentIndex(1)  # errors only
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == [
        "Confused words (2)"
    ]
    panel.severity_box.setCurrentIndex(0)
    panel.category_box.setCurrentIndex(panel.category_box.findData("wordiness"))
    assert panel.proxy.rowCount() == 1
    panel.category_box.setCurrentIndex(0)
    panel.rule_filter.setText("in-order")
    group = panel.proxy.index(0, 0)
    assert panel.proxy.rowCount(group) == 1
    finding = panel.proxy.index(0, 0, group).data(FindingsModel.FINDING_ROLE)
    assert finding.rule == "house.wordiness.in-order-to"


def test_f8_walks_the_findings_and_clicking_jumps(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen = []
    for _ in range(4):
        window.next_action.trigger()
        seen.append(window.editor.textCursor().selectedText())
    assert seen == ["diffuse", "In order to", "diffuse", "diffuse"]
    window.previous_action.trigger()
    assert window.editor.textCursor().selectedText() == "diffuse"
    assert window.editor.textCursor().blockNumber() == 6
    # Selecting a row in the panel (click or keyboard) moves the editor to it.
    panel = window.findings
    group = panel.proxy.index(1, 0)
    panel.tree.setCurrentIndex(panel.proxy.index(0, 0, group))
    assert window.editor.textCursor().selectedText() == "In order to"


def test_apply_a_suggestion_is_one_undoable_edit(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    first = window.review.result.findings[0]
    assert window.review.apply(first, "defuse")
    text = window.editor.toPlainText()
    assert "hopes to defuse the row “quickly” 🙂" in text
    qtbot.waitUntil(lambda: len(window.review.result.findings) == 2, timeout=10_000)
    window.editor.undo()
    assert window.editor.toPlainText() == DRAFT
    qtbot.waitUntil(lambda: len(window.review.result.findings) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: list_decisions(window.context.db, window.article.id) != [])
    (decision,) = list_decisions(window.context.db, window.article.id)
    assert (decision.kind, decision.anchor_text, decision.replacement) == (
        DecisionKind.APPLIED,
        "diffuse",
        "defuse",
    )


def test_dismiss_here_keeps_its_reason_and_survives_an_edit(qtbot, window, dialogs, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    first = window.review.result.findings[0]
    window.review.dismiss(first, DecisionKind.DISMISS_HERE, reason="the mayor's own phrase")
    qtbot.waitUntil(lambda: len(window.review.result.findings) == 2, timeout=10_000)
    assert "diffuse the row" not in [
        window.review.result.text[f.start : f.end + 8] for f in window.review.result.findings
    ]
    assert window.findings.tabs.tabText(1) == "Dismissed (1)"
    assert "the mayor's own phrase" in window.findings.dismissed.item(0).text()
    # An edit elsewhere (a new first paragraph) shifts every offset; the dismissal holds.
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "UPDATE: ")
    qtbot.waitUntil(lambda: window.review.result.text.startswith("UPDATE: "), timeout=10_000)
    texts = [window.review.result.text[f.start : f.end] for f in window.review.result.findings]
    assert texts == ["In order to", "diffuse"]
    # Undo the dismissal from the panel: the finding comes back.
    window.findings.dismissed.setCurrentRow(0)
    window.findings.undo_button.click()
    qtbot.waitUntil(lambda: len(window.review.result.findings) == 3, timeout=10_000)
    assert window.findings.tabs.tabText(1) == "Dismissed (0)"


def test_dismiss_asks_for_an_optional_reason(qtbot, window, dialogs, tmp_path, monkeypatch):
    from app.ui.dialogs import messages

    asked = []
    monkeypatch.setattr(messages, "ask_reason", lambda *args: asked.append(args[1]) or "")
    open_and_review(qtbot, window, tmp_path)
    finding = window.review.result.findings[1]
    window.findings.dismissRequested.emit(finding, DecisionKind.DISMISS_ARTICLE.value)
    qtbot.waitUntil(lambda: len(window.review.result.findings) == 2, timeout=10_000)
    assert asked == ["Ignore in this article"]
    monkeypatch.setattr(messages, "ask_reason", lambda *args: None)  # cancelled
    window.findings.dismissRequested.emit(window.review.result.findings[0], "rule_off")
    qtbot.wait(200)
    assert len(window.review.result.findings) == 2


def test_rule_off_applies_in_other_articles_for_that_person(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    finding = window.review.result.findings[0]
    window.review.dismiss(finding, DecisionKind.RULE_OFF, reason="house style allows it")
    qtbot.waitUntil(lambda: len(window.review.result.findings) == 1, timeout=10_000)
    other = tmp_path / "other.txt"
    other.write_text("Headline\n\nThey want to diffuse it.\n", encoding="utf-8")
    window.open_path(str(other))
    qtbot.waitUntil(
        lambda: (
            window.review.result is not None and window.review.result.text.startswith("Headline")
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: len(window.review.result.dismissed) == 1, timeout=10_000)
    assert window.review.result.findings == ()


def test_tooltip_and_quick_fix_menu_for_the_finding_under_the_cursor(qtbot, window, tmp_path):
    from app.ui.review.appearance import tooltip_html

    open_and_review(qtbot, window, tmp_path)
    window.next_action.trigger()
    cursor = window.editor.textCursor()
    finding = window.review.finding_at(cursor)
    assert finding is not None and finding.rule == "house.confused.diffuse-defuse"
    html = tooltip_html(finding)
    assert "Did you mean" in html and "defuse" in html
    assert window.editor.show_finding_menu()


def test_checks_run_off_the_gui_thread_and_stale_results_are_dropped(
    qtbot, window, checker, tmp_path
):
    threads = []
    original = checker.check

    def slow_check(text, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(0.15)
        return original(text, **kwargs)

    checker.check = slow_check
    open_and_review(qtbot, window, tmp_path)
    assert all(t is not threading.main_thread() for t in threads)
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    started = time.monotonic()
    qtbot.keyClicks(window.editor, "They hope to diffuse it.")
    assert time.monotonic() - started < 1.0  # typing never waited for a check
    qtbot.waitUntil(
        lambda: window.review.result.text == window.editor.toPlainText(), timeout=10_000
    )
    assert len(window.review.result.findings) == 4
    last_line = window.editor.document().blockCount() - 1
    assert len(underlined(window, last_line)) == 1


def test_repainting_underlines_is_not_an_edit(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    edits = []
    window.editor.textEdited.connect(lambda: edits.append(1))
    window.editor.highlighter.repaint_all()
    window.review.next_finding(True)  # repaints the current finding's line
    assert edits == []
    qtbot.keyClicks(window.editor, "x")
    assert edits == [1]


def test_details_and_keyboard_fix_for_the_current_finding(qtbot, window, tmp_path):
    open_and_review(qtbot, window, tmp_path)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.next_action.trigger()
    details = window.findings.details.toPlainText()
    assert "Did you mean" in details and "defuse" in details
    assert window.findings.apply_button.isEnabled()
    window.apply_action.trigger()
    assert "hopes to defuse the row" in window.editor.toPlainText()
    window.editor.undo()
    qtbot.waitUntil(lambda: len(window.review.result.findings) >= 3, timeout=10_000)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.next_action.trigger()
    window.findings.apply_button.click()
    assert "hopes to defuse the row" in window.editor.toPlainText()
