# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A LanguageTool HTTP server look-alike for contract tests, written from LanguageTool's API.

It answers ``GET /v2/languages``, ``GET /v2/healthcheck`` and ``POST /v2/check``
as LanguageTool's server does (``RuleMatchesAsJsonSerializer`` and
``LanguageToolHttpHandler`` in languagetool-server; the public API docs at
https://languagetool.org/http-api/): matches with ``offset``/``length`` in
UTF-16 units, ``replacements`` as ``[{"value": …}]``, ``rule`` with ``id``,
``issueType``, ``urls`` and ``category``; errors as ``Error: <message>`` in
plain text with status 400/413/500/503.

What it flags is set by ``FakeRule``s (a regular expression and the match to
report), so a test states both the text and LanguageTool's answer. Behaviours
such as ``"garbage"``, ``"error500"``, ``"drop"`` (connection broken in the
middle of the reply) or ``"slow"`` are queued per request.

Run as a script (``python fake_languagetool.py --port N --state FILE``) it is
the "LanguageTool server" the fake ``java`` starts in the local-mode tests.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import threading
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]
CATEGORY_NAMES = {
    "TYPOS": "Possible Typo",
    "GRAMMAR": "Grammar",
    "PUNCTUATION": "Punctuation",
    "STYLE": "Style",
    "TYPOGRAPHY": "Typography",
    "CONFUSED_WORDS": "Commonly Confused Words",
}


@dataclass
class FakeRule:
    """Report ``pattern``'s matches (group 1 if it has one) as this LanguageTool rule."""

    pattern: str
    rule_id: str
    category: str = "GRAMMAR"
    issue_type: str = "grammar"
    message: str = "Possible grammar problem."
    replacements: list[str] = field(default_factory=list)
    url: str = ""


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def match_json(text: str, start: int, end: int, rule: FakeRule) -> dict[str, Any]:
    """One match as LanguageTool 6.x writes it; offsets in UTF-16 units like Java."""
    offset, length = utf16_units(text[:start]), utf16_units(text[start:end])
    left = max(0, start - 20)
    context = text[left : end + 20].replace("\n", " ")
    rule_json: dict[str, Any] = {
        "id": rule.rule_id,
        "description": rule.message,
        "issueType": rule.issue_type,
        "category": {"id": rule.category, "name": CATEGORY_NAMES.get(rule.category, "Misc")},
    }
    if rule.url:
        rule_json["urls"] = [{"value": rule.url}]
    return {
        "message": rule.message,
        "shortMessage": "",
        "replacements": [{"value": value} for value in rule.replacements],
        "offset": offset,
        "length": length,
        "context": {
            "text": context,
            "offset": utf16_units(text[left:start]),
            "length": length,
        },
        "sentence": text.strip(),
        "type": {"typeName": "Other"},
        "rule": rule_json,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_json(text: str, language: str, rules: list[FakeRule]) -> dict[str, Any]:
    matches = []
    for rule in rules:
        for found in re.finditer(rule.pattern, text):
            group = 1 if found.re.groups else 0
            matches.append((found.start(group), found.end(group), rule))
    matches.sort(key=lambda item: (item[0], item[1]))
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.8",
            "buildDate": "2026-01-01 00:00:00 +0000",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": language,
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.9},
        },
        "matches": [match_json(text, start, end, rule) for start, end, rule in matches],
        "sentenceRanges": [[0, utf16_units(text)]],
    }


class FakeLanguageTool:
    """The server, in a thread. ``requests`` holds each check's form fields, in order."""

    def __init__(self, port: int = 0) -> None:
        self.rules: list[FakeRule] = []
        self.requests: list[dict[str, str]] = []
        self.behaviours: list[str] = []  # consumed one per /v2/check; then "normal"
        self.delay = 0.0  # seconds, for "slow"
        self.max_text_length: int | None = None
        self.files: dict[str, bytes] = {}  # GET path → body, for download tests
        self.prefix = ""  # serve the API under a path, as behind a newsroom's proxy
        self.crash_file: Path | None = None  # subprocess only: "crash" exits the process
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeLanguageTool:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def checks(self) -> list[dict[str, str]]:
        with self._lock:
            return list(self.requests)

    def next_behaviour(self, fields: dict[str, str]) -> str:
        with self._lock:
            self.requests.append(fields)
            return self.behaviours.pop(0) if self.behaviours else "normal"

    def sleep(self, seconds: float) -> None:
        self._stop.wait(seconds)


