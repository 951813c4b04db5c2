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

from app.ui.dialogs.about import AboutDialog  # noqa: E402
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


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    with tempfile.TemporaryDirectory() as home:
        context = build_context(data_dir=home)
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        window.open_path(str(ROOT / "resources" / "samples" / "harbour-bridge-talks.md"))
        wait_until(app, lambda: window.article is not None)
        settle(app)
        about = AboutDialog(context, window)
        about.show()
        settle(app)
        shots = {"main-window.png": window, "about.png": about}
        for name, widget in shots.items():
            widget.grab().save(str(out / name))
            print(out / name)
        about.close()
        window.close()
        context.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshots")))
