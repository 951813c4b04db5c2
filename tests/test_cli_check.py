# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""``copydesk check`` run for real, in a subprocess, as scripts and editors run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRAFT = "Talks aim to diffuse the crisis.\nThe the mayor met in order to talk.\n"


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COPYDESK_HOME": str(home)}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli import main; sys.exit(main())",
            "check",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        timeout=120,
    )


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_json_contract(draft: Path, copydesk_home: Path) -> None:
    result = _run(str(draft), "--format", "json", home=copydesk_home)
    assert result.returncode == 1, result.stderr  # the repeated word is an error
    findings = json.loads(result.stdout)["findings"]
    for finding in findings:
        assert {"start", "end", "rule", "category", "severity", "message", "replacements"} <= set(
            finding
        )
        assert isinstance(finding["replacements"], list)
    diffuse = next(f for f in findings if f["rule"] == "house.confused.diffuse-defuse")
    assert DRAFT[diffuse["start"] : diffuse["end"]] == "diffuse"
    assert diffuse["replacements"] == ["defuse"] and diffuse["category"] == "confusable"


def test_text_format_gives_line_and_column(draft: Path, copydesk_home: Path) -> None:
    result = _run(str(draft), "--fail-on", "never", home=copydesk_home)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert f"{draft}:1:14: warning house.confused.diffuse-defuse " in lines[0]
    assert any(
        line.startswith(f"{draft}:2:4: error house.repetition.repeated-word") for line in lines
    )


def test_fail_on_levels_and_disable(draft: Path, copydesk_home: Path) -> None:
    assert _run(str(draft), home=copydesk_home).returncode == 1
    quiet = _run(str(draft), "--disable", "house.repetition", home=copydesk_home)
    assert quiet.returncode == 0
    assert "house.repetition" not in quiet.stdout
    warn = _run(
        str(draft), "--disable", "house.repetition", "--fail-on", "warning", home=copydesk_home
    )
    assert warn.returncode == 1


def test_rules_folder_and_grammar_notice(draft: Path, tmp_path: Path, copydesk_home: Path) -> None:
    rules = tmp_path / "desk"
    rules.mkdir()
    (rules / "desk.toml").write_text(
        '[[rule]]\nid = "desk.mayor"\nkind = "phrase"\ncategory = "other"\nseverity = "error"\n'
        'message = "Say who."\nurl = "https://example.org"\nflag = ["the mayor"]\n'
        'pass = ["the leader"]\n[rule.phrases]\n"mayor" = "Mayor Lee"\n',
        encoding="utf-8",
    )
    result = _run(
        str(draft), "--rules", str(rules), "--grammar", "--format", "json", home=copydesk_home
    )
    # No LanguageTool here: the grammar step says so and the house findings still print.
    assert "copydesk: Grammar check unavailable" in result.stderr
    assert any(f["rule"] == "desk.mayor.mayor" for f in json.loads(result.stdout)["findings"])


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, copydesk_home: Path) -> None:
    missing = _run(str(tmp_path / "nope.txt"), home=copydesk_home)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.toml").write_text("[[rule]\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Hello.\n", encoding="utf-8")
    broken = _run(str(draft), "--rules", str(bad), home=copydesk_home)
    assert broken.returncode == 2 and "not valid TOML" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_check_never_loads_qt(draft: Path, copydesk_home: Path) -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"main(['check', {str(draft)!r}, '--fail-on', 'never'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    env = {**os.environ, "COPYDESK_HOME": str(copydesk_home)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
