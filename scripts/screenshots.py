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
from app.ui.memory import tune_interpreter  # noqa: E402


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


def take_sources(app: QApplication, window: MainWindow, out: Path) -> None:
    """The Sources panel: a quote verified, another compared with the reporter's notes."""
    window.sources_dock.raise_()
    notes = (
        "Delgado on the phone, Tuesday: until I see it on paper my members stay on the dock. "
        "Whitcombe: nobody wants another week of this, we are close but not there yet."
    )
    from app.ui.dialogs import messages

    original = messages.ask_notes
    messages.ask_notes = lambda parent: ("phone notes", notes)
    window.sources.attach_notes()
    messages.ask_notes = original
    wait_until(app, lambda: window.sources.notes)
    panel = window.sources_panel
    model = panel.model
    for row in range(model.rowCount()):
        source = model.source_at(model.index(row, 0))
        if source is not None and source.name.startswith("Rosa"):
            direct = next(i for i, q in enumerate(source.quotes) if q.quote.direct)
            panel.tree.setCurrentIndex(model.index(direct, 0, model.index(row, 0)))
            break
    settle(app, 1.0)
    save(window, out / "sources.png")
    window.findings_dock.raise_()


def take_workflow(app: QApplication, window: MainWindow, out: Path) -> None:
    """A copy editor's note on words for the writer, and the article's history."""
    from app.ui.dialogs import messages

    text = window.editor.toPlainText()
    start = text.index("4 crew")
    window.editor.select_python_range(start, start + len("4 crew"))
    original = messages.ask_text
    answers = iter(["AP style: four. And is it crew or crews?", "Ready for the desk"])
    messages.ask_text = lambda *args, **kwargs: next(answers)
    window.workflow.add_note()
    wait_until(app, lambda: window.workflow.notes)
    messages.ask_text = original
    window.workflow_dock.raise_()
    settle(app, 1.0)
    save(window, out / "workflow.png")
    from app.ui.dialogs.workflow_dialogs import ApprovalDialog

    dialog = ApprovalDialog(window, window.article.title, window.workflow.current_checklist())
    dialog.show()
    settle(app, 0.5)
    save(dialog, out / "approval-checklist.png")
    dialog.close()


def take_dark(app: QApplication, window: MainWindow, out: Path) -> None:
    from app.ui.theme import apply_theme

    apply_theme(app, "dark")
    settle(app, 1.0)
    save(window, out / "main-window-dark.png")
    apply_theme(app, "light")
    settle(app, 0.5)


def take_rule_stats(app: QApplication, window: MainWindow, out: Path) -> None:
    """Review > Rule Statistics after a few decisions on the sample's own findings."""
    from app.core.decisions import DecisionKind, record_decision

    article, text = window.article, window.editor.toPlainText()
    findings = list(window.review.result.findings)
    choices = [
        (DecisionKind.APPLIED, ""),
        (DecisionKind.DISMISS_HERE, "in a quotation"),
        (DecisionKind.DISMISS_HERE, "the desk allows it"),
        (DecisionKind.DISMISS_ARTICLE, "the desk allows it"),
        (DecisionKind.APPLIED, ""),
    ]
    for finding, (kind, reason) in zip(findings, choices, strict=False):
        record_decision(window.context.db, article.id, finding, text, kind, who="Robin Hale",
                        reason=reason)  # fmt: skip
    window.show_rule_statistics()
    dialog = window.rule_stats_dialog
    wait_until(app, lambda: dialog.table.topLevelItemCount() > 0)
    settle(app)
    save(dialog, out / "rule-statistics.png")
    dialog.close()


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tune_interpreter()
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
        wait_until(app, lambda: window.review.result is not None and window.review.result.findings)
        wait_until(app, lambda: window.sources.analysis is not None)
        settle(app, 1.5)
        # The review: the first finding selected, its explanation under the list.
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
        window.review.next_finding(True)
        settle(app, 0.8)
        save(window, out / "main-window.png")
        take_sources(app, window, out)
        take_workflow(app, window, out)
        take_dark(app, window, out)
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
        take_rule_stats(app, window, out)
        window.close()
        context.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshots")))
