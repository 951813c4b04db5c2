# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""AppContext: what the app's widgets share, created once by main.run()."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.paths import UserPaths
from app.core.review import Checker, default_checker
from app.core.settings import Settings, save_settings
from app.core.storage import Database
from app.core.workflow import Profile
from app.ui.i18n import translate
from app.ui.signals import AppSignals
from app.ui.tasks import Tasks


@dataclass
class AppContext:
    db: Database
    paths: UserPaths
    settings: Settings
    tasks: Tasks
    signals: AppSignals
    checker_factory: Callable[[AppContext], Checker] | None = field(default=None)
    profile: Profile | None = None

    def set_profile(self, profile: Profile) -> None:
        """Work as ``profile`` from now on (remembered for the next start)."""
        self.profile = profile
        self.settings.user_name = profile.name
        self.save_settings()

    def make_checker(self) -> Checker:
        """A new house-style checker with the user's settings. Runs on a worker thread."""
        if self.checker_factory is not None:
            return self.checker_factory(self)
        return default_checker(self.settings.disabled_rules)

    @property
    def author(self) -> str:
        """The name saves are recorded under."""
        if self.profile is not None:
            return self.profile.name
        if self.settings.user_name:
            return self.settings.user_name
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "unknown"

    def save_settings(self) -> None:
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError as exc:
            self.signals.statusMessage.emit(
                translate("AppContext", "Settings could not be saved: {reason}.").format(
                    reason=exc.strerror
                )
            )
