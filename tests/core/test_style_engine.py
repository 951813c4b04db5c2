# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The style engine: offsets, ordering, quotes, names, consistency, packs and caching."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.quotes import quote_spans
from app.core.style import (
    CheckConfig,
    IncrementalChecker,
    RulePackError,
    RuleSet,
    check_text,
    load_ruleset,
    rule_info,
)

CONFIG = CheckConfig(user_files=False, disk_cache=False)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_ruleset(CONFIG)


def _check(text: str, ruleset: RuleSet, **kwargs: object) -> list:
    return check_text(text, ruleset, quote_spans=quote_spans(text), **kwargs)  # type: ignore[arg-type]


def _rules(text: str, ruleset: RuleSet, **kwargs: object) -> list[str]:
    return [f.rule for f in _check(text, ruleset, **kwargs)]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Envoys hope to diffuse the crisis before winter.", "diffuse", "defuse"),
        ("Both sides want to diffuse tensions on the border.", "diffuse", "defuse"),
        ("A joke helped diffuse the row between the ministers.", "diffuse", "defuse"),
        ("Police moved quickly to diffuse the situation.", "diffuse", "defuse"),
        ("By Friday tensions were diffused.", "diffused", "defused"),
        ("Old tensions will not be diffused by a single meeting.", "diffused", "defused"),
        ("She is diffusing the standoff with calm words.", "diffusing", "defusing"),
    ],
)
def test_diffuse_misused_for_defuse(text: str, word: str, fix: str, ruleset: RuleSet) -> None:
    found = [f for f in _check(text, ruleset) if f.rule == "house.confused.diffuse-defuse"]
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == word
    assert found[0].replacements[0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "The studio uses diffused light for portraits.",
        "A diffuse cloud of smoke drifted east.",
        "Patients reported a diffuse pain in the chest.",
        "Light is diffused through the frosted glass.",
        "Ideas diffuse slowly across a large organisation.",
        "Negotiators managed to defuse the crisis.",
    ],
)
def test_diffuse_used_rightly_is_left_alone(text: str, ruleset: RuleSet) -> None:
    assert not [r for r in _rules(text, ruleset) if r.startswith("house.confused.d")]


def test_seed_article_gets_both_diffuse_misuses(ruleset: RuleSet) -> None:
    from tests.conftest import shared_file

    text = shared_file("seeds", "russia-diplomacy-article.txt").read_text(encoding="utf-8")
    found = [f for f in _check(text, ruleset) if f.category == "confusable"]
    words = [(text[f.start : f.end], f.replacements[0]) for f in found]
    assert words == [("diffuse", "defuse"), ("diffused", "defused")]
    assert "defuse" in text.replace("diffuse", "")


def test_offsets_are_code_points_and_findings_sorted(ruleset: RuleSet) -> None:
    text = "Zoë said 🙂 that the the talks went well.\nThey met in order to talk."
    findings = _check(text, ruleset)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.rule))
    repeated = next(f for f in findings if f.rule == "house.repetition.repeated-word")
    assert text[repeated.start : repeated.end] == " the"
    wordy = next(f for f in findings if f.rule == "house.wordiness.in-order-to")
    assert text[wordy.start : wordy.end] == "in order to"
    assert wordy.replacements == ("to",)


def test_repeated_words(ruleset: RuleSet) -> None:
    assert "house.repetition.repeated-word" in _rules("We saw the the bridge.", ruleset)
    for text in ("He had had enough.", "She said that that was all.", "Call it a day, day."):
        assert "house.repetition.repeated-word" not in _rules(text, ruleset)


def test_quotes_are_not_restyled_but_spelled(ruleset: RuleSet) -> None:
    text = "The mayor said: “We met in order to recieve the report.”"
    findings = _check(text, ruleset)
    assert not [f for f in findings if f.category == "wordiness"]
    spelling = [f for f in findings if f.category == "spelling"]
    assert [text[f.start : f.end] for f in spelling] == ["recieve"]
    assert spelling[0].inside_quote and spelling[0].replacements[0] == "receive"


def test_known_names_are_never_flagged_as_spelling(ruleset: RuleSet) -> None:
    text = "Witnesses said kuleba left early."
    assert "house.spelling.unknown-word" in _rules(text, ruleset)
    assert "house.spelling.unknown-word" not in _rules(text, ruleset, known_names=["Dmytro Kuleba"])
    assert "house.spelling.unknown-word" not in _rules("Dmytro Kuleba left.", ruleset)


def test_consistency_is_reported_once_with_every_place(ruleset: RuleSet) -> None:
    text = "The e-mail came first.\n\nA second email followed, then a third email.\n"
    found = [f for f in _check(text, ruleset) if f.category == "consistency"]
    assert len(found) == 1
    finding = found[0]
    assert text[finding.start : finding.end] == "e-mail"
    assert finding.replacements == ("email",)
    assert [text[s:e] for s, e in finding.related] == ["email", "email"]


