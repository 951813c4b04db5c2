# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.model import Finding
from app.core.reanchor import carry_over, edited_region

TEXT = "Alpha beta gamma. Delta epsilon zeta."


def _at(text: str, word: str) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), "r", "other", "warning", word)


def test_findings_before_and_after_an_edit_move_those_touched_drop() -> None:
    findings = [_at(TEXT, w) for w in ("beta", "gamma", "epsilon")]
    new = TEXT.replace("gamma", "gamma and more")
    carried = carry_over(findings, TEXT, new)
    assert [new[f.start : f.end] for f in carried] == ["beta", "epsilon"]


def test_edit_region() -> None:
    assert edited_region("abcdef", "abXYef") == (2, 4, 4)
    assert edited_region("abc", "abc!") == (3, 3, 4)
    assert edited_region("", "new") == (0, 0, 3)


@given(st.text(max_size=60), st.text(max_size=10), st.integers(0, 60), st.integers(0, 5))
def test_carried_findings_cover_the_same_words(base: str, insert: str, at: int, cut: int) -> None:
    at = min(at, len(base))
    new = base[:at] + insert + base[at + cut :]
    words = [(i, i + 3) for i in range(0, max(0, len(base) - 3), 4)]
    findings = [Finding(a, b, "r", "other", "info", "") for a, b in words]
    originals = {base[f.start : f.end] for f in findings}
    for carried in carry_over(findings, base, new):
        assert 0 <= carried.start <= carried.end <= len(new)
        assert new[carried.start : carried.end] in originals
