# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""How grammar checking is set up: the mode, the server address and the rules to leave out.

The settings file, ``$COPYDESK_LANGUAGETOOL`` and the CLI's ``--languagetool-url``
each say something about it; ``grammar_config_from`` decides, once, in that
order of strength (command line, then environment, then settings). It never
raises: a setting it cannot use becomes ``GrammarConfig.problem``, which the
service reports as the reason grammar checking is unavailable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol
from urllib.parse import urlsplit

ENV_VAR = "COPYDESK_LANGUAGETOOL"
# language-tool-python 3.4.0 downloads this LanguageTool release by default.
DEFAULT_LANGUAGETOOL_VERSION = "6.8"


class GrammarMode(StrEnum):
    """Where LanguageTool runs."""

    OFF = "off"
    LOCAL = "local"  # language-tool-python starts LanguageTool on this computer
    SERVER = "server"  # a LanguageTool HTTP server the newsroom runs


@dataclass(frozen=True, slots=True)
class GrammarConfig:
    """Everything a ``GrammarService`` needs; plain values, safe to pass between threads.

    ``server_url`` is the normalised API base (``http://host:8081/v2/``).
    ``allow_download`` is the user's consent to download LanguageTool (about
    250 MB) in local mode; without it nothing is ever downloaded.
    ``timeout_seconds`` bounds each request to LanguageTool; ``max_chunk_units``
    is the most text sent in one request, in UTF-16 units as LanguageTool
    counts. ``problem`` is set when the configuration cannot be used.
    """

    mode: GrammarMode = GrammarMode.OFF
    server_url: str = ""
    language: str = "en-US"
    picky: bool = False
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    allow_download: bool = False
    languagetool_version: str = DEFAULT_LANGUAGETOOL_VERSION
    download_url: str = ""  # empty: language-tool-python's address for the version
    timeout_seconds: float = 30.0
    max_chunk_units: int = 6000
    max_replacements: int = 5
    problem: str = ""
    origin: str = "settings"  # which source chose the mode, for messages

    @property
    def enabled(self) -> bool:
        return self.mode is not GrammarMode.OFF


class _GrammarSettings(Protocol):
    """The fields of ``app.core.settings.Settings`` this module reads."""

    languagetool_mode: str
    languagetool_url: str
    languagetool_language: str
    languagetool_picky: bool
    languagetool_disabled_rules: list[str]
    languagetool_disabled_categories: list[str]


def normalise_server_url(url: str) -> str:
    """The LanguageTool API base for an address a person typed, ending in ``/v2/``.

    ``http://host:8081`` and ``host:8081`` become ``http://host:8081/v2/``; an
    address that already names ``/v2``, ``/v2/check`` or ``/v2/languages`` keeps
    its base; a path (a server behind a proxy) is kept. Raises ``ValueError``
    with a plain message for something that is not a web address.
    """
    typed = url.strip()
    if not typed:
        raise ValueError("no LanguageTool server address is set")
    candidate = typed if "://" in typed else f"http://{typed}"
    try:
        parts = urlsplit(candidate)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        port_ok = False
        parts = None
    if parts is None or not port_ok:
        raise ValueError(f"“{typed}” is not a web address (its port is wrong)")
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"“{typed}” is not a web address (expected http://host:port)")
    if parts.query or parts.fragment or any(ch.isspace() for ch in typed):
        raise ValueError(f"“{typed}” is not a LanguageTool server address")
    path = parts.path.rstrip("/")
    for endpoint in ("/check", "/languages", "/healthcheck"):
        if path.endswith("/v2" + endpoint):
            path = path[: -len(endpoint)]
    if not path.endswith("/v2"):
        path += "/v2"
    return f"{parts.scheme.lower()}://{parts.netloc}{path}/"


def server_label(api_base: str) -> str:
    """A server address for messages: no ``/v2/`` and no password."""
    parts = urlsplit(api_base)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    path = parts.path.rstrip("/").removesuffix("/v2")
    return f"{parts.scheme}://{host}{port}{path}"


def grammar_config_from(
    settings: _GrammarSettings,
    env: Mapping[str, str],
    cli_url: str | None = None,
    **overrides: object,
) -> GrammarConfig:
    """The grammar configuration: ``cli_url`` beats ``$COPYDESK_LANGUAGETOOL`` beats settings.

    ``$COPYDESK_LANGUAGETOOL`` is ``off``, ``local`` or a server address.
    ``overrides`` replace fields of the result (``allow_download=True``,
    ``timeout_seconds=5``), for callers that know better than the settings.
    """
    base = GrammarConfig(
        language=settings.languagetool_language.strip() or "en-US",
        picky=bool(settings.languagetool_picky),
        disabled_rules=_ids(settings.languagetool_disabled_rules),
        disabled_categories=_ids(settings.languagetool_disabled_categories),
    )
    env_value = env.get(ENV_VAR, "").strip()
    if cli_url is not None:
        config = _server(base, cli_url, "--languagetool-url")
    elif env_value:
        config = _from_word(base, env_value, ENV_VAR)
    else:
        config = _from_settings(base, settings)
    return _replace(config, **overrides) if overrides else config


def _from_word(base: GrammarConfig, word: str, origin: str) -> GrammarConfig:
    lowered = word.lower()
    if lowered in (GrammarMode.OFF, GrammarMode.LOCAL):
        return _replace(base, mode=GrammarMode(lowered), origin=origin)
    return _server(base, word, origin)


def _from_settings(base: GrammarConfig, settings: _GrammarSettings) -> GrammarConfig:
    mode = settings.languagetool_mode.strip().lower()
    if mode == GrammarMode.SERVER:
        return _server(base, settings.languagetool_url, "settings")
    if mode in (GrammarMode.OFF, GrammarMode.LOCAL):
        return _replace(base, mode=GrammarMode(mode))
    return _replace(
        base,
        mode=GrammarMode.SERVER,
        problem=f"the grammar mode in the settings is “{mode}”; use off, local or server",
    )


def _server(base: GrammarConfig, address: str, origin: str) -> GrammarConfig:
    try:
        url = normalise_server_url(address)
    except ValueError as exc:
        where = "in the settings" if origin == "settings" else f"given by {origin}"
        return _replace(base, mode=GrammarMode.SERVER, origin=origin, problem=f"{exc} ({where})")
    return _replace(base, mode=GrammarMode.SERVER, server_url=url, origin=origin)


def _ids(values: Iterable[str]) -> frozenset[str]:
    return frozenset(value.strip() for value in values if value.strip())


def _replace(config: GrammarConfig, **changes: object) -> GrammarConfig:
    return replace(config, **changes)  # type: ignore[arg-type]