def test_name_spelled_two_ways(ruleset: RuleSet) -> None:
    text = "Minister Nwankwo spoke. Later Nwakwo said more. Nwankwo left."
    found = [f for f in _check(text, ruleset) if f.rule == "house.consistency.name-spelling"]
    assert len(found) == 1 and text[found[0].start : found[0].end] == "Nwakwo"
    assert found[0].replacements == ("Nwankwo",) and len(found[0].related) == 2


def test_numbers_ap_style(ruleset: RuleSet) -> None:
    assert "house.numbers.one-to-nine" in _rules("The firm hired 4 lawyers.", ruleset)
    for text in ("The boy, 4, was unhurt.", "It rose 4%.", "They won 4-1.", "At 4 p.m. it ended."):
        assert "house.numbers.one-to-nine" not in _rules(text, ruleset)


def test_info_severity_for_readability(ruleset: RuleSet) -> None:
    info = rule_info("house.readability.long-sentence")
    assert info is not None and info.severity == "info" and info.category == "readability"


def test_rule_info_describes_group_and_entry_rules() -> None:
    entry = rule_info("house.wordiness.in-order-to")
    assert entry is not None and entry.replacements == ("to",) and "in order to" in entry.message
    pair = rule_info("house.confused.diffuse-defuse")
    assert pair is not None and pair.url.startswith("https://") and pair.flag_examples
    assert rule_info("house.no.such.rule") is None


def test_disabling_by_prefix_and_by_entry() -> None:
    text = "We met in order to talk at this point in time."
    everything = _rules(text, load_ruleset(CONFIG))
    assert {"house.wordiness.in-order-to", "house.wordiness.at-this-point-in-time"} <= set(
        everything
    )
    one_off = load_ruleset(CheckConfig(disabled=("house.wordiness.in-order-to",), **_quiet()))
    assert "house.wordiness.in-order-to" not in _rules(text, one_off)
    assert "house.wordiness.at-this-point-in-time" in _rules(text, one_off)
    group_off = load_ruleset(CheckConfig(disabled=("house.wordiness",), **_quiet()))
    assert not [r for r in _rules(text, group_off) if r.startswith("house.wordiness")]


def _quiet() -> dict[str, bool]:
    return {"user_files": False, "disk_cache": False}


USER_PACK = """
[[rule]]
id = "desk.local.harbour"
kind = "phrase"
category = "other"
severity = "error"
message = "Our desk writes “{replacement}”."
url = "https://example.org/desk-style"
flag = ["The harbor bridge opened."]
pass = ["The harbour bridge opened."]
[rule.phrases]
"harbor bridge" = "harbour bridge"

[[rule]]
id = "house.repetition.repeated-word"
disabled = true
"""


def test_user_rules_add_and_switch_off(tmp_path: Path) -> None:
    (tmp_path / "desk.toml").write_text(USER_PACK, encoding="utf-8")
    ruleset = load_ruleset(CheckConfig(rule_dirs=(tmp_path,), **_quiet()))
    rules = _rules("The harbor bridge and the the road.", ruleset)
    assert "desk.local.harbour.harbor-bridge" in rules
    assert "house.repetition.repeated-word" not in rules


def test_user_rules_folder_from_the_home(copydesk_home: Path) -> None:
    folder = copydesk_home / "config" / "rules"
    folder.mkdir(parents=True)
    (folder / "desk.toml").write_text(USER_PACK, encoding="utf-8")
    ruleset = load_ruleset(CheckConfig(disk_cache=False))
    assert "desk.local.harbour.harbor-bridge" in _rules("The harbor bridge.", ruleset)


def test_personal_words(ruleset: RuleSet) -> None:
    mine = load_ruleset(CheckConfig(personal_words=frozenset({"zorbling"}), **_quiet()))
    assert "house.spelling.unknown-word" in _rules("They saw a zorbling.", ruleset)
    assert "house.spelling.unknown-word" not in _rules("They saw a zorbling.", mine)


@pytest.mark.parametrize(
    ("pack", "words"),
    [
        (
            '[[rule]]\nid = "x"\nkind = "phrase"\ncategory = "other"\nseverity = "error"\n'
            'message = "m"\n',
            "ids are dotted",
        ),
        ('[[rule]]\nid = "a.b"\n', "needs a text value for 'kind'"),
        (
            '[[rule]]\nid = "a.b"\nkind = "nope"\ncategory = "other"\nseverity = "error"\n'
            'message = "m"\n',
            "unknown kind",
        ),
        ("[[rule]\n", "not valid TOML"),
    ],
)
def test_bad_packs_say_what_is_wrong(tmp_path: Path, pack: str, words: str) -> None:
    (tmp_path / "bad.toml").write_text(pack, encoding="utf-8")
    with pytest.raises(RulePackError, match=words):
        load_ruleset(CheckConfig(rule_dirs=(tmp_path,), **_quiet()))


