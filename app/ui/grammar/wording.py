# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What the status bar and Preferences say about grammar checking; pure functions, no Qt.

States are compared by their string values (``GrammarState`` is a StrEnum)
so that the GUI thread never imports the service module, which loads
language-tool-python; the task pool does that (jobs.load_service).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.grammar import GrammarConfig, GrammarMode

if TYPE_CHECKING:
    from app.core.grammar import GrammarStatus

STARTING, DOWNLOADING, NEEDS_DOWNLOAD, UNAVAILABLE = (
    "starting",
    "downloading",
    "needs_download",
    "unavailable",
)
OFF = "Grammar: off"
CHECK_CANCELLED = "Grammar check cancelled"
DOWNLOAD_CANCELLED = "LanguageTool download cancelled"
JAVA_HELP = (
    "LanguageTool on this computer runs on Java 17 or newer. Install it (Debian or Ubuntu: "
    "the package default-jre-headless; Windows and macOS: adoptium.net), then choose Retry; "
    "or use your newsroom's LanguageTool server in Preferences."
)


def status_line(config: GrammarConfig | None, note: str, status: GrammarStatus | None) -> str:
    """The status line: off, unavailable with the reason, a passing state, or "" when fine.

    ``note`` is what the user just did (a cancelled check), shown before the state.
    """
    if config is None or not config.enabled:
        return OFF
    if note:
        return note
    if status is None:
        return ""
    if status.reason:
        return status.message
    if status.state == STARTING:
        local = config.mode is GrammarMode.LOCAL
        return "Grammar: starting LanguageTool…" if local else "Grammar: connecting…"
    if status.state == DOWNLOADING:
        return "Downloading LanguageTool…"
    return ""


def action_label(note: str, status: GrammarStatus | None, busy: bool) -> str:
    """The one button the status bar offers, or "" for none."""
    if note:
        return "Check again" if note == CHECK_CANCELLED else "Download…"
    if status is None or busy:
        return ""
    if status.state == NEEDS_DOWNLOAD:
        return "Download…"
    return "Retry" if status.state == UNAVAILABLE else ""


def details(line: str, status: GrammarStatus | None) -> str:
    """The tooltip: the line in full, what will happen next, and what to do about it."""
    if status is None or not status.reason:
        return line or "Grammar check by LanguageTool: ready."
    said = [status.message + "."]
    if "Java" in status.reason:
        said.append(JAVA_HELP)
    elif status.retry_in is not None:
        said.append(f"Copydesk tries again in {status.retry_in:.0f} seconds.")
    said.append("The house-style findings are unaffected.")
    return "\n".join(said)
