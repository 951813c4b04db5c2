# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""LanguageTool in the window (issue 7), against the contract-test LanguageTool server.

The server (tests/core/grammar/fake_languagetool.py) speaks LanguageTool's
documented HTTP API to the real language-tool-python client; these tests check
what the copy editor sees: grammar findings beside the house findings, the
status line for each failure, an editor that never waits, a Cancel that works.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor

from app.core.decisions import DecisionKind
from app.ui.main_window import MainWindow
from tests.core.grammar.fake_languagetool import FakeLanguageTool
from tests.ui.grammar_support import (
    close_window,
    grammar_shown,
    grammar_window,
    open_draft,
    serve_languagetool,
    shown,
)

LONG_PARAGRAPH = "Paragraph {n} says teh tide turned early; the crews waited for the lights."


@pytest.fixture
def fake_lt() -> Iterator[FakeLanguageTool]:
    yield from serve_languagetool()


@pytest.fixture
def gwindow(qtbot, context, dialogs, fake_lt) -> Iterator[MainWindow]:
    window = grammar_window(qtbot, context, fake_lt.url)
    yield window
    close_window(qtbot, window)


def wait_for_grammar(qtbot, window: MainWindow, count: int = 1) -> None:
    qtbot.waitUntil(lambda: len(grammar_shown(window)) >= count, timeout=10_000)


def underlines(window: MainWindow, line: int) -> list[tuple[int, int, QTextCharFormat]]:
    block = window.editor.document().findBlockByNumber(line)
    return [
        (r.start, r.length, QTextCharFormat(r.format))
        for r in block.layout().formats()
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def move_to(window: MainWindow, words: str) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index(words))
    window.editor.setTextCursor(cursor)


def test_grammar_findings_appear_beside_house_findings(qtbot, gwindow, tmp_path):
    open_draft(qtbot, gwindow, tmp_path)
    wait_for_grammar(qtbot, gwindow, 2)
    # "diffuse" is flagged by both: one finding, the house rule's.
    assert shown(gwindow) == [
        ("house.confused.diffuse-defuse", "diffuse"),
        ("lt.MORFOLOGIK_RULE_EN_US", "teh"),
        ("lt.MORFOLOGIK_RULE_EN_US", "officals"),
    ]
    qtbot.waitUntil(lambda: gwindow.findings.model.rowCount() == 2)
    model = gwindow.findings.proxy
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups == ["Confused words (1)", "Spelling (2)"]
    line = gwindow.editor.document().findBlockByNumber(2).text()
    spans = [(start, length) for start, length, _ in underlines(gwindow, 2)]
    assert spans == [(line.index("diffuse"), 7), (line.index("teh"), 3)]
    spelling = underlines(gwindow, 2)[1][2]
    assert spelling.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    # All is well: nothing intrusive in the status bar.
    assert gwindow.grammar_status.message == ""
    assert gwindow.grammar_status.isHidden()


def test_a_grammar_fix_rechecks_only_that_paragraph(qtbot, gwindow, fake_lt, tmp_path):
    open_draft(qtbot, gwindow, tmp_path)
    wait_for_grammar(qtbot, gwindow, 2)
    assert len(fake_lt.checks()) == 1  # the whole draft went in one request
    typo = next(f for f in gwindow.review.result.findings if f.rule.startswith("lt."))
    assert gwindow.review.apply(typo, "the")
    qtbot.waitUntil(lambda: len(fake_lt.checks()) == 2, timeout=10_000)
    fixed = "The council hopes to diffuse the row over the harbour fees."
    assert fake_lt.checks()[1]["text"] == fixed
    qtbot.waitUntil(lambda: grammar_shown(gwindow) == [("lt.MORFOLOGIK_RULE_EN_US", "officals")])


def test_findings_follow_their_words_when_an_earlier_paragraph_changes(
    qtbot, gwindow, fake_lt, tmp_path
):
    open_draft(qtbot, gwindow, tmp_path)
    wait_for_grammar(qtbot, gwindow, 2)
    gwindow.editor.setFocus()
    move_to(gwindow, "Harbour")
    qtbot.keyClicks(gwindow.editor, "UPDATE: ")
    qtbot.waitUntil(lambda: gwindow.review.result.text.startswith("UPDATE: "), timeout=10_000)
    assert grammar_shown(gwindow) == [
        ("lt.MORFOLOGIK_RULE_EN_US", "teh"),
        ("lt.MORFOLOGIK_RULE_EN_US", "officals"),
    ]
    qtbot.waitUntil(lambda: not gwindow.grammar.busy and len(fake_lt.checks()) >= 2)
    qtbot.wait(600)  # longer than the grammar check's settle time
    later = [check["text"] for check in fake_lt.checks()[1:]]
    assert later and all(text.startswith("UPDATE: ") for text in later)