def test_compiled_rules_are_cached_on_disk(copydesk_home: Path) -> None:
    config = CheckConfig(disabled=("house.cliche",))
    first = load_ruleset(config)
    pickles = list((copydesk_home / "cache" / "style").glob("ruleset-*.pickle"))
    assert len(pickles) == 1
    from app.core.style import cache

    cache._MEMORY.clear()
    second = load_ruleset(config)
    assert second is not first and second.fingerprint == first.fingerprint


EDITS = [
    "The council met in order to vote.\n\nThe e-mail came.\n\n“Stay,” he said.",
    "The council met in order to vote.\n\nThe email came.\n\n“Stay,” he said.",
    "The council met to vote on the the plan.\n\nThe email came.\n\n“Stay,” he said.",
    "New opening paragraph.\n\nThe council met to vote on the the plan.\n\nThe e-mail came.",
    "The e-mail came.\n\n“We will stay,\n\n“and we will win,” he said.",
]


def test_incremental_checker_matches_check_text(ruleset: RuleSet) -> None:
    checker = IncrementalChecker(ruleset)
    for text in EDITS + EDITS[::-1]:
        spans = quote_spans(text)
        assert checker.check(text, quote_spans=spans) == check_text(
            text, ruleset, quote_spans=spans
        )
    names = ["Dmytro Kuleba"]
    text = "Witnesses said kuleba left."
    assert checker.check(text, known_names=names) == check_text(text, ruleset, known_names=names)


@pytest.mark.parametrize("seed", [7, 11, 23, 31, 47, 59])
def test_incremental_checker_follows_random_edits(seed: int, ruleset: RuleSet) -> None:
    import random

    pieces = [
        "The council met in order to vote.",
        "“We will diffuse the crisis,” she said.",
        "The e-mail came at 5 p.m. and the email went out.",
        "He said: “It is over.",
        "“And it will stay over,” he added.",
        "Minister Nwankwo spoke; later Nwakwo left.",
        "((Reporter)) Did you really think so?",
        "((Guest)) I think so.",
        "",
        "They hired 3 new clerks.",
        "The colour of the e-mail isn't \"clear\", it's 'grey'.",
        "Nwankwo's aide didn't say.",
    ]
    chooser = random.Random(seed)
    lines = [chooser.choice(pieces) for _ in range(12)]
    checker = IncrementalChecker(ruleset)
    for _ in range(200):
        action = chooser.random()
        index = chooser.randrange(len(lines))
        if action < 0.5:
            lines[index] = lines[index][
                : chooser.randrange(len(lines[index]) + 1)
            ] + chooser.choice(["", " the the end.", "”", "“", " colour", " color", " it's", "'"])
        elif action < 0.7:
            lines.insert(index, chooser.choice(pieces))
        elif action < 0.8:
            lines.append(chooser.choice(pieces))
        elif len(lines) > 2:
            del lines[index]
        text = "\n".join(lines)
        spans = quote_spans(text)
        assert checker.check(text, quote_spans=spans) == check_text(
            text, ruleset, quote_spans=spans
        )


def test_any_text_gives_findings_inside_it(ruleset: RuleSet) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from([*"ab cE.,;:!?\"'“”‘’—-()\n 19İßé🙂", "the ", "in order to "])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(alphabet, max_size=80).map("".join))
    def check(text: str) -> None:
        findings = check_text(text, ruleset, quote_spans=quote_spans(text))
        assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.rule))
        for finding in findings:
            assert 0 <= finding.start <= finding.end <= len(text)
            assert all(0 <= s <= e <= len(text) for s, e in finding.related)
        assert IncrementalChecker(ruleset).check(text, quote_spans=quote_spans(text)) == findings

    check()


def test_packs_switch_languagetool_rules_off(tmp_path) -> None:
    from app.core.style import CheckConfig, load_ruleset

    bundled = load_ruleset()
    assert "EN_QUOTES" in bundled.languagetool_off
    pack = tmp_path / "desk.toml"
    pack.write_text('[languagetool]\ndisable = ["lt.UPPERCASE_SENTENCE_START"]\n', encoding="utf-8")
    desk = load_ruleset(CheckConfig(rule_dirs=(tmp_path,), disk_cache=False))
    assert {"EN_QUOTES", "UPPERCASE_SENTENCE_START"} <= set(desk.languagetool_off)
