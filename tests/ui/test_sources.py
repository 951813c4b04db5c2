# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The Sources panel: speakers and their quotes, verification, the directory, notes checks."""

from __future__ import annotations

from pathlib import Path

from app.core.sourcing import (
    VerificationStatus,
    current_verifications,
    directory,
    notes_documents,
)
from tests.conftest import shared_file

DRAFT = (
    "Ferry deal reached\n\n"
    "“We have a deal that keeps every crew member,” said Rosa Delgado, the union president.\n\n"
    "Deputy Mayor Alan Whitcombe said the city would publish the terms on Friday.\n\n"
    "“The [city] gave ground on safety … and we took it,” Delgado added.\n\n"
    "“Nobody expected this,” a senior official said.\n"
)
NOTES = (
    "Delgado: well we have a deal that keeps every crew member, that was the point. "
    "Later: They gave ground on safety in the end, after a long night, and we took it."
)


def open_sources(qtbot, window, tmp_path: Path, text: str = DRAFT) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(text, encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.sources.analysis is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.sources_panel.model.rowCount() > 0, timeout=15_000)


def findings(window) -> tuple:
    result = window.review.result
    return result.findings if result is not None else ()


def rows(window) -> list[str]:
    model = window.sources_panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select_quote(window, speaker_row: int, quote_row: int):
    panel = window.sources_panel
    index = panel.model.index(quote_row, 0, panel.model.index(speaker_row, 0))
    panel.tree.setCurrentIndex(index)
    return panel.model.quote_at(index)


def test_speakers_with_their_quotes_and_a_summary(qtbot, window, tmp_path):
    open_sources(qtbot, window, tmp_path)
    speakers = rows(window)
    assert speakers[0].startswith("Rosa Delgado — union president (2)")
    assert any(s.startswith("Alan Whitcombe") for s in speakers)
    assert any("senior official" in s for s in speakers)
    summary = window.sources_panel.summary.text()
    assert "anonymous" in summary and "0 of 3 direct quotes verified" in summary


def test_selecting_a_quote_jumps_to_it(qtbot, window, tmp_path):
    open_sources(qtbot, window, tmp_path)
    qtbot.waitUntil(
        lambda: (
            window.review.result is not None
            and window.review.result.text == window.sources.analysed_text
        )
    )
    row = select_quote(window, 0, 0)
    assert window.editor.textCursor().selectedText() == row.quote.text
    assert window.sources_panel.details.currentIndex() == 1


def test_recording_a_verification(qtbot, window, tmp_path):
    open_sources(qtbot, window, tmp_path)
    row = select_quote(window, 0, 1)  # the altered quote, with brackets and an ellipsis
    assert row.quote.altered
    flags = lambda: [f.rule for f in findings(window) if f.rule.startswith("quotes.")]  # noqa: E731
    qtbot.waitUntil(lambda: "quotes.altered-unverified" in flags(), timeout=10_000)
    panel = window.sources_panel
    panel.status_box.setCurrentIndex(panel.status_box.findData("verified"))
    panel.method_box.setCurrentIndex(panel.method_box.findData("recording"))
    panel.evidence_url.setText("https://example.org/recordings/ferry-17")
    panel.verify_note.setText("Checked against the call recording")
    panel.record_button.click()
    qtbot.waitUntil(lambda: window.sources.verifications != {}, timeout=10_000)
    (record,) = current_verifications(window.context.db, window.article.id).values()
    assert record.status is VerificationStatus.VERIFIED and record.method == "recording"
    assert record.made_by == window.context.author
    qtbot.waitUntil(lambda: "quotes.altered-unverified" not in flags(), timeout=10_000)
    assert "1 of 3 direct quotes verified" in panel.summary.text()


def test_notes_show_where_the_quote_differs(qtbot, window, tmp_path, monkeypatch):
    from app.ui.dialogs import messages

    monkeypatch.setattr(messages, "ask_notes", lambda parent: ("call notes", NOTES))
    open_sources(qtbot, window, tmp_path)
    window.sources_panel.notes_button.click()
    qtbot.waitUntil(lambda: len(window.sources.notes) == 1, timeout=10_000)
    assert [n.name for n in notes_documents(window.context.db, window.article.id)] == ["call notes"]
    select_quote(window, 0, 0)
    comparison = window.sources_panel.comparison.toPlainText()
    assert "Word for word" in comparison and "call notes" in comparison
    select_quote(window, 0, 1)
    comparison = window.sources_panel.comparison.toPlainText()
    assert "editor's insertion" in comparison
    assert "stands for words left out" in comparison


def test_saving_a_source_to_the_directory(qtbot, window, tmp_path):
    open_sources(qtbot, window, tmp_path)
    panel = window.sources_panel
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    assert panel.details.currentIndex() == 2
    assert panel.source_role.text() == "union president"
    panel.source_contact.setText("+1 555 0100")
    save = [b for b in panel.findChildren(type(panel.record_button)) if "directory" in b.text()]
    save[0].click()
    qtbot.waitUntil(lambda: directory(window.context.db) != [], timeout=10_000)
    (entry,) = directory(window.context.db)
    assert (entry.name, entry.role, entry.contact) == (
        "Rosa Delgado",
        "union president",
        "+1 555 0100",
    )


def test_quote_flags_join_the_findings(qtbot, window, tmp_path):
    text = (
        "Park sale collapses\n\nThe council met on Monday.\n\n"
        "“This sentence is quoted but nobody is named.”\n\n"
        "“Nobody expected this,” a senior official said.\n"
    )
    open_sources(qtbot, window, tmp_path, text)
    qtbot.waitUntil(
        lambda: any(f.rule == "quotes.anonymous" for f in findings(window)),
        timeout=10_000,
    )
    rules = {f.rule for f in findings(window)}
    assert "quotes.unattributed" in rules


def test_seed_article_sources(qtbot, window):
    seed = shared_file("seeds", "russia-diplomacy-article.txt")
    window.open_path(str(seed))
    qtbot.waitUntil(lambda: window.sources.analysis is not None, timeout=15_000)
    direct = [q for q in window.sources.analysis.quotes if q.direct]
    assert [q.speaker for q in direct] == [
        "Stephen Nix",
        "Boris Johnson",
        "UN spokesman",
        "Joe Biden",
    ]
    names = " ".join(rows(window))
    for speaker in ("Stephen Nix", "Boris Johnson", "UN spokesman", "Joe Biden"):
        assert speaker in names


def test_house_policy_decides_how_anonymous_sources_are_flagged(qtbot, window, tmp_path):
    text = "Park sale collapses\n\n“Nobody expected this,” a senior official said.\n"
    window.context.settings.anonymous_sources = "error"
    window._on_settings_changed(frozenset({"anonymous_sources"}))
    open_sources(qtbot, window, tmp_path, text)

    def anonymous() -> list:
        return [f for f in findings(window) if f.rule == "quotes.anonymous"]

    qtbot.waitUntil(lambda: [f.severity for f in anonymous()] == ["error"], timeout=10_000)
    assert any(
        "senior official" in item for item in window.workflow.current_checklist().open_errors
    )
    window.context.settings.anonymous_sources = "off"
    window._on_settings_changed(frozenset({"anonymous_sources"}))
    qtbot.waitUntil(lambda: anonymous() == [], timeout=10_000)
