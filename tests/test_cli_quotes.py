# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""`copydesk quotes`: the JSON contract and the readable source list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

DRAFT = (
    "Harbour master Ivo Petrov said the quay would reopen on Monday.\n\n"
    "“We checked every bollard,” Petrov said. “Twice.”\n\n"
    "The hall was full. “Nobody here trusts the survey.”\n"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "quay.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code, out, _ = _run(capsys, "quotes", str(draft), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"quotes", "sources"}
    keys = {"start", "end", "quote", "speaker", "speaker_kind", "direct", "attribution"}
    for quote in data["quotes"]:
        assert set(quote) == keys
        assert DRAFT[quote["start"] : quote["end"]] == quote["quote"]
    first = data["quotes"][0]
    assert first["direct"] is False and first["speaker"] == "Ivo Petrov"
    assert first["quote"] == "the quay would reopen on Monday"
    direct = [q for q in data["quotes"] if q["direct"]]
    assert [q["quote"] for q in direct] == [
        "We checked every bollard,",
        "Twice.",
        "Nobody here trusts the survey.",
    ]
    assert direct[0]["attribution"] is not None
    span = direct[0]["attribution"]
    assert DRAFT[span["start"] : span["end"]] == "Petrov said"
    assert direct[2]["speaker"] is None and direct[2]["attribution"] is None
    assert data["sources"] == [
        {"name": "Ivo Petrov", "kind": "person", "role": "Harbour master", "quotes": 3}
    ]


def test_text_format_lists_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "quay.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code, out, _ = _run(capsys, "quotes", str(draft))
    assert code == 0
    assert out.splitlines()[0] == "Ivo Petrov, Harbour master (person): 3 quotes"
    assert "Not attributed:" in out and "Nobody here trusts the survey." in out


def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "quotes", str(tmp_path / "missing.txt"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
