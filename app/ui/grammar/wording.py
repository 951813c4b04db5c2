# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What the status bar and Preferences say about grammar checking; pure functions, no widgets.

The English constants are keys as well as text (``note == CHECK_CANCELLED``);
they are translated, under "GrammarStatus", when returned for display.

States are compared by their string values (``GrammarState`` is a StrEnum)
so that the GUI thread never imports the service module, which loads
language-tool-python; the task pool does that (jobs.load_service).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.grammar import GrammarConfig, GrammarMode
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.core.grammar import GrammarStatus

STARTING, DOWNLOADING, NEEDS_DOWNLOAD, UNAVAILABLE = (
    "starting",
    "downloading",
    "needs_download",
    "unavailable",
)
OFF = QT_TRANSLATE_NOOP("GrammarStatus", "Grammar: off")
CHECK_CANCELLED = QT_TRANSLATE_NOOP("GrammarStatus", "Grammar check cancelled")
DOWNLOAD_CANCELLED = QT_TRANSLATE_NOOP("GrammarStatus", "LanguageTool download cancelled")
JAVA_HELP = QT_TRANSLATE_NOOP(
    "GrammarStatus",
    "LanguageTool on this computer runs on Java 17 or newer. Install it (Debian or Ubuntu: "
    "the package default-jre-headless; Windows and macOS: adoptium.net), then choose Retry; "
    "or use your newsroom's LanguageTool server in Preferences.",
)


def java_help() -> str:
    """JAVA_HELP in the UI language."""
    return translate("GrammarStatus", JAVA_HELP)


def status_line(config: GrammarConfig | None, note: str, status: GrammarStatus | None) -> str:
    """The status line: off, unavailable with the reason, a passing state, or "" when fine.

    ``note`` is what the user just did (a cancelled check), shown before the state.
    """
    if config is None or not config.enabled:
        return translate("GrammarStatus", OFF)
    if note:
        return (
            translate("GrammarStatus", note)
            if note in (CHECK_CANCELLED, DOWNLOAD_CANCELLED)
            else note
        )
    if status is None:
        return ""
    if status.reason:
        return status.message
    if status.state == STARTING:
        local = config.mode is GrammarMode.LOCAL
        return (
            translate("GrammarStatus", "Grammar: starting LanguageTool…")
            if local
            else translate("GrammarStatus", "Grammar: connecting…")
        )
    if status.state == DOWNLOADING:
        return translate("GrammarStatus", "Downloading LanguageTool…")
    return ""


def action_label(note: str, status: GrammarStatus | None, busy: bool) -> str:
    """The one button the status bar offers, or "" for none."""
    if note:
        if note == CHECK_CANCELLED:
            return translate("GrammarStatus", "Check again")
        return translate("GrammarStatus", "Download…")
    if status is None or busy:
        return ""
    if status.state == NEEDS_DOWNLOAD:
        return translate("GrammarStatus", "Download…")
    return translate("GrammarStatus", "Retry") if status.state == UNAVAILABLE else ""


def details(line: str, status: GrammarStatus | None) -> str:
    """The tooltip: the line in full, what will happen next, and what to do about it."""
    if status is None or not status.reason:
        return line or translate("GrammarStatus", "Grammar check by LanguageTool: ready.")
    said = [status.message + "."]
    if "Java" in status.reason:
        said.append(java_help())
    elif status.retry_in is not None:
        said.append(
            translate("GrammarStatus", "Copydesk tries again in {seconds} seconds.").format(
                seconds=f"{status.retry_in:.0f}"
            )
        )
    said.append(translate("GrammarStatus", "The house-style findings are unaffected."))
    return "\n".join(said)
