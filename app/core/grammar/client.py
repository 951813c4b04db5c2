# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The one place that talks to language-tool-python (3.4.x).

``Engine`` wraps a ``language_tool_python.LanguageTool`` set up from a
``GrammarConfig``: against a newsroom server (``remote_server=``) or a
LanguageTool it starts on this computer. Three things in 3.4.0 are worked
around here, each with a test that fails if the wrapper changes:

- Requests wait up to 300 s (``LanguageTool._TIMEOUT``); the engine sets its own.
- A local server that does not come up is retried on port after port (15 s
  each, the failed Java left running, and the readiness check still aimed at
  the first port); the engine tries three ports, stops each failure, and
  points the check at the new port.
- ``Match`` keeps its emoji offset table in class attributes, so two checks
  building matches at once on different threads can corrupt each other's
  offsets; every check goes through one process-wide lock. A check holds it
  for one request only, so a paragraph check waits for at most one chunk.

Everything here blocks: worker threads only. Errors come out as whatever the
wrapper raised; ``errors.explain`` turns them into reasons.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from typing import Any

from language_tool_python import LanguageTool
from language_tool_python.exceptions import PathError, ServerError

from app.core.grammar.config import GrammarConfig, GrammarMode, server_label
from app.core.grammar.errors import TextTooLong, too_long_limit
from app.core.grammar.local import is_installed
from app.core.grammar.mapping import Utf16Index, finding_from_match, strip_prefix
from app.core.model import Finding

START_ATTEMPTS = 3
_CHECK_LOCK = threading.Lock()


class _Client(LanguageTool):
    """LanguageTool with bounded waits, bounded start-up, and no download of its own."""

    def __init__(self, *args: Any, timeout: float, **kwargs: Any) -> None:
        # Shadows the class's 300 s; (connect, read) as requests takes it.
        self._TIMEOUT = (min(timeout, 10.0), timeout)  # type: ignore[misc]
        self._closing = False
        super().__init__(*args, **kwargs)

    def _start_server_on_free_port(self) -> None:
        for attempt in range(START_ATTEMPTS):
            try:
                self._start_local_server()
                return
            except ServerError:
                self._terminate_server()
                if attempt + 1 == START_ATTEMPTS or not self._available_ports:
                    raise
                self._port = self._available_ports.pop()
                # 3.4.0 changes the port but keeps polling the first port's address.
                self._url = f"http://{self._host}:{self._port}/v2/"

    def _start_local_server(self) -> None:
        # The wrapper downloads LanguageTool here when it is missing, and restarts
        # a crashed server from inside a failed request; neither may happen
        # without the user's consent or after close().
        if self._closing:
            raise ServerError("LanguageTool was closed")
        if not is_installed(self._language_tool_download_version):
            raise PathError("LanguageTool is not downloaded")
        super()._start_local_server()

    def shut(self) -> None:
        self._closing = True
        self.close()


class Engine:
    """One LanguageTool connection. ``check`` may run on several threads at once."""

    def __init__(self, config: GrammarConfig) -> None:
        """Connect (server mode) or start LanguageTool (local mode); blocks, may raise anything."""
        self.config = config
        self.where = describe(config)
        self._max_replacements = config.max_replacements
        if config.mode is GrammarMode.SERVER:
            tool = _Client(
                config.language,
                remote_server=wrapper_server_url(config.server_url),
                timeout=config.timeout_seconds,
            )
        else:
            tool = _Client(
                config.language,
                language_tool_download_version=config.languagetool_version,
                timeout=config.timeout_seconds,
            )
        tool.picky = config.picky
        tool.disabled_categories = set(config.disabled_categories)
        self._tool = tool

    @property
    def url(self) -> str:
        """The API base the wrapper actually uses (``…/v2/``)."""
        return self._tool.url

    def check(self, text: str, disabled_rules: Collection[str] = ()) -> list[Finding]:
        """Findings for ``text`` with offsets in its code points; one request.

        Raises ``TextTooLong`` when the server refuses the length, or what the
        wrapper raised.
        """
        rules = {strip_prefix(rule) for rule in (*self.config.disabled_rules, *disabled_rules)}
        with _CHECK_LOCK:
            self._tool.disabled_rules = rules
            try:
                matches = self._tool.check(text)
            except Exception as exc:
                limit = too_long_limit(exc)
                if limit is not None:
                    raise TextTooLong(limit) from exc
                raise
        index = Utf16Index(text)
        found = (
            finding_from_match(match, index, max_replacements=self._max_replacements)
            for match in matches
        )
        return [f for f in found if f is not None and strip_prefix(f.rule) not in rules]

    def close(self) -> None:
        """Stop a local LanguageTool (may take a few seconds); harmless twice."""
        self._tool.shut()


def wrapper_server_url(api_base: str) -> str:
    """What ``remote_server=`` needs so that the wrapper ends up at ``api_base``.

    The wrapper joins ``v2/`` onto the address it is given, so it must get the
    base without ``v2/`` and with its trailing slash.
    """
    return api_base.removesuffix("v2/")


def describe(config: GrammarConfig) -> str:
    """How messages name the LanguageTool in use."""
    if config.mode is GrammarMode.SERVER:
        return f"the LanguageTool server at {server_label(config.server_url)}"
    return "LanguageTool on this computer"