def test_answers_for_text_that_has_changed_are_dropped(qtbot, gwindow, fake_lt, tmp_path):
    fake_lt.delay = 1.0
    fake_lt.behaviours = ["slow"]
    open_draft(qtbot, gwindow, tmp_path)
    qtbot.waitUntil(lambda: len(fake_lt.checks()) == 1, timeout=10_000)
    # While LanguageTool reads the old text, the typo is corrected.
    cursor = gwindow.editor.textCursor()
    start = gwindow.editor.toPlainText().index("teh")
    cursor.setPosition(start)
    cursor.setPosition(start + 3, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("the")
    qtbot.waitUntil(lambda: len(fake_lt.checks()) == 2, timeout=10_000)
    assert "over the harbour" in fake_lt.checks()[1]["text"]
    qtbot.waitUntil(lambda: not gwindow.grammar.busy, timeout=10_000)
    qtbot.waitUntil(lambda: gwindow.review.result.text == gwindow.editor.toPlainText())
    assert grammar_shown(gwindow) == [("lt.MORFOLOGIK_RULE_EN_US", "officals")]


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        ("down", "the LanguageTool server at http://127.0.0.1:{port} did not answer"),
        ("error500", "the LanguageTool server at http://127.0.0.1:{port} had an internal error"),
        ("garbage", "sent an answer that is not LanguageTool's (is the address right?)"),
        ("slow", "took longer than 1 second to answer"),
    ],
)
def test_each_failure_is_shown_and_house_findings_stay(
    qtbot, context, dialogs, fake_lt, tmp_path, behaviour, reason
):
    port = fake_lt.url.rsplit(":", 1)[1]
    fake_lt.delay = 3.0
    fake_lt.behaviours = [behaviour] * 4
    if behaviour == "down":
        fake_lt.stop()
    window = grammar_window(qtbot, context, fake_lt.url, timeout_seconds=1.0)
    try:
        open_draft(qtbot, window, tmp_path)
        status = window.grammar_status
        unavailable = "Grammar check unavailable:"
        qtbot.waitUntil(lambda: status.message.startswith(unavailable), timeout=15_000)
        assert reason.format(port=port) in status.message
        qtbot.waitUntil(lambda: status.action_button.text() == "Retry")
        assert status.isVisible() and status.action_button.isVisible()
        assert "house-style findings are unaffected" in status.label.toolTip()
        assert shown(window) == [("house.confused.diffuse-defuse", "diffuse")]
        assert dialogs.problems == []  # a status line, never a dialog or a traceback
    finally:
        close_window(qtbot, window)


def test_retry_after_the_server_comes_back(qtbot, gwindow, fake_lt, tmp_path):
    fake_lt.behaviours = ["error500"]
    open_draft(qtbot, gwindow, tmp_path)
    status = gwindow.grammar_status
    qtbot.waitUntil(lambda: "internal error" in status.message, timeout=10_000)
    assert "tries again in" in status.label.toolTip()  # the service's back-off
    status.action_button.click()
    wait_for_grammar(qtbot, gwindow, 2)
    qtbot.waitUntil(lambda: status.message == "")


def test_the_editor_stays_responsive_while_a_slow_server_answers(qtbot, gwindow, fake_lt, tmp_path):
    fake_lt.delay = 3.0
    fake_lt.behaviours = ["slow"]
    open_draft(qtbot, gwindow, tmp_path)
    qtbot.waitUntil(lambda: len(fake_lt.checks()) == 1 and gwindow.grammar.busy)
    ticks = []
    heartbeat = QTimer(interval=50)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start()
    gwindow.editor.setFocus()
    gwindow.editor.moveCursor(QTextCursor.MoveOperation.End)
    started = time.monotonic()
    qtbot.keyClicks(gwindow.editor, "They hope to diffuse it.")
    typing = time.monotonic() - started
    qtbot.waitUntil(lambda: gwindow.review.result.text.endswith("diffuse it."), timeout=5_000)
    qtbot.wait(500)
    heartbeat.stop()
    assert gwindow.grammar.busy  # all of this happened while LanguageTool was still answering
    assert typing < 1.0
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 8 and max(gaps) < 0.5
    assert ("house.confused.diffuse-defuse", "diffuse") in shown(gwindow)[-1:]
    wait_for_grammar(qtbot, gwindow, 2)