def _handler(fake: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            path = urlsplit(self.path).path.removeprefix(fake.prefix)
            if path == "/v2/languages":
                self._send(200, json.dumps(LANGUAGES).encode(), "application/json")
            elif path == "/v2/healthcheck":
                self._send(200, b"OK", "text/plain")
            elif path in fake.files:
                self._send(200, fake.files[path], "application/zip")
            else:
                self._send(404, b"Error: not found", "text/plain")

        def do_POST(self) -> None:
            size = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(size).decode("utf-8")
            fields = {key: values[-1] for key, values in parse_qs(body).items()}
            if urlsplit(self.path).path.removeprefix(fake.prefix) != "/v2/check":
                self._send(404, b"Error: not found", "text/plain")
                return
            behaviour = fake.next_behaviour(fields)
            text = fields.get("text", "")
            if fake.max_text_length is not None and utf16_units(text) > fake.max_text_length:
                message = (
                    f"Error: Your text exceeds the limit of {fake.max_text_length} characters "
                    f"(it's {utf16_units(text)} characters). Please submit a shorter text."
                )
                self._send(413, message.encode(), "text/plain")
                return
            self._behave(behaviour, text, fields.get("language", "en-US"))

        def _behave(self, behaviour: str, text: str, language: str) -> None:
            if behaviour == "slow":
                fake.sleep(fake.delay)
            if behaviour == "crash" and fake.crash_file is not None:
                fake.crash_file.write_text("crashed")
                os._exit(3)
            if behaviour == "garbage":
                self._send(200, b"<html><body>Welcome to nginx!</body></html>", "text/html")
            elif behaviour == "binary":
                self._send(200, b"\xff\xfe\x00\x9c garbage", "application/octet-stream")
            elif behaviour == "error500":
                message = b"Error: Internal Error: java.lang.OutOfMemoryError: Java heap space"
                self._send(500, message, "text/plain")
            elif behaviour == "bad_request":
                message = b"Error: 'xx' is not a language code known to LanguageTool."
                self._send(400, message, "text/plain")
            elif behaviour == "wrong_shape":
                self._send(200, json.dumps({"software": {}}).encode(), "application/json")
            elif behaviour == "drop":
                self._drop(json.dumps(check_json(text, language, fake.rules)).encode())
            else:
                answer = json.dumps(check_json(text, language, fake.rules)).encode()
                self._send(200, answer, "application/json")

        def _drop(self, whole: bytes) -> None:
            """Promise the whole answer, send half, and hang up (a server dying mid-reply)."""
            self.close_connection = True
            try:
                self._send_headers(200, len(whole), "application/json")
                self.wfile.write(whole[: len(whole) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        def _send_headers(self, status: int, length: int, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(length))
            self.end_headers()

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            try:
                self._send_headers(status, len(body), content_type)
                self.wfile.write(body)
            except OSError:
                self.close_connection = True  # the client gave up (a timeout test)

    return Handler


def save_state(
    path: Path, rules: list[FakeRule], behaviours: list[str], delay: float = 0.0
) -> None:
    """Write what a subprocess server should do (the local-mode tests, the soak test)."""
    state = {"rules": [asdict(rule) for rule in rules], "behaviours": behaviours, "delay": delay}
    path.write_text(json.dumps(state), encoding="utf-8")


def _serve_from_state(port: int, state: Path) -> None:
    data = json.loads(state.read_text(encoding="utf-8"))
    fake = FakeLanguageTool(port)
    fake.rules = [FakeRule(**rule) for rule in data["rules"]]
    crash_file = state.with_suffix(".crashed")
    behaviours = list(data["behaviours"])
    if crash_file.exists():  # "crash once": the restarted server behaves
        behaviours = [b for b in behaviours if b != "crash"]
    fake.behaviours = behaviours
    fake.delay = float(data.get("delay", 0.0))
    fake.crash_file = crash_file
    starts = state.with_suffix(".starts")
    with starts.open("a", encoding="utf-8") as log:
        log.write(f"{os.getpid()}\n")
    fake.start()
    threading.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--state", type=Path, required=True)
    arguments = parser.parse_args()
    _serve_from_state(arguments.port, arguments.state)
