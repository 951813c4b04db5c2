# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quote flags for the findings panel."""

from __future__ import annotations

from app.core.quotes import find_quotes, quote_findings


def _rules(text: str, **options: object) -> list[tuple[str, str, str]]:
    findings = quote_findings(find_quotes(text), text, **options)  # type: ignore[arg-type]
    return [(f.rule, f.severity, text[f.start : f.end]) for f in findings]


def test_unattributed_quote() -> None:
    text = "The hall was full. “Nobody here wants the tower built next to the school.”"
    assert _rules(text) == [
        ("quotes.unattributed", "warning", "Nobody here wants the tower built next to the school.")
    ]


def test_unbalanced_mark() -> None:
    text = "Olu Bello said “the audit is late and nobody will say why.\n\nThe audit was due in May."
    rules = _rules(text)
    assert ("quotes.unbalanced", "error", "“") in rules


def test_altered_quote_until_verified() -> None:
    text = "Olu Bello said, “The audit [of the port] is late … and nobody will say why.”"
    quoted = find_quotes(text).quotes[0].text
    assert [r[0] for r in _rules(text)] == ["quotes.altered-unverified"]
    assert _rules(text, verified={quoted}) == []


def test_inconsistent_name_and_title() -> None:
    text = (
        "Interior Minister Stephen Nix said, “The border stays open.”\n\n"
        "“We have enough staff,” Steven Nix said.\n\n"
        "Foreign Minister Nix said, “Talks go on.”"
    )
    findings = quote_findings(find_quotes(text), text)
    inconsistent = [f for f in findings if f.rule == "quotes.speaker-inconsistent"]
    assert [text[f.start : f.end] for f in inconsistent] == ["Steven Nix", "Nix"]
    assert inconsistent[0].replacements == ("Stephen Nix",)
    assert inconsistent[0].category == "consistency"


def test_anonymous_source_severity_is_house_policy() -> None:
    text = "“The deal is dead,” a senior diplomat said."
    assert _rules(text) == [("quotes.anonymous", "warning", "a senior diplomat said")]
    assert _rules(text, anonymous_severity="error")[0][1] == "error"
    assert _rules(text, anonymous_severity="off") == []


LATE = (
    "“The fees will go up in spring,” Okafor said on Monday.\n\n"
    "Council treasurer Amara Okafor said the rise was the first in ten years.\n\n"
    "“We held them as long as we could,” Okafor added."
)


def test_a_source_quoted_by_surname_before_the_full_name_is_one_source_and_flagged() -> None:
    analysis = find_quotes(LATE)
    assert {q.speaker for q in analysis.quotes} == {"Amara Okafor"}
    assert [(s.name, s.role, s.quotes) for s in analysis.sources] == [
        ("Amara Okafor", "Council treasurer", 3)
    ]
    flags = [f for f in quote_findings(analysis, LATE) if f.rule == "quotes.first-reference"]
    assert len(flags) == 1
    first = flags[0]
    assert LATE[first.start : first.end] == "Okafor" and first.start == LATE.index("Okafor")
    assert first.replacements == ("Amara Okafor",) and first.severity == "warning"
    assert "before the piece gives the full name" in first.message


def test_full_name_first_is_not_flagged() -> None:
    opening = "“The fees will go up in spring,” Okafor said"
    text = LATE.replace(opening, "Treasurer Amara Okafor said")
    assert "quotes.first-reference" not in [r[0] for r in _rules(text)]
    assert _rules(LATE.replace("Amara Okafor", "Okafor")) == []  # never named in full


def test_two_people_with_one_surname_are_not_merged() -> None:
    text = LATE + "\n\nHer brother Tunde Okafor, a ferry pilot, said the fees were fair."
    analysis = find_quotes(text)
    assert "quotes.first-reference" not in [f.rule for f in quote_findings(analysis, text)]
    assert analysis.quotes[0].speaker == "Okafor"


def test_a_capitalised_word_opening_a_sentence_is_not_a_first_name() -> None:
    text = (
        "“The fees will go up in spring,” Okafor said on Monday.\n\n"
        "Both Okafor and the mayor voted for the rise."
    )
    assert "quotes.first-reference" not in [r[0] for r in _rules(text)]