def test_closing_the_window_does_not_wait_for_a_slow_server(qtbot, gwindow, fake_lt, tmp_path):
    fake_lt.delay = 3.0
    fake_lt.behaviours = ["slow"]
    open_draft(qtbot, gwindow, tmp_path)
    qtbot.waitUntil(lambda: len(fake_lt.checks()) == 1 and gwindow.grammar.busy)
    started = time.monotonic()
    gwindow.close()  # saves on the GUI thread after the style checks and database work
    assert time.monotonic() - started < 1.0
    assert gwindow.grammar.busy


def test_cancel_stops_a_long_check(qtbot, gwindow, fake_lt, tmp_path):
    gwindow.grammar.configure(max_chunk_units=200, timeout_seconds=5.0)
    fake_lt.delay = 0.3
    fake_lt.behaviours = ["slow"] * 100
    text = "Tide report\n\n" + "\n\n".join(LONG_PARAGRAPH.format(n=n) for n in range(30)) + "\n"
    open_draft(qtbot, gwindow, tmp_path, text)
    status = gwindow.grammar_status
    qtbot.waitUntil(lambda: status.progress.isVisible() and status.progress.value() >= 2)
    assert status.cancel_button.isVisible()
    requests = status.progress.maximum()  # 200 units: the headline and 30 paragraphs in 15
    assert requests == 15
    wait_for_grammar(qtbot, gwindow, 1)  # answered pieces show at once
    status.cancel_button.click()
    assert status.progress.isHidden() and status.message == "Grammar check cancelled"
    qtbot.waitUntil(lambda: not gwindow.grammar.busy, timeout=5_000)
    sent = len(fake_lt.checks())
    qtbot.wait(800)
    assert len(fake_lt.checks()) == sent < requests / 2
    assert 1 <= len(grammar_shown(gwindow)) < 30
    assert status.action_button.text() == "Check again"
    fake_lt.behaviours = []
    status.action_button.click()
    wait_for_grammar(qtbot, gwindow, 30)
    assert status.message == ""


def test_a_grammar_finding_is_dismissed_like_a_house_finding(
    qtbot, gwindow, dialogs, tmp_path, monkeypatch
):
    from app.ui.dialogs import messages

    open_draft(qtbot, gwindow, tmp_path)
    wait_for_grammar(qtbot, gwindow, 2)
    typo = next(f for f in gwindow.review.result.findings if f.rule.startswith("lt."))
    gwindow.review.dismiss(typo, DecisionKind.DISMISS_HERE, reason="the harbour's own spelling")
    qtbot.waitUntil(lambda: len(grammar_shown(gwindow)) == 1, timeout=10_000)
    assert grammar_shown(gwindow) == [("lt.MORFOLOGIK_RULE_EN_US", "officals")]
    item = gwindow.findings.dismissed.item(0).text()
    assert "teh (lt.MORFOLOGIK_RULE_EN_US)" in item and "the harbour's own spelling" in item
    # From the panel, as a copy editor would: this LanguageTool rule off altogether.
    monkeypatch.setattr(messages, "ask_reason", lambda *args: "")
    other = next(f for f in gwindow.review.result.findings if f.rule.startswith("lt."))
    gwindow.findings.dismissRequested.emit(other, DecisionKind.RULE_OFF.value)
    qtbot.waitUntil(lambda: grammar_shown(gwindow) == [], timeout=10_000)
    assert shown(gwindow) == [("house.confused.diffuse-defuse", "diffuse")]
    # Undo brings it back, without asking LanguageTool again.
    gwindow.findings.dismissed.setCurrentRow(1)
    gwindow.findings.undo_button.click()
    qtbot.waitUntil(lambda: len(grammar_shown(gwindow)) == 1, timeout=10_000)


def test_house_packs_switch_languagetool_rules_off(qtbot, context, dialogs, fake_lt, tmp_path):
    context.settings.disabled_rules = ["lt.MORFOLOGIK_RULE_EN_US"]
    window = grammar_window(qtbot, context, fake_lt.url)
    try:
        open_draft(qtbot, window, tmp_path)
        qtbot.waitUntil(lambda: len(fake_lt.checks()) == 1 and not window.grammar.busy)
        from app.core.style import load_ruleset

        sent = set(fake_lt.checks()[0]["disabledRules"].split(","))
        # The user's switch and the ones the house packs make ([languagetool] disable).
        assert sent == {"MORFOLOGIK_RULE_EN_US", *load_ruleset().languagetool_off}
        assert grammar_shown(window) == []
    finally:
        close_window(qtbot, window)


def test_grammar_off_says_so_quietly(window):
    assert window.grammar_status.message == "Grammar: off"
    assert window.grammar.service is None
