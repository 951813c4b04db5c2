# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The style checker on any text and ``copydesk check`` on every nasty file.

Findings
with valid offsets, sorted, with plain one-line messages, for text from every Unicode
category and huge paragraphs; and the command's JSON or one plain line for every file of
the nasty corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import style
from tests.reliability.properties import CASES, check_message
from tests.reliability.test_fuzz_cores import FUZZ, any_text
from tests.reliability.test_nasty_files import EXPECTED, NASTY


@pytest.fixture(scope="module")
def ruleset():
    return style.load_ruleset()


def _assert_findings(findings: list, text: str) -> None:
    keys = [(f.start, f.end, f.rule) for f in findings]
    assert keys == sorted(keys)
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert finding.severity in style.SEVERITIES
        assert all(isinstance(r, str) for r in finding.replacements)
        assert all(0 <= a <= b <= len(text) for a, b in finding.related)
        check_message(finding.message)


@FUZZ
@given(text=any_text)
def test_the_checker_on_any_text(ruleset, text: str) -> None:
    from app.core.quotes import quote_spans

    CASES["style"] += 1
    _assert_findings(style.check_text(text, ruleset, quote_spans=quote_spans(text)), text)
    _assert_findings(style.IncrementalChecker(ruleset).check(text), text)


@settings(FUZZ, max_examples=min(FUZZ.max_examples, 4))
@given(piece=st.sampled_from(["in order to ", "“", "diffuse ", "é\u0301", "🙂", "very unique "]))
def test_the_checker_on_a_huge_paragraph(ruleset, piece: str) -> None:
    CASES["style"] += 1
    text = (piece + "word ") * 20_000
    _assert_findings(style.check_text(text, ruleset), text)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_copydesk_check_on_every_nasty_file(name: str, capsys: pytest.CaptureFixture) -> None:
    from app.cli import main

    code = main(["check", str(NASTY / name), "--format", "json", "--fail-on", "never"])
    out, err = capsys.readouterr()
    if code == 2:
        line = err.strip()
        assert line.startswith("copydesk: ") and "\n" not in line
        check_message(line.removeprefix("copydesk: "))
        return
    assert code == 0, err
    findings = json.loads(out)["findings"]
    text_length = _text_length(NASTY / name)
    assert all(0 <= f["start"] <= f["end"] <= text_length for f in findings)


def _text_length(path: Path) -> int:
    from app.core.importers import open_document

    return len(open_document(path).text)
