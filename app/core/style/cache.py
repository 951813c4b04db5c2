# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Compiled rule sets, kept in memory and as a pickle in the user cache folder.

The key hashes everything that shapes a rule set: the packs' bytes, the
dictionaries' bytes, the config, the versions of the libraries whose data
or objects are inside, and the source of this package (so a code change
never meets a stale pickle). Loading the pickle takes tens of
milliseconds; compiling takes about a second.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import threading
from pathlib import Path

from app.core.style.config import CheckConfig
from app.core.style.loader import pack_files
from app.core.style.ruleset import RuleSet

_MEMORY: dict[str, RuleSet] = {}
_LOCK = threading.Lock()
_KEEP_FILES = 8
_PACKAGE = Path(__file__).resolve().parent


def rule_folders(config: CheckConfig) -> list[Path]:
    """Pack folders in load order: bundled, the user's, then ``config.rule_dirs``."""
    from app.core.paths import resource, user_paths

    folders = [resource("rules")]
    if config.user_files:
        folders.append(user_paths(config.home).rules)
    return folders + [Path(p) for p in config.rule_dirs]


def dictionary_files(config: CheckConfig) -> list[Path]:
    """Newsroom dictionaries (bundled) and the user's personal dictionary."""
    from app.core.paths import resource, user_paths

    files = sorted(resource("dictionaries").glob("*.txt"))
    if config.user_files:
        files.append(user_paths(config.home).config / "dictionary.txt")
    return files


def cached_ruleset(config: CheckConfig) -> RuleSet:
    """The compiled rule set for ``config``: from memory, the disk cache, or compiled now."""
    packs = pack_files(rule_folders(config))
    dictionaries = dictionary_files(config)
    key = _key(config, [(p.path.name, p.data) for p in packs], dictionaries)
    with _LOCK:
        ruleset = _MEMORY.get(key)
        if ruleset is None:
            ruleset = _from_disk(config, key) if config.disk_cache else None
            if ruleset is None:
                from app.core.style.compile import compile_ruleset
                from app.core.style.loader import load_rules

                ruleset = compile_ruleset(load_rules(packs), config, dictionaries, key)
                if config.disk_cache:
                    _to_disk(config, key, ruleset)
            _MEMORY[key] = ruleset
        return ruleset


def _key(config: CheckConfig, packs: list[tuple[str, bytes]], dictionaries: list[Path]) -> str:
    digest = hashlib.sha256()
    for name, data in packs:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    for path in dictionaries:
        digest.update(str(path).encode() + b"\0" + _bytes(path))
    digest.update(repr((sorted(config.disabled), sorted(config.personal_words))).encode())
    for module in ("spellchecker", "ahocorasick"):
        digest.update(_installed(module).encode())
    for source in sorted(_PACKAGE.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _bytes(path: Path) -> bytes:
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return b"-"


def _installed(module: str) -> str:
    """Where and when a library was installed: changes when it is upgraded.

    (importlib.metadata would say the version, but costs 30 ms to import.)
    """
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec and spec.origin else ""
    try:
        stamp = os.stat(origin).st_mtime_ns if origin else 0
    except OSError:
        stamp = 0
    return f"{origin}:{stamp}"


def _cache_dir(config: CheckConfig) -> Path:
    from app.core.paths import user_paths

    return user_paths(config.home).cache / "style"


def _from_disk(config: CheckConfig, key: str) -> RuleSet | None:
    path = _cache_dir(config) / f"ruleset-{key[:24]}.pickle"
    try:
        with path.open("rb") as handle:
            ruleset = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return ruleset if isinstance(ruleset, RuleSet) and ruleset.fingerprint == key else None


def _to_disk(config: CheckConfig, key: str, ruleset: RuleSet) -> None:
    """Write atomically; a cache that cannot be written is only slower, never an error."""
    folder = _cache_dir(config)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"ruleset-{key[:24]}.pickle"
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(ruleset, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        old = sorted(folder.glob("ruleset-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-_KEEP_FILES]:
            stale.unlink(missing_ok=True)
    except OSError:
        return
