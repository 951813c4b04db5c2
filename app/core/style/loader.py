# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Read rule packs (TOML) into plain rule tables, checked and merged.

Packs come from the bundled ``resources/rules``, then the user's rules
folder, then any extra folders given (``--rules DIR``). A later rule with
the same id replaces an earlier one; ``disabled = true`` switches a rule
off. The format is described in docs/rules.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.style.rules import CATEGORIES, SEVERITIES

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")
KINDS = frozenset(
    {
        "phrase",
        "confusable",
        "pattern",
        "repeated-word",
        "small-number",
        "variants",
        "name-variants",
        "quote-marks",
        "quote-balance",
        "spelling",
        "sentence-length",
    }
)
_REQUIRED = ("id", "kind", "category", "severity", "message")


class RulePackError(Exception):
    """A rule pack cannot be used; the message names the file and the rule."""


@dataclass(frozen=True, slots=True)
class PackFile:
    """One pack file's path and bytes (the bytes also key the compiled cache)."""

    path: Path
    data: bytes


@dataclass(slots=True)
class LoadedRules:
    """Rule tables by id, in load order, and the files they came from."""

    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[PackFile] = field(default_factory=list)
    languagetool_off: list[str] = field(default_factory=list)


def pack_files(folders: Iterable[Path]) -> list[PackFile]:
    """Every ``*.toml`` in ``folders`` (sorted by name within each); missing folders skip."""
    files: list[PackFile] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                files.append(PackFile(path, path.read_bytes()))
            except OSError as exc:
                raise RulePackError(f"rule pack {path} cannot be read: {exc.strerror}") from exc
    return files


def load_rules(files: Iterable[PackFile]) -> LoadedRules:
    """Parse and validate packs; later rules replace earlier ones with the same id."""
    import tomllib

    loaded = LoadedRules()
    for pack in files:
        loaded.files.append(pack)
        try:
            document = tomllib.loads(pack.data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RulePackError(f"rule pack {pack.path.name} is not valid TOML: {exc}") from exc
        defaults = document.get("defaults", {})
        # A pack may switch LanguageTool rules off where the house rules cover the same
        # ground: [languagetool] disable = ["EN_QUOTES", ...]
        off = document.get("languagetool", {}).get("disable", [])
        if not isinstance(off, list) or not all(isinstance(rule, str) for rule in off):
            raise RulePackError(
                f"rule pack {pack.path.name}: [languagetool] disable must be a list of rule ids"
            )
        loaded.languagetool_off.extend(rule.removeprefix("lt.") for rule in off)
        for table in document.get("rule", []):
            rule = {**defaults, **table, "pack": pack.path.name}
            if rule.get("disabled") is True:
                loaded.rules.pop(str(rule.get("id", "")), None)
                continue
            validate_rule(rule, pack.path.name)
            loaded.rules[rule["id"]] = rule
    return loaded


def validate_rule(rule: dict[str, Any], pack: str) -> None:
    """Raise RulePackError with a plain message if ``rule`` is not usable."""
    rule_id = rule.get("id", "?")
    where = f"rule {rule_id} in {pack}"
    for key in _REQUIRED:
        if not isinstance(rule.get(key), str) or not rule[key]:
            raise RulePackError(f"{where} needs a text value for '{key}'")
    if not RULE_ID.match(rule_id):
        raise RulePackError(f"{where}: ids are dotted lower-case words, like house.wordiness.x")
    if rule["kind"] not in KINDS:
        raise RulePackError(f"{where}: unknown kind '{rule['kind']}'")
    if rule["category"] not in CATEGORIES:
        raise RulePackError(f"{where}: unknown category '{rule['category']}'")
    if rule["severity"] not in SEVERITIES:
        raise RulePackError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    for key in ("flag", "pass"):
        value = rule.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RulePackError(f"{where}: '{key}' must be a list of example sentences")


def words(value: Any) -> list[str]:
    """A word list given as a list or as one space-separated string."""
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    return [str(item) for item in value]


def expand(pattern: str) -> list[str]:
    """Expand ``{a,b}`` alternatives: ``"utiliz{e,es,ed}"`` gives three words."""
    match = re.search(r"\{([^{}]*)\}", pattern)
    if not match:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [
        expanded
        for option in match.group(1).split(",")
        for expanded in expand(head + option + tail)
    ]


def slug(text: str) -> str:
    """A stable id part for a phrase: ``"in order to"`` gives ``in-order-to``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-") or "x"
