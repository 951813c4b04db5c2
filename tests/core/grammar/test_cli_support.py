# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""``copydesk check --grammar`` / ``--languagetool-url``: the helper cmd_check calls, and the
command end to end once the style checker's cmd_check exists (skipped while it is a stub)."""

from __future__ import annotations

import io
import json

import pytest

from app.cli import build_parser, main
from app.core.grammar.cli_support import (
    grammar_findings_for_cli,
    grammar_requested,
    with_grammar_findings,
)
from app.core.model import Finding
from app.core.paths import user_paths
from app.core.settings import Settings, save_settings

TEXT = "The council met on Tuesday. Its memebers agreed to meet again 🎉 soon."


def options(*extra: str):
    return build_parser().parse_args(["check", "draft.txt", *extra])


def test_nothing_happens_without_the_flags(fake_lt) -> None:
    assert not grammar_requested(options())
    assert grammar_findings_for_cli(TEXT, options()) == ([], None)
    house = [Finding(0, 3, "house.x", "other", "warning", "m")]
    assert with_grammar_findings(house, TEXT, options()) is house
    assert fake_lt.checks() == []


def test_languagetool_url_implies_grammar(fake_lt, lt_fake) -> None:
    fake_lt.rules = [lt_fake.FakeRule(r"memebers", "TYPO", "TYPOS", "misspelling")]
    findings, reason = grammar_findings_for_cli(TEXT, options("--languagetool-url", fake_lt.url))
    assert reason is None
    assert [(f.rule, TEXT[f.start : f.end]) for f in findings] == [("lt.TYPO", "memebers")]


def test_grammar_uses_the_environment_over_the_settings(fake_lt, lt_fake, monkeypatch) -> None:
    save_settings(Settings(languagetool_mode="off"), user_paths().settings_file)
    fake_lt.rules = [lt_fake.FakeRule(r"memebers", "TYPO", "TYPOS", "misspelling")]
    monkeypatch.setenv("COPYDESK_LANGUAGETOOL", fake_lt.url)
    findings, reason = grammar_findings_for_cli(TEXT, options("--grammar"))
    assert reason is None and len(findings) == 1


def test_grammar_uses_the_settings(fake_lt, tmp_path) -> None:
    settings = Settings(
        languagetool_mode="server",
        languagetool_url=fake_lt.url,
        languagetool_disabled_rules=["EN_QUOTES"],
    )
    save_settings(settings, user_paths(tmp_path / "home").settings_file)
    _, reason = grammar_findings_for_cli(
        TEXT, options("--grammar", "--data-dir", str(tmp_path / "home"))
    )
    assert reason is None
    assert fake_lt.checks()[0]["disabledRules"] == "EN_QUOTES"


def test_grammar_when_off_says_so() -> None:
    findings, reason = grammar_findings_for_cli(TEXT, options("--grammar"))
    assert findings == []
    assert reason is not None and reason.startswith("grammar checking is off")


def test_unavailable_is_one_line_on_stderr_and_the_house_findings_stay(fake_lt) -> None:
    url = fake_lt.url
    fake_lt.stop()
    house = [Finding(4, 11, "house.x", "other", "warning", "m")]
    stderr = io.StringIO()
    merged = with_grammar_findings(house, TEXT, options("--languagetool-url", url), stderr=stderr)
    assert merged == house
    assert stderr.getvalue() == (
        f"copydesk: Grammar check unavailable: the LanguageTool server at {url} did not answer\n"
    )


def test_languagetool_findings_join_the_house_ones(fake_lt, lt_fake) -> None:
    fake_lt.rules = [
        lt_fake.FakeRule(r"council", "HOUSE_HAS_IT", "GRAMMAR", "grammar"),
        lt_fake.FakeRule(r"memebers", "TYPO", "TYPOS", "misspelling"),
    ]
    house = [Finding(4, 11, "house.x", "other", "warning", "m")]
    merged = with_grammar_findings(house, TEXT, options("--languagetool-url", fake_lt.url))
    assert [f.rule for f in merged] == ["house.x", "lt.TYPO"]


def _check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    if "not built yet" in captured.err:
        pytest.skip("cmd_check is still a stub on this branch; runs once the style checker lands")
    return code, captured.out, captured.err


CLEAN = "Rain fell 🎉 all night. Crews worked until dawn."


def test_the_command_end_to_end(fake_lt, lt_fake, tmp_path, capsys) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(CLEAN + "\n", encoding="utf-8")
    fake_lt.rules = [lt_fake.FakeRule(r"Crews worked", "FAKE_GRAMMAR", "GRAMMAR", "grammar")]
    command = ["check", str(draft), "--format", "json", "--fail-on", "warning"]
    _, plain_out, _ = _check(command, capsys)
    code, out, err = _check([*command, "--languagetool-url", fake_lt.url], capsys)
    found = [f for f in json.loads(out)["findings"] if f["rule"].startswith("lt.")]
    assert [(f["rule"], CLEAN[f["start"] : f["end"]]) for f in found] == [
        ("lt.FAKE_GRAMMAR", "Crews worked")
    ]
    assert found[0]["category"] == "grammar" and found[0]["severity"] == "warning"
    assert json.loads(out)["findings"] == sorted(
        json.loads(plain_out)["findings"] + found, key=lambda f: (f["start"], f["end"])
    )
    assert err == ""
    assert code == 1


def test_the_command_without_languagetool(fake_lt, tmp_path, capsys) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(CLEAN + "\n", encoding="utf-8")
    url = fake_lt.url
    fake_lt.stop()
    plain_code, plain_out, _ = _check(["check", str(draft), "--format", "json"], capsys)
    code, out, err = _check(
        ["check", str(draft), "--format", "json", "--languagetool-url", url], capsys
    )
    assert (code, out) == (plain_code, plain_out)
    assert err == (
        f"copydesk: Grammar check unavailable: the LanguageTool server at {url} did not answer\n"
    )


def test_house_packs_switch_languagetool_rules_off(fake_lt, lt_fake, tmp_path, capsys) -> None:
    """A rule the house packs cover ([languagetool] disable) is not asked for, nor shown."""
    draft = tmp_path / "draft.txt"
    draft.write_text(CLEAN + "\n", encoding="utf-8")
    fake_lt.rules = [lt_fake.FakeRule(r"Crews worked", "EN_QUOTES", "TYPOGRAPHY", "typographical")]
    _code, out, _err = _check(
        ["check", str(draft), "--format", "json", "--languagetool-url", fake_lt.url], capsys
    )
    assert not [f for f in json.loads(out)["findings"] if f["rule"].startswith("lt.")]
    assert "EN_QUOTES" in fake_lt.checks()[-1].get("disabledRules", "")
