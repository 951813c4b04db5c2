# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Why grammar checking is unavailable, in words a copy editor understands.

Inside the package every failure becomes ``GrammarUnavailable``; the service
turns it into a result or a status and never lets it out. ``explain`` maps what
language-tool-python, requests and the operating system raise (OSError,
``LanguageToolError``, ``ValueError``, JSON errors, ...) onto one plain reason.
"""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator

import requests
from language_tool_python.exceptions import (
    JavaError,
    LanguageToolError,
    PathError,
    RateLimitError,
    ServerError,
)

_TOO_LONG = re.compile(r"exceeds the limit of (\d+) characters")


class GrammarUnavailable(Exception):
    """A plain reason (``str(exc)``) and whether trying again later may help.

    ``retry`` is False for what only the user can fix (no Java, LanguageTool
    not downloaded, a language the server lacks); the service then waits for
    ``retry_now()`` instead of trying on its own. ``needs_download`` marks the
    one case the UI answers by asking to download LanguageTool.
    """

    def __init__(self, reason: str, *, retry: bool = True, needs_download: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry
        self.needs_download = needs_download


class TextTooLong(Exception):
    """The server refused a text longer than ``limit`` characters."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"limit {limit}")
        self.limit = limit


class Cancelled(Exception):
    """The caller's cancel flag was set; not a failure."""


def too_long_limit(exc: BaseException) -> int | None:
    """The server's length limit if ``exc`` is LanguageTool's "text exceeds the limit" answer."""
    match = _TOO_LONG.search(str(exc)) if isinstance(exc, LanguageToolError) else None
    return int(match.group(1)) if match else None


def explain(exc: BaseException, where: str, timeout: float) -> GrammarUnavailable:
    """The plain reason for ``exc``; ``where`` names the server ("the LanguageTool server at …")."""
    if isinstance(exc, GrammarUnavailable):
        return exc
    chain = list(_chain(exc))
    for kind, reason in _BY_CAUSE:
        if any(isinstance(link, kind) for link in chain):
            return GrammarUnavailable(reason.format(where=where, timeout=_seconds(timeout)))
    return _explain_top(exc, where)


_BY_CAUSE: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    (RateLimitError, "{where} refused more checks for now (too many requests); try again later"),
    (requests.exceptions.ReadTimeout, "{where} took longer than {timeout} to answer"),
    (requests.exceptions.ConnectTimeout, "{where} did not answer within {timeout}"),
    (requests.exceptions.SSLError, "{where} could not be reached securely (certificate problem)"),
    (
        (
            requests.exceptions.ChunkedEncodingError,
            http.client.IncompleteRead,
            http.client.RemoteDisconnected,
            ConnectionResetError,
        ),
        "the connection to {where} broke off before LanguageTool finished answering",
    ),
    (requests.exceptions.ConnectionError, "{where} did not answer"),
)


def _explain_top(exc: BaseException, where: str) -> GrammarUnavailable:
    if isinstance(exc, LanguageToolError) and isinstance(exc.__cause__, json.JSONDecodeError):
        return _explain_answer(str(exc), where)
    if isinstance(exc, (json.JSONDecodeError, KeyError, TypeError, AttributeError, IndexError)):
        return GrammarUnavailable(f"{where} sent an answer Copydesk could not read")
    if isinstance(exc, ValueError) and "unsupported language" in str(exc):
        language = str(exc).split(":", 1)[-1].strip()
        return GrammarUnavailable(f"{where} does not know the language {language}", retry=False)
    if isinstance(exc, ValueError):  # undecodable bytes, numbers that are not numbers
        return GrammarUnavailable(f"{where} sent an answer Copydesk could not read")
    if isinstance(exc, ServerError):
        return GrammarUnavailable(f"{where} could not be started or stopped working")
    if isinstance(exc, JavaError):
        return GrammarUnavailable("Java could not be found; LanguageTool needs it", retry=False)
    if isinstance(exc, (PathError, FileNotFoundError)):
        return GrammarUnavailable(
            "LanguageTool's files on this computer are missing or damaged", retry=False
        )
    if isinstance(exc, OSError):
        detail = exc.strerror or type(exc).__name__
        return GrammarUnavailable(f"{where} could not be used ({detail})")
    return GrammarUnavailable(f"{where} failed unexpectedly ({type(exc).__name__})")


def _explain_answer(body: str, where: str) -> GrammarUnavailable:
    """language-tool-python raises a LanguageToolError holding a body that was not JSON."""
    text = " ".join(body.split())
    if text.startswith("Error:"):
        said = text.removeprefix("Error:").strip()
        if said.startswith("Internal Error"):
            return GrammarUnavailable(f"{where} had an internal error")
        if len(said) > 120:
            said = said[:119].rstrip() + "…"
        return GrammarUnavailable(f"{where} could not check the text (it said: “{said}”)")
    return GrammarUnavailable(
        f"{where} sent an answer that is not LanguageTool's (is the address right?)"
    )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen and len(seen) < 12:
        seen.add(id(link))
        yield link
        yield from _wrapped(link)
        link = link.__cause__ or link.__context__


def _wrapped(exc: BaseException) -> Iterator[BaseException]:
    # urllib3 keeps the real cause in args (MaxRetryError.reason, ProtocolError(msg, cause)).
    reason = getattr(exc, "reason", None)
    if isinstance(reason, BaseException):
        yield reason
    for arg in getattr(exc, "args", ()):
        if isinstance(arg, BaseException):
            yield arg
            yield from _wrapped(arg)


def _seconds(timeout: float) -> str:
    return f"{timeout:g} seconds" if timeout != 1 else "1 second"
