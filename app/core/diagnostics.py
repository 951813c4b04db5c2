# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What the About box shows and what "Copy Diagnostics" copies, as plain data and text.

Headless: the UI adds what only Qt knows (its versions, the platform plugin).
Nothing here raises for a missing or broken piece; it reports it instead.
Passwords in database and server addresses are always hidden.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sqlite3
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app import __version__
from app.core.paths import UserPaths, resources_dir
from app.core.settings import Settings
from app.core.storage.db import Database

Versions = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class RulePackInfo:
    """One rule pack file: its ``name``/``version`` keys (else the file name), rule count.

    ``origin`` is "bundled" or "yours" (the user's rules folder); ``problem`` is
    set, in plain words, when the file cannot be read.
    """

    name: str
    version: str
    rules: int
    origin: str
    path: Path
    problem: str = ""


def rule_pack_folders(paths: UserPaths) -> list[tuple[str, Path]]:
    """Where rule packs come from, in load order."""
    try:
        bundled = [("bundled", resources_dir() / "rules")]
    except FileNotFoundError:
        bundled = []
    return [*bundled, ("yours", paths.rules)]


def rule_packs(folders: Sequence[tuple[str, Path]]) -> list[RulePackInfo]:
    """Every ``*.toml`` pack in ``folders``, sorted by name within each folder."""
    packs: list[RulePackInfo] = []
    for origin, folder in folders:
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            packs.append(_pack_info(origin, path))
    return packs


def _pack_info(origin: str, path: Path) -> RulePackInfo:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return RulePackInfo(path.stem, "", 0, origin, path, f"cannot be read: {exc}")
    rules = data.get("rule", [])
    return RulePackInfo(
        name=str(data.get("name") or path.stem),
        version=str(data.get("version", "")),
        rules=len(rules) if isinstance(rules, list) else 0,
        origin=origin,
        path=path,
    )


def package_version(distribution: str, module: Any = None) -> str:
    """A dependency's version: its ``__version__``, else its installed metadata, else "unknown"."""
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def database_description(db: Database) -> str:
    """The backend and its version, e.g. "SQLite 3.40.1" or "PostgreSQL 15.4 (psycopg)"."""
    dialect = db.engine.dialect
    if db.is_sqlite:
        return f"SQLite {sqlite3.sqlite_version}"
    server = getattr(dialect, "server_version_info", None)
    number = ".".join(str(part) for part in server) if server else "(version not known yet)"
    name = {"postgresql": "PostgreSQL"}.get(dialect.name, dialect.name)
    return f"{name} {number} ({dialect.driver})"


def languagetool_description(settings: Settings, env: Mapping[str, str]) -> str:
    """Which LanguageTool Copydesk uses, or "not used". Reads the disk, never the network."""
    from app.core.grammar import GrammarMode, grammar_config_from, server_label

    config = grammar_config_from(settings, env)
    if not config.enabled:
        return "not used"
    wrapper = f"language-tool-python {package_version('language-tool-python')}"
    if config.problem:
        return f"not usable: {config.problem}"
    if config.mode is GrammarMode.SERVER:
        return f"server at {server_label(config.server_url)}; {wrapper}"
    from app.core.grammar.local import installed_version

    installed = installed_version(config.languagetool_version)
    if installed is None:
        return f"on this computer, not downloaded yet; {wrapper}"
    return f"{installed} on this computer; {wrapper}"


def component_versions(
    db: Database, settings: Settings, env: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """(component, version) pairs for the About box, Copydesk first. Qt's are added by the UI."""
    import alembic
    import sqlalchemy

    return [
        ("Copydesk", __version__),
        ("Python", platform.python_version()),
        ("Database", database_description(db)),
        ("SQLAlchemy", package_version("sqlalchemy", sqlalchemy)),
        ("Alembic", package_version("alembic", alembic)),
        ("LanguageTool", languagetool_description(settings, os.environ if env is None else env)),
    ]


def installation_kind() -> str:
    """How this Copydesk was installed: a bundle, a package, or a source checkout."""
    if getattr(sys, "frozen", False):
        return "PyInstaller bundle"
    try:
        resources = resources_dir()
    except FileNotFoundError:
        return "incomplete installation (resources missing)"
    package = Path(__file__).resolve().parent.parent
    return "installed package" if resources.parent == package else "source checkout"


def hide_password(url: str) -> str:
    """``url`` with any password replaced by ``***``; anything unparsable unchanged."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url
    if not password:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def settings_summary(settings: Settings) -> list[tuple[str, str]]:
    """The settings worth knowing in a bug report; personal values are only said to be set."""
    return [
        ("settings file version", str(settings.version)),
        ("profile name", "set" if settings.user_name else "not set"),
        ("autosave", f"every {settings.autosave_seconds} s"),
        ("theme", settings.theme),
        ("editor font size", str(settings.editor_font_size)),
        ("LanguageTool mode", settings.languagetool_mode),
        ("LanguageTool server", hide_password(settings.languagetool_url) or "none"),
        ("LanguageTool language", settings.languagetool_language),
        ("house rules switched off", ", ".join(settings.disabled_rules) or "none"),
        ("recent files", str(len(settings.recent_files))),
        ("unknown keys", ", ".join(sorted(settings.extra)) or "none"),
    ]


def diagnostics_report(
    *,
    versions: Versions,
    paths: UserPaths,
    db: Database,
    settings: Settings,
    packs: Sequence[RulePackInfo],
    log_lines: Sequence[str],
    platform_notes: Versions = (),
) -> str:
    """A plain-text block for a bug report: versions, platform, paths, database, settings,
    rule packs and the last log lines. The database password is hidden."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections: list[tuple[str, Versions]] = [
        ("Versions", versions),
        (
            "Platform",
            [
                ("system", platform.platform()),
                ("installation", installation_kind()),
                ("executable", sys.executable),
                *platform_notes,
            ],
        ),
        (
            "Paths",
            [
                ("data", str(paths.data)),
                ("config", str(paths.config)),
                ("cache", str(paths.cache)),
                ("logs", str(paths.logs)),
                ("resources", _resources_text()),
            ],
        ),
        ("Database", [("URL", db.display_url), ("backend", database_description(db))]),
        ("Settings", settings_summary(settings)),
        ("Rule packs", [_pack_line(pack) for pack in packs] or [("none", "")]),
    ]
    out = [f"Copydesk diagnostics, {stamp}"]
    for title, rows in sections:
        out.extend(["", title])
        out.extend(f"  {key}: {value}" if value else f"  {key}" for key, value in rows)
    out.extend(["", f"Last {len(log_lines)} log lines"])
    out.extend(f"  {line}" for line in log_lines)
    return "\n".join(out) + "\n"


def _pack_line(pack: RulePackInfo) -> tuple[str, str]:
    if pack.problem:
        return (pack.name, f"{pack.origin}, {pack.problem}")
    version = f" {pack.version}" if pack.version else ""
    return (f"{pack.name}{version}", f"{pack.rules} rules, {pack.origin} ({pack.path})")


def _resources_text() -> str:
    try:
        return str(resources_dir())
    except FileNotFoundError as exc:
        return str(exc)
