# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Every bundled rule's own examples: those that must flag do, those that must pass do."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.paths import resource
from app.core.quotes import quote_spans
from app.core.style import CheckConfig, RuleSet, check_text, load_ruleset
from app.core.style.loader import expand, load_rules, pack_files

RULES: dict[str, dict[str, Any]] = load_rules(pack_files([resource("rules")])).rules
CONFIG = CheckConfig(user_files=False, disk_cache=False)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_ruleset(CONFIG)


def _rules_hit(text: str, ruleset: RuleSet) -> set[str]:
    return {f.rule for f in check_text(text, ruleset, quote_spans=quote_spans(text))}


def _under(rule_id: str, found: set[str]) -> bool:
    return any(r == rule_id or r.startswith(rule_id + ".") for r in found)


def test_there_are_rules() -> None:
    assert len(RULES) > 20


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_has_examples(rule_id: str) -> None:
    rule = RULES[rule_id]
    assert rule.get("flag"), f"{rule_id} has no example that must flag"
    assert rule.get("pass"), f"{rule_id} has no example that must pass"
    assert rule.get("url", "").startswith("https://"), f"{rule_id} names no source"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_examples(rule_id: str, ruleset: RuleSet) -> None:
    rule = RULES[rule_id]
    for example in rule.get("flag", []):
        assert _under(rule_id, _rules_hit(example, ruleset)), f"should flag: {example!r}"
    for example in rule.get("pass", []):
        found = _rules_hit(example, ruleset)
        assert not _under(rule_id, found), f"should pass: {example!r} ({sorted(found)})"


PHRASES = [
    (rule_id, pattern)
    for rule_id, rule in RULES.items()
    if rule["kind"] == "phrase"
    for pattern in rule.get("phrases", {})
]


@pytest.mark.parametrize(("rule_id", "pattern"), PHRASES)
def test_every_phrase_is_found(rule_id: str, pattern: str, ruleset: RuleSet) -> None:
    for phrase in expand(pattern):
        text = f"Then {phrase} again."
        assert _under(rule_id, _rules_hit(text, ruleset)), f"{phrase!r} not found"


VARIANT_SETS = [
    (rule_id, tuple(group))
    for rule_id, rule in RULES.items()
    if rule["kind"] == "variants"
    for group in rule.get("sets", [])
]


@pytest.mark.parametrize(("rule_id", "group"), VARIANT_SETS)
def test_every_variant_set_is_found(rule_id: str, group: tuple[str, ...], ruleset: RuleSet) -> None:
    first, second = expand(group[0])[0], expand(group[1])[0]
    text = f"We wrote {first} once. Later we wrote {second} instead."
    assert _under(rule_id, _rules_hit(text, ruleset))
    assert not _under(rule_id, _rules_hit(f"We wrote {first} and {first}.", ruleset))
