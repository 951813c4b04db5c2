# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Pairing quotation marks: directions, nesting, paragraphs, strays."""

from __future__ import annotations

from app.core.quotes.marks import find_marked


def _texts(text: str) -> list[str]:
    marked, _ = find_marked(text)
    return [text[m.start : m.end] for m in marked]


def test_straight_and_curly_marks_pair_without_the_marks() -> None:
    text = 'She said, "The ferry leaves at noon." He said, “It is late.”'
    assert _texts(text) == ["The ferry leaves at noon.", "It is late."]


def test_nested_single_quote_stays_inside_the_outer_quotation() -> None:
    text = "“The mayor told me ‘not this year’ and walked off,” the owner said."
    assert _texts(text) == ["The mayor told me ‘not this year’ and walked off,"]


def test_apostrophes_and_plural_possessives_are_not_marks() -> None:
    text = "The growers’ union said it won’t sign. ‘We are tired,’ its chair said."
    assert _texts(text) == ["We are tired,"]


def test_multi_paragraph_quote_gives_one_stretch_per_paragraph() -> None:
    text = "“The first part runs on.\n\n“The middle part too.\n\n“The last part ends,” she said."
    marked, unbalanced = find_marked(text)
    assert [text[m.start : m.end] for m in marked] == [
        "The first part runs on.",
        "The middle part too.",
        "The last part ends,",
    ]
    assert [(m.opens, m.closes) for m in marked] == [(True, False), (False, False), (False, True)]
    assert unbalanced == []


def test_unclosed_mark_is_reported_not_paired() -> None:
    text = 'The chief said "we will rebuild the pier.\n\nNothing else was said.'
    marked, unbalanced = find_marked(text)
    assert marked == []
    assert unbalanced == [text.index('"')]


def test_inch_mark_after_a_digit_is_not_a_quotation() -> None:
    text = 'The 15" screen broke. "It was new," the buyer said.'
    marked, unbalanced = find_marked(text)
    assert [text[m.start : m.end] for m in marked] == ["It was new,"]
    assert unbalanced == []


def test_a_mark_turned_the_wrong_way_still_pairs() -> None:
    text = "He called it ”a fair deal” and signed."
    assert _texts(text) == ["a fair deal"]


def test_spans_by_unit_match_whole_text_and_reuse_the_cache() -> None:
    from app.core.quotes import find_quotes, quote_spans
    from app.core.quotes.spans import quote_units

    text = (
        "“We start at dawn,” the captain said.\n\n"
        "“The first leg is the longest.\n\n"
        "“After that it is downhill,” she added.\n\n"
        "The crew called it a “holiday” in jest."
    )
    whole = [(q.start, q.end) for q in find_quotes(text).quotes if q.direct]
    cache: dict[str, list[tuple[int, int]]] = {}
    assert quote_spans(text, cache) == whole
    assert len(quote_units(text)) == 3  # the running quotation is one unit
    edited = text.replace("dawn", "first light")
    cached_before = dict(cache)
    spans = quote_spans(edited, cache)
    assert spans == [(q.start, q.end) for q in find_quotes(edited).quotes if q.direct]
    assert set(cached_before) < set(cache) and len(cache) == len(cached_before) + 1
