# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""LanguageTool matches as findings: offsets, categories, severities, replacements."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st
from language_tool_python.match import Match

from app.core.grammar.mapping import (
    Utf16Index,
    finding_from_match,
    lt_category,
    lt_severity,
    utf16_length,
)

# Letters, curly quotes, accents, CJK (one UTF-16 unit) and emoji (two).
TEXT = st.text(alphabet=st.sampled_from("ab “”’é漢\n🎉🚀𝔸"), max_size=40)


@given(TEXT)
def test_utf16_offsets_agree_with_python_s_own_encoder(text: str) -> None:
    index = Utf16Index(text)
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        units = len(text[:i].encode("utf-16-le")) // 2
        assert index.to_units(i) == units
        assert index.to_index(units) == i


def test_the_middle_of_a_surrogate_pair_rounds_up() -> None:
    assert Utf16Index("a🎉b").to_index(2) == 2


@given(TEXT, st.data())
def test_any_span_survives_the_wrapper_and_the_mapping(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    raw = {
        "message": "Check this.",
        "replacements": [{"value": "x"}],
        "offset": len(text[:start].encode("utf-16-le")) // 2,
        "length": len(text[start:end].encode("utf-16-le")) // 2,
        "context": {"text": text, "offset": 0, "length": 0},
        "rule": {"id": "R", "issueType": "grammar", "category": {"id": "GRAMMAR"}},
    }
    match = Match(copy.deepcopy(raw), text)
    finding = finding_from_match(match, Utf16Index(text), base=100)
    assert finding is not None
    assert (finding.start, finding.end) == (start + 100, end + 100)


def test_a_match_outside_the_text_is_dropped() -> None:
    raw = {
        "message": "m",
        "replacements": [],
        "offset": 50,
        "length": 2,
        "context": {"text": "", "offset": 0, "length": 0},
        "rule": {"id": "R", "issueType": "grammar", "category": {"id": "GRAMMAR"}},
    }
    assert finding_from_match(Match(raw, "short"), Utf16Index("short")) is None


@pytest.mark.parametrize(
    ("category", "issue", "house"),
    [
        ("TYPOS", "misspelling", "spelling"),
        ("MISC", "misspelling", "spelling"),
        ("GRAMMAR", "grammar", "grammar"),
        ("CONFUSED_WORDS", "grammar", "confusable"),
        ("PUNCTUATION", "typographical", "punctuation"),
        ("TYPOGRAPHY", "typographical", "punctuation"),
        ("REDUNDANCY", "style", "redundancy"),
        ("REPETITIONS_STYLE", "style", "repetition"),
        ("MISC", "duplication", "repetition"),
        ("PLAIN_ENGLISH", "style", "wordiness"),
        ("STYLE", "style", "other"),
        ("AMERICAN_ENGLISH_STYLE", "locale-violation", "spelling"),
        ("MISC", "whitespace", "punctuation"),
        ("SEMANTICS", "numbers", "numbers"),
        ("CASING", "typographical", "grammar"),
        ("COLLOCATIONS", "uncategorized", "grammar"),
        ("SOMETHING_NEW", "something-new", "grammar"),
    ],
)
def test_categories(category: str, issue: str, house: str) -> None:
    assert lt_category(category, issue) == house


@pytest.mark.parametrize(
    ("issue", "severity"),
    [
        ("misspelling", "error"),
        ("grammar", "warning"),
        ("typographical", "warning"),
        ("uncategorized", "warning"),
        ("style", "suggestion"),
        ("register", "suggestion"),
        ("locale-violation", "suggestion"),
    ],
)
def test_severities_follow_languagetool_s_colours(issue: str, severity: str) -> None:
    assert lt_severity(issue) == severity


def test_the_finding_fields() -> None:
    text = "Teh  end."
    raw = {
        "message": "Possible spelling\n mistake found.",
        "replacements": [{"value": v} for v in ["The", "Ten", "The", "Tea", "Tech", "Tel", "Te"]],
        "offset": 0,
        "length": 3,
        "context": {"text": text, "offset": 0, "length": 3},
        "rule": {
            "id": "MORFOLOGIK_RULE_EN_US",
            "issueType": "misspelling",
            "category": {"id": "TYPOS", "name": "Possible Typo"},
            "urls": [{"value": "https://example.org/rule"}],
        },
    }
    finding = finding_from_match(Match(raw, text), Utf16Index(text), max_replacements=4)
    assert finding is not None
    assert finding.rule == "lt.MORFOLOGIK_RULE_EN_US"
    assert finding.message == "Possible spelling mistake found."
    assert finding.replacements == ("The", "Ten", "Tea", "Tech")
    assert (finding.category, finding.severity) == ("spelling", "error")
    # language-tool-python 3.4.0's Match keeps no rule URL, so there is none to pass on.
    assert finding.url == ""
