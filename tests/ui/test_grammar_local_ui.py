# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Local LanguageTool from the window: no Java, consent to download, progress and Cancel.

A fake ``java`` (tests/core/grammar/conftest.py) stands in for Java and
LanguageTool's server, and a loopback web server for the download host, so
language-tool-python really starts and stops a process.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.ui.dialogs import messages
from app.ui.main_window import MainWindow
from tests.core.grammar.conftest import LocalLanguageTool, languagetool_zip
from tests.core.grammar.fake_languagetool import FakeLanguageTool
from tests.ui.grammar_support import close_window, open_draft, serve_languagetool

ZIP = "/LanguageTool-6.8.zip"
MEGABYTE = 1024 * 1024


@pytest.fixture
def fake_lt() -> Iterator[FakeLanguageTool]:
    yield from serve_languagetool()


@pytest.fixture
def local_lt(tmp_path, monkeypatch) -> LocalLanguageTool:
    return LocalLanguageTool(tmp_path / "local", monkeypatch)


class Answers:
    """Stands in for the two grammar dialogs in app.ui.dialogs.messages."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, downloads: list[bool]) -> None:
        self.downloads = downloads
        self.asked: list[str] = []
        self.explained: list[tuple[str, str]] = []
        monkeypatch.setattr(messages, "ask_download", self.ask_download)
        monkeypatch.setattr(messages, "explain_grammar_problem", self.explain)

    def ask_download(self, _parent: object, size: str) -> bool:
        self.asked.append(size)
        return self.downloads.pop(0)

    def explain(self, _parent: object, message: str, help_text: str) -> None:
        self.explained.append((message, help_text))


def local_window(qtbot: Any, context: Any, **config: Any) -> MainWindow:
    context.settings.languagetool_mode = "local"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.grammar.configure(timeout_seconds=5.0, **config)
    window.show()
    return window


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_missing_java_is_explained_plainly(
    qtbot, context, dialogs, local_lt, tmp_path, monkeypatch
):
    local_lt.set_java(None)
    answers = Answers(monkeypatch, [])
    window = local_window(qtbot, context)
    try:
        open_draft(qtbot, window, tmp_path)
        status = window.grammar_status
        qtbot.waitUntil(lambda: answers.explained != [], timeout=10_000)
        message, help_text = answers.explained[0]
        assert message == (
            "Grammar check unavailable: Java is not installed; "
            "LanguageTool on this computer needs Java 17 or newer"
        )
        assert "default-jre-headless" in help_text and "server" in help_text
        assert status.message == message
        assert status.action_button.text() == "Retry"
        assert answers.asked == []  # nothing to download while Java is missing
        qtbot.wait(600)
        assert len(answers.explained) == 1  # said once, not at every keystroke
    finally:
        close_window(qtbot, window)


def test_download_only_after_agreement_then_check_and_stop(
    qtbot, context, dialogs, local_lt, fake_lt, tmp_path, monkeypatch
):
    archive = languagetool_zip()
    fake_lt.files[ZIP] = archive
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256", hashlib.sha256(archive).hexdigest())
    answers = Answers(monkeypatch, [False, True])
    window = local_window(qtbot, context, download_url=fake_lt.url + ZIP)
    try:
        open_draft(qtbot, window, tmp_path)
        status = window.grammar_status
        qtbot.waitUntil(lambda: "needs your agreement" in status.message, timeout=10_000)
        assert answers.asked == ["about 250 MB"]
        assert not local_lt.folder.exists()
        qtbot.waitUntil(lambda: status.action_button.text() == "Download…")
        status.action_button.click()
        qtbot.waitUntil(lambda: local_lt.starts() != [], timeout=30_000)
        qtbot.waitUntil(lambda: not window.grammar.busy and status.message == "", timeout=30_000)
        assert answers.asked == ["about 250 MB", "about 250 MB"]
        assert window.grammar.status().state == "ready"
    finally:
        close_window(qtbot, window)
    (pid,) = local_lt.starts()
    assert not alive(pid)  # LanguageTool stops with the window


class SlowDownload:
    """A download host that sends one megabyte every 0.2 seconds."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.stop = threading.Event()
        body_size = size

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(body_size))
                self.end_headers()
                try:
                    for _ in range(body_size // MEGABYTE):
                        if outer.stop.wait(0.2):
                            return
                        self.wfile.write(b"x" * MEGABYTE)
                except OSError:
                    return

        outer = self
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{ZIP}"

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def test_the_download_shows_progress_and_can_be_cancelled(
    qtbot, context, dialogs, local_lt, tmp_path, monkeypatch
):
    host = SlowDownload(40 * MEGABYTE)
    answers = Answers(monkeypatch, [True])
    window = local_window(qtbot, context, download_url=host.url)
    try:
        open_draft(qtbot, window, tmp_path)
        status = window.grammar_status
        qtbot.waitUntil(lambda: status.progress.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: status.progress.value() >= 1, timeout=10_000)
        assert status.progress.maximum() == 40
        assert status.progress.text() == f"LanguageTool {status.progress.value()} of 40 MB"
        status.cancel_button.click()
        qtbot.waitUntil(lambda: not window.grammar.busy, timeout=10_000)
        expected = "Grammar check unavailable: the LanguageTool download was cancelled"
        qtbot.waitUntil(lambda: status.message == expected)
        assert status.action_button.text() == "Download…" and status.progress.isHidden()
        assert answers.asked == ["about 250 MB"]
        assert list(local_lt.home.iterdir()) == []  # nothing half-downloaded is left
    finally:
        close_window(qtbot, window)
        host.close()


def test_test_connection_in_local_mode_starts_no_second_languagetool(qtbot, window, local_lt):
    window.preferences_action.trigger()
    page = window.preferences_dialog.grammar_page
    page.mode_buttons["local"].setChecked(True)

    def report() -> str:
        page.test_button.click()
        qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
        return page.test_result.text()

    assert report() == (
        "Java is ready. LanguageTool is not on this computer yet (about 250 MB); "
        "Copydesk asks before downloading it."
    )
    local_lt.install()
    assert report() == "Java and LanguageTool 6.8 are ready on this computer."
    local_lt.set_java('openjdk version "11.0.2" 2019-01-15')
    assert report() == (
        "Grammar check unavailable: LanguageTool needs Java 17 or newer; this computer has Java 11"
    )
    assert local_lt.starts() == []
