# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""House findings and LanguageTool's together: overlaps, quotes, switched-off rules."""

from __future__ import annotations

from app.core.grammar.merge import apply_quote_policy, merge_findings, without_disabled_rules
from app.core.model import Finding
from app.core.quotes import quote_spans


def finding(start: int, end: int, rule: str, category: str = "grammar", **more) -> Finding:
    return Finding(start, end, rule, category, "warning", "message", **more)


def test_where_both_cover_the_same_words_the_house_finding_stays() -> None:
    house = [finding(10, 20, "house.wordiness.in-order-to", "wordiness")]
    grammar = [
        finding(0, 5, "lt.A"),
        finding(15, 25, "lt.PARTLY_INSIDE"),
        finding(12, 14, "lt.WITHIN"),
        finding(5, 10, "lt.TOUCHING_BEFORE"),
        finding(20, 22, "lt.TOUCHING_AFTER"),
        finding(30, 31, "lt.LATER"),
    ]
    merged = merge_findings(house, grammar)
    assert [f.rule for f in merged] == [
        "lt.A",
        "lt.TOUCHING_BEFORE",
        "house.wordiness.in-order-to",
        "lt.TOUCHING_AFTER",
        "lt.LATER",
    ]


def test_a_house_finding_s_related_places_count_too() -> None:
    house = [finding(0, 6, "house.consistency.email", "consistency", related=((40, 45),))]
    grammar = [finding(41, 44, "lt.EMAIL"), finding(20, 24, "lt.OTHER")]
    assert [f.rule for f in merge_findings(house, grammar)] == [
        "house.consistency.email",
        "lt.OTHER",
    ]


def test_an_insertion_point_inside_a_house_finding_overlaps_it() -> None:
    house = [finding(10, 20, "house.x")]
    merged = merge_findings(house, [finding(15, 15, "lt.MISSING_COMMA"), finding(20, 20, "lt.END")])
    assert [f.rule for f in merged] == ["house.x", "lt.END"]


def test_without_house_findings_everything_from_languagetool_stays_in_order() -> None:
    grammar = [finding(9, 12, "lt.B"), finding(0, 3, "lt.A"), finding(0, 8, "lt.C")]
    assert [f.rule for f in merge_findings([], grammar)] == ["lt.A", "lt.C", "lt.B"]


def test_quoted_words_keep_only_spelling_findings_marked_as_quoted() -> None:
    text = "She said “we was there, definately” and “thanks”. He were late."
    quotes = quote_spans(text)
    grammar = [
        finding(text.index("we was"), text.index("we was") + 6, "lt.WE_WAS"),
        finding(text.index("definately"), text.index("definately") + 10, "lt.TYPO", "spelling"),
        finding(text.index("“we"), text.index("“we") + 1, "lt.QUOTE_MARK", "punctuation"),
        finding(text.index("He were"), text.index("He were") + 7, "lt.HE_WERE"),
        finding(text.index("there"), text.index("and") + 3, "lt.ACROSS_THE_CLOSING_QUOTE"),
    ]
    kept = apply_quote_policy(grammar, quotes)
    assert [(f.rule, f.inside_quote) for f in kept] == [
        ("lt.TYPO", True),
        ("lt.QUOTE_MARK", False),
        ("lt.HE_WERE", False),
    ]


def test_rules_a_house_pack_switches_off() -> None:
    grammar = [finding(0, 1, "lt.EN_QUOTES"), finding(2, 3, "lt.OTHER")]
    kept = without_disabled_rules(grammar, {"lt.EN_QUOTES", "NOT_THERE"})
    assert [f.rule for f in kept] == ["lt.OTHER"]
    assert without_disabled_rules(grammar, {"OTHER"})[0].rule == "lt.EN_QUOTES"
