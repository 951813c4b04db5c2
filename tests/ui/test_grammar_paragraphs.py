# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The paragraph cache behind the grammar check: split, batch, re-base, re-anchor, forget."""

from __future__ import annotations

from app.core.model import Finding
from app.ui.grammar import paragraphs as para
from app.ui.grammar.paragraphs import GrammarFindings, ParagraphCache

TEXT = "Headline 🚢\n\nFirst line\nwraps here.\n  \nSecond “quoted wrod” one.\n\n\nThird.\n"


def finding(start: int, end: int, rule: str = "lt.TYPO", category: str = "grammar") -> Finding:
    return Finding(start, end, rule, category, "warning", "A problem.")


def test_paragraphs_are_runs_of_non_blank_lines() -> None:
    found = para.paragraphs(TEXT)
    assert [text for _, text in found] == [
        "Headline 🚢",
        "First line\nwraps here.",
        "Second “quoted wrod” one.",
        "Third.",
    ]
    assert all(TEXT[start : start + len(text)] == text for start, text in found)


def test_batches_fit_the_limit_in_utf16_units() -> None:
    texts = ["a" * 90, "🚢" * 45, "b" * 20, "c" * 300, "d"]
    groups = para.batches(texts, 200)  # 90 + 2 + 90 units; 20 more would be 204
    assert groups == [("a" * 90, "🚢" * 45), ("b" * 20,), ("c" * 300,), ("d",)]
    assert para.batches([], 200) == []


def test_findings_go_back_to_their_paragraph_relative_to_it() -> None:
    group = ("One wrod.", "Two 🚢 wrod.")
    text, starts = para.joined(group)
    assert text == "One wrod.\n\nTwo 🚢 wrod."
    second = text.rindex("wrod")
    found = para.by_paragraph(
        [finding(4, 8), finding(second, second + 4), finding(9, 11)], group, starts
    )
    assert found == {"One wrod.": (finding(4, 8),), "Two 🚢 wrod.": (finding(6, 10),)}


def test_snapshot_reanchors_applies_quotes_and_leaves_out_disabled_rules() -> None:
    second = "Second “quoted wrod” one."
    cache = ParagraphCache()
    inside = second.index("wrod")
    cache.store(
        {
            second: (
                finding(inside, inside + 4, category="spelling"),
                finding(0, 6),
                finding(inside - 7, inside - 1, rule="lt.STYLE"),
            ),
            "Third.": (finding(0, 5, rule="lt.OFF"),),
        }
    )
    moved = "New first paragraph.\n\n" + TEXT
    quotes = [(moved.index("quoted"), moved.index("” one"))]
    found = cache.snapshot(["lt.OFF"]).for_text(moved, quotes)
    assert [(moved[f.start : f.end], f.inside_quote) for f in found] == [
        ("wrod", True),  # spelling stays inside a quotation, marked
        ("Second", False),
    ]
    assert GrammarFindings().for_text(moved, quotes) == []


def test_missing_paragraphs_and_forgetting_old_ones(monkeypatch) -> None:
    cache = ParagraphCache()
    cache.store({"Third.": ()})
    assert cache.missing(TEXT + "\nThird.\n", skip={"Headline 🚢"}) == [
        "First line\nwraps here.",
        "Second “quoted wrod” one.",
    ]
    monkeypatch.setattr(para, "KEEP_OTHERS", 2)
    cache.store({f"old {n}": () for n in range(5)})
    cache.keep(TEXT)
    assert "Third." in cache and "old 4" in cache and "old 3" in cache
    assert len(cache) == 3  # the current text's one paragraph and the two newest others
