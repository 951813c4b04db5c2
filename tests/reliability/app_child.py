# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The real Copydesk window in a child process, typing, for the crash and concurrency tests.

Run as ``python tests/reliability/app_child.py --home HOME --log LOG [options]``. It
starts the app as ``copydesk`` does (``build_context``, ``ensure_profile``,
``MainWindow``, ``start_with``) offscreen, with dialogs written to the log instead of
shown. Once an article is in the editor it logs ``shown`` (with the text it came back
with), then types ``--chars`` characters at the end of the text, one every
``--type-ms``, through QTest key events, logging each. The parent kills it (SIGKILL)
whenever it likes; every log line is written straight to the kernel, so the log
survives the kill.

The autosave timer is the app's own; ``--autosave-ms`` sets its interval (the app's
setting has a 5-second floor, which would make each trial slow).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = "the council will vote on the harbour plan before the winter storms arrive "


def typed_text(count: int) -> str:
    """The characters the child types, in order: lower-case words and spaces."""
    return (WORDS * (count // len(WORDS) + 1))[:count]


class Log:
    """One JSON object a line, unbuffered (a SIGKILL loses nothing already logged)."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("a", encoding="utf-8", buffering=1)

    def write(self, event: str, **fields: object) -> None:
        fields.update(event=event, t=time.monotonic())
        self.handle.write(json.dumps(fields, ensure_ascii=False) + "\n")


def read_log(path: Path) -> list[dict]:
    """Every complete line of a child's log (a kill may cut the last one short)."""
    events = []
    if not path.exists():
        return events
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    return events


def _silence_dialogs(log: Log) -> None:
    from app.ui.dialogs import messages

    def show_problem(_parent: object, title: str, message: str) -> None:
        log.write("problem", title=title, message=message)

    def ask_conflict(_parent: object, message: str, *_texts: str) -> str:
        log.write("conflict", message=message)
        return "theirs"

    messages.show_problem = show_problem
    messages.ask_conflict = ask_conflict
    messages.ask_profile = lambda *_args: None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--log", required=True, type=Path)
    parser.add_argument("--draft", help="open this file; without it, reopen the last article")
    parser.add_argument("--autosave-ms", type=int, default=1000)
    parser.add_argument("--type-ms", type=int, default=15)
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--save-every", type=int, default=0, help="File > Save every N characters")
    parser.add_argument("--exit-after-shown", action="store_true", help="close the window normally")
    options = parser.parse_args()

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.main import build_context, ensure_profile, start_with
    from app.ui.main_window import MainWindow

    log = Log(options.log)
    app = QApplication(sys.argv[:1])
    _silence_dialogs(log)
    context = build_context(data_dir=options.home)
    ensure_profile(context)
    context.signals.statusMessage.connect(lambda text: log.write("status", message=text))
    window = MainWindow(context)
    window.articles.autosave_timer.setInterval(options.autosave_ms)
    window.articles.saveStateChanged.connect(lambda state: log.write("state", state=state))
    window.show()
    to_type = typed_text(options.chars)
    typed = 0
    typist = QTimer(interval=options.type_ms)

    def type_one() -> None:
        nonlocal typed
        if typed >= len(to_type):
            typist.stop()
            log.write("done", typed=typed)
            return
        QTest.keyClick(window.editor, to_type[typed])
        typed += 1
        log.write("typed", n=typed)
        if options.save_every and typed % options.save_every == 0:
            window.save_action.trigger()
            log.write("save", n=typed)

    def on_shown(article: object) -> None:
        snapshot = window.editor.document_snapshot().text
        log.write("shown", article=article.id, text=article.document.text, editor=snapshot)
        if options.exit_after_shown:
            window.close()
            app.quit()
            return
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        window.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        typist.start()

    window.articles.articleShown.connect(on_shown)
    typist.timeout.connect(type_one)
    start_with(window, options.draft)
    if not options.draft and not context.settings.last_article_id:
        log.write("nothing-to-reopen")
    log.write("started", pid=os.getpid())
    code = app.exec()
    log.write("exited", code=code)
    return code


if __name__ == "__main__":
    sys.exit(main())
