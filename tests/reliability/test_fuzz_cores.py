# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Property tests of the pure cores on any text: no crash, no hang, every offset valid.

Text comes from every Unicode category (lone surrogates, NUL, combining marks, bidi
controls, emoji sequences) mixed with quotation marks and paragraph breaks, and from
huge single paragraphs. pytest-timeout stops a hang. The style checker joins these
once it is merged (see the note at the end of the file).
"""

from __future__ import annotations

import math
import os
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.anchors import capture, locate, same_place
from app.core.decisions import Decision, DecisionKind, split_findings
from app.core.importers import ImportProblem, document_from_text
from app.core.model import ArticleId, Block, BlockKind, Finding
from app.core.quotes import compare_to_notes, find_quotes, quote_findings, quote_spans
from app.core.reanchor import carry_over, edited_region
from app.core.textstats import text_stats
from tests.reliability.properties import CASES, check_document, check_message, unicode_text

FUZZ = settings(
    max_examples=int(os.environ.get("COPYDESK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
QUOTE_BITS = ("“", "”", '"', "‘", "’", "'", " said ", " says ", "Mayor Ana Ruiz", ", ", ". ")
prose = st.lists(
    st.one_of(unicode_text(12), st.sampled_from(QUOTE_BITS), st.just("\n\n")), max_size=120
).map("".join)
any_text = st.one_of(unicode_text(), prose)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(any_text)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@st.composite
def findings_in(draw: st.DrawFn, text: str) -> list[Finding]:
    found = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        rule = draw(st.sampled_from(["house.a", "house.b", "lt.C"]))
        found.append(Finding(start, end, rule, "style", "warning", "A message."))
    return found


def _valid(span: tuple[int, int], text: str) -> bool:
    return 0 <= span[0] <= span[1] <= len(text)


@FUZZ
@given(any_text, st.data())
def test_quote_finder_offsets_are_always_inside_the_text(text: str, data: st.DataObject) -> None:
    CASES["quotes"] += 1
    blocks = []
    position = 0
    for line in text.split("\n"):
        if line.strip() and data.draw(st.booleans()):
            kind = data.draw(st.sampled_from([BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE]))
            blocks.append(Block(kind, position, position + len(line)))
        position += len(line) + 1
    analysis = find_quotes(text, blocks)
    for quote in analysis.quotes:
        assert (
            _valid((quote.start, quote.end), text) and quote.text == text[quote.start : quote.end]
        )
        assert quote.attribution is None or _valid(quote.attribution, text)
    assert all(0 <= at < len(text) for at in analysis.unbalanced)
    assert all(_valid((v.start, v.end), text) for v in analysis.variants)
    for finding in quote_findings(analysis, text):
        assert _valid((finding.start, finding.end), text)
        assert all(_valid(span, text) for span in finding.related)
    spans = quote_spans(text)
    assert all(_valid(span, text) for span in spans)
    assert spans == sorted(spans)


@FUZZ
@given(any_text, any_text)
def test_notes_comparison_offsets_point_into_each_text(quote: str, notes: str) -> None:
    CASES["notes"] += 1
    match = compare_to_notes(quote, notes)
    if match:
        assert 0 <= match.score <= 1 and _valid((match.notes_start, match.notes_end), notes)
    for difference in match.differences:
        assert _valid((difference.quote_start, difference.quote_end), quote)
        assert _valid((difference.notes_start, difference.notes_end), notes)


@FUZZ
@given(text_and_span(), any_text)
def test_an_anchor_finds_its_words_or_nothing(case: tuple[str, int, int], edit: str) -> None:
    CASES["anchors"] += 1
    text, start, end = case
    anchor = capture(text, start, end)
    assert same_place(anchor, text, start, end)
    here = locate(anchor, text)
    if start < end:
        assert here is not None and text[here[0] : here[1]] == anchor.text
    changed = text[:start] + edit + text[start:]
    found = locate(anchor, changed)
    assert found is None or changed[found[0] : found[1]] == anchor.text


@FUZZ
@given(any_text, any_text, st.data())
def test_carried_findings_keep_their_words(old: str, new: str, data: st.DataObject) -> None:
    CASES["reanchor"] += 1
    prefix, old_end, new_end = edited_region(old, new)
    assert old[:prefix] == new[:prefix] and old[old_end:] == new[new_end:]
    findings = data.draw(findings_in(old))
    for finding in carry_over(findings, old, new):
        assert _valid((finding.start, finding.end), new)
        assert all(_valid(span, new) for span in finding.related)
    originals = {(f.start, f.end, f.rule): old[f.start : f.end] for f in findings}
    moved = [f for f in carry_over(findings, old, new)]
    words = {new[f.start : f.end] for f in moved}
    assert words <= set(originals.values())


@FUZZ
@given(any_text, st.data())
def test_decisions_split_findings_into_shown_and_dismissed(text: str, data: st.DataObject) -> None:
    CASES["decisions"] += 1
    findings = data.draw(findings_in(text))
    decisions = []
    for number, finding in enumerate(data.draw(st.lists(st.sampled_from(findings or [None])))):
        if finding is None:
            break
        anchor = capture(text, finding.start, finding.end)
        decisions.append(
            Decision(
                id=number, article_id=ArticleId(1), rule=finding.rule,
                kind=data.draw(st.sampled_from(list(DecisionKind))),
                anchor_text=anchor.text, context_before=anchor.before,
                context_after=anchor.after, replacement="", message="", reason="",
                made_by="ed", made_at=datetime(2026, 1, 1, tzinfo=UTC),
                undone_at=data.draw(st.sampled_from([None, datetime(2026, 1, 2, tzinfo=UTC)])),
            )
        )  # fmt: skip
    shown, dismissed = split_findings(findings, text, decisions)
    assert sorted(map(id, shown + [f for f, _ in dismissed])) == sorted(map(id, findings))
    assert all(d.active and d.kind is not DecisionKind.APPLIED for _, d in dismissed)


@FUZZ
@given(any_text)
def test_text_statistics_are_finite_numbers(text: str) -> None:
    CASES["textstats"] += 1
    stats = text_stats(text)
    assert stats.words == len(text.split()) and stats.sentences >= 0
    for value in (stats.reading_minutes, stats.words_per_sentence, stats.flesch_reading_ease):
        assert math.isfinite(value)
    assert stats.grade_level >= 0
    assert stats.summary() and "\n" not in stats.summary()


@FUZZ
@given(any_text)
def test_pasted_text_keeps_every_offset(text: str) -> None:
    CASES["pasted"] += 1
    try:
        document = document_from_text(text)
    except ImportProblem as problem:
        check_message(str(problem))
        return
    check_document(document)
    assert len(document.text) == len(text.replace("\r\n", "\n").replace("\r", "\n"))


@settings(FUZZ, max_examples=min(FUZZ.max_examples, 4))
@given(st.sampled_from(["“", "'", "said ", "é\u0301", "\u202e", "🙂", "a"]), st.data())
def test_huge_paragraphs_do_not_hang_the_cores(piece: str, data: st.DataObject) -> None:
    CASES["huge"] += 1
    paragraph = (piece + "word " * data.draw(st.integers(1, 9))) * 10_000  # 60,000 chars and up
    analysis = find_quotes(paragraph)
    assert all(_valid((q.start, q.end), paragraph) for q in analysis.quotes)
    assert all(_valid(span, paragraph) for span in quote_spans(paragraph))
    assert text_stats(paragraph).words > 0
    anchor = capture(paragraph, 30_000, 30_010)
    assert locate(anchor, paragraph) is not None
    carry_over([Finding(10, 20, "house.a", "style", "warning", "m")], paragraph, paragraph + "x")


# The style checker's properties are in test_fuzz_style.py.
