# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Start the desktop app: paths, settings, database, window."""

from __future__ import annotations

import logging
import platform
import sys

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.logs import setup_logging
from app.core.paths import DESKTOP_ID, user_paths
from app.core.settings import load_settings
from app.core.storage import Database, StorageError
from app.core.storage.db import resolve_database_url
from app.core.storage.migrate import upgrade_to_head
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.errors import ErrorReporter
from app.ui.i18n import install_translators, translate
from app.ui.icons import app_icon
from app.ui.memory import tune_interpreter
from app.ui.signals import AppSignals
from app.ui.tasks import Tasks

log = logging.getLogger("app.ui")


def build_context(database_url: str | None = None, data_dir: str | None = None) -> AppContext:
    """Resolve paths, load settings, open and migrate the library. Raises StorageError."""
    paths = user_paths(data_dir).ensure()
    settings = load_settings(paths.settings_file)
    db = Database(resolve_database_url(database_url, paths.database))
    upgrade_to_head(db)
    return AppContext(db=db, paths=paths, settings=settings, tasks=Tasks(), signals=AppSignals())


def run(
    file: str | None = None, database_url: str | None = None, data_dir: str | None = None
) -> int:
    """Run the app until its window closes; return the exit code.

    Logging, the handler for unexpected exceptions and the translations are in
    place before anything else, and removed again on the way out.
    """
    tune_interpreter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Copydesk")
    app.setOrganizationName("Copydesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    setup_logging(user_paths(data_dir))
    log.info(
        "Copydesk %s starting: Python %s, Qt %s, platform %s",
        __version__,
        platform.python_version(),
        qVersion(),
        QApplication.platformName(),
    )
    reporter = ErrorReporter(app)
    reporter.install()
    translators = install_translators(app)
    try:
        code = _run_window(app, file, database_url, data_dir)
    finally:
        reporter.uninstall()
        for translator in translators:
            app.removeTranslator(translator)
    log.info("Copydesk closed (exit code %s)", code)
    return code


def _run_window(
    app: QApplication, file: str | None, database_url: str | None, data_dir: str | None
) -> int:
    try:
        context = build_context(database_url, data_dir)
    except (StorageError, OSError) as exc:
        log.error("Copydesk cannot start: %s", exc)
        messages.show_problem(None, translate("main", "Copydesk cannot start"), str(exc))
        return 2
    from app.ui.main_window import MainWindow
    from app.ui.theme import apply_theme, follow_system

    apply_theme(app, context.settings.theme)  # type: ignore[arg-type]
    follow_system(app, lambda: context.settings.theme)  # type: ignore[arg-type]
    ensure_profile(context)
    window = MainWindow(context)
    window.show()
    start_with(window, file)
    QTimer.singleShot(0, lambda: log.info("Copydesk is ready (library %s)", context.db.display_url))
    return app.exec()


def ensure_profile(context: AppContext) -> None:
    """Work as the profile named in the settings; on first start, ask who is working."""
    import getpass

    from app.core.workflow import Role, find_profile, profiles, save_profile

    db, name = context.db, context.settings.user_name
    profile = find_profile(db, name) if name else None
    if profile is None:
        try:
            default = name or getpass.getuser()
        except (KeyError, OSError):
            default = ""
        answer = messages.ask_profile(None, [p.name for p in profiles(db)], default, Role.WRITER)
        chosen, role = answer if answer else (default or "Writer", Role.WRITER)
        profile = find_profile(db, chosen) or save_profile(db, chosen, role)[0]  # type: ignore[arg-type]
    context.set_profile(profile)


def start_with(window: object, file: str | None) -> None:
    """Open ``file``, or else the article the user last had open."""
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if file:
        window.open_path(file)
    elif window.context.settings.last_article_id:
        window.open_article(window.context.settings.last_article_id)
