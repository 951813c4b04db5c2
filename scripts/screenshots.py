# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Take the README's screenshots: run the real app on the sample drafts and grab its window.

Run through ``make screenshots`` (which uses xvfb-run), or under any X display:
    python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.workflow import Role, save_profile  # noqa: E402
from app.ui.dialogs.about import AboutDialog  # noqa: E402
from app.ui.dialogs.preferences import SECTIONS, PreferencesDialog  # noqa: E402
from app.ui.icons import app_icon  # noqa: E402
from app.ui.main import build_context  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402


def wait_until(app: QApplication, condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def save(widget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    with tempfile.TemporaryDirectory() as home:
        context = build_context(data_dir=home)
        # The person working, as the first start would ask (main.ensure_profile).
        context.set_profile(save_profile(context.db, "Robin Hale", Role.COPY_EDITOR)[0])
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        window.open_path(str(ROOT / "resources" / "samples" / "harbour-bridge-talks.md"))
        wait_until(app, lambda: window.article is not None)
        settle(app)
        save(window, out / "main-window.png")
        dialog = PreferencesDialog(context, window.grammar, window)
        dialog.show()
        for section in SECTIONS:
            dialog.show_section(section)
            settle(app, 0.3)
            save(dialog, out / f"preferences-{section.lower().replace(' ', '-')}.png")
        dialog.close()
        about = AboutDialog(context, window)
        about.show()
        settle(app)
        save(about, out / "about.png")
        about.close()
        window.close()
        context.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshots")))
