# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Local mode: Java, consent to download, the download itself, start, crash and close.

A fake ``java`` (conftest.py) stands in for Java and LanguageTool's server, so
language-tool-python really spawns, polls, restarts and kills a process.
"""

from __future__ import annotations

import hashlib
import os
import threading

import pytest

from app.core.grammar.config import GrammarConfig, GrammarMode
from app.core.grammar.local import parse_java_major, required_java
from app.core.grammar.service import GrammarService, GrammarState

LOCAL = GrammarConfig(mode=GrammarMode.LOCAL, timeout_seconds=5.0)
ZIP = "/LanguageTool-6.8.zip"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('java version "1.8.0_381"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ("openjdk 11.0.2 2019-01-15", 11),
        ("Picked up _JAVA_OPTIONS\nnothing useful", None),
    ],
)
def test_java_versions(output: str, major: int | None) -> None:
    assert parse_java_major(output) == major


def test_languagetool_6_6_and_later_need_java_17() -> None:
    assert (required_java("6.8"), required_java("6.6"), required_java("6.5")) == (17, 17, 9)
    assert required_java("latest") == 17


def test_no_java(local_lt) -> None:
    local_lt.install()
    local_lt.set_java(None)
    service = GrammarService(LOCAL)
    result = service.check("Text.")
    assert result.unavailable_reason == (
        "Java is not installed; LanguageTool on this computer needs Java 17 or newer"
    )
    assert service.status().retry_in is None


def test_java_too_old(local_lt) -> None:
    local_lt.install()
    local_lt.set_java('openjdk version "11.0.22" 2024-01-16')
    result = GrammarService(LOCAL).check("Text.")
    assert result.unavailable_reason == (
        "LanguageTool needs Java 17 or newer; this computer has Java 11"
    )


def test_nothing_is_downloaded_without_consent(local_lt, fake_lt, lt_zip) -> None:
    fake_lt.files[ZIP] = lt_zip()
    config = GrammarConfig(mode=GrammarMode.LOCAL, download_url=fake_lt.url + ZIP)
    service = GrammarService(config)
    result = service.check("Text.")
    assert result.unavailable_reason == (
        "LanguageTool is not on this computer yet; it is a download of about 250 MB, "
        "which needs your agreement"
    )
    assert service.status().state is GrammarState.NEEDS_DOWNLOAD
    assert not local_lt.folder.exists()
    assert service.check("Again.").unavailable_reason == result.unavailable_reason


@pytest.mark.timeout(30)
def test_an_unreachable_download_host_fails_at_once(local_lt, fake_lt) -> None:
    address = fake_lt.url + ZIP
    fake_lt.stop()  # nothing listens there any more
    config = GrammarConfig(mode=GrammarMode.LOCAL, allow_download=True, download_url=address)
    status = GrammarService(config).prepare()
    assert status.state is GrammarState.UNAVAILABLE
    assert status.reason == (
        "could not reach 127.0.0.1 to download LanguageTool (no internet connection?)"
    )


def test_download_with_consent_then_check(local_lt, fake_lt, lt_zip, lt_fake, monkeypatch):
    archive = lt_zip()
    fake_lt.files[ZIP] = archive
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256", hashlib.sha256(archive).hexdigest())
    config = GrammarConfig(mode=GrammarMode.LOCAL, download_url=fake_lt.url + ZIP)
    service = GrammarService(config)
    assert service.check("Text.").unavailable_reason is not None  # no consent yet
    seen: list[tuple[int, int]] = []
    status = service.prepare(allow_download=True, progress=lambda d, t: seen.append((d, t)))
    try:
        assert status.state is GrammarState.READY, status.reason
        assert seen[-1] == (len(archive), len(archive))
        assert (local_lt.folder / "languagetool-server.jar").exists()
        assert service.check("Some text.").ok
    finally:
        service.close()


def test_a_download_that_does_not_match_its_checksum_is_not_installed(local_lt, fake_lt, lt_zip):
    fake_lt.files[ZIP] = lt_zip()  # the manifest's 6.8 checksum will not match
    config = GrammarConfig(mode=GrammarMode.LOCAL, download_url=fake_lt.url + ZIP)
    status = GrammarService(config).prepare(allow_download=True)
    assert status.reason == (
        "the downloaded LanguageTool did not match its published checksum; nothing was installed"
    )
    assert not local_lt.folder.exists()
    assert [p.name for p in local_lt.home.iterdir()] == []


def test_a_download_without_languagetool_in_it(local_lt, fake_lt, lt_zip, monkeypatch) -> None:
    archive = lt_zip(with_jar=False)
    fake_lt.files[ZIP] = archive
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256", hashlib.sha256(archive).hexdigest())
    config = GrammarConfig(mode=GrammarMode.LOCAL, download_url=fake_lt.url + ZIP)
    status = GrammarService(config).prepare(allow_download=True)
    assert status.reason == "the file downloaded from 127.0.0.1 did not contain LanguageTool 6.8"


def test_a_missing_download(local_lt, fake_lt) -> None:
    config = GrammarConfig(mode=GrammarMode.LOCAL, download_url=fake_lt.url + "/nothing.zip")
    status = GrammarService(config).prepare(allow_download=True)
    assert status.reason == "the LanguageTool download from 127.0.0.1 failed (HTTP 404)"


def test_a_cancelled_download_leaves_nothing(local_lt, fake_lt, monkeypatch) -> None:
    big = b"x" * (3 * 1024 * 1024)
    fake_lt.files[ZIP] = big
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256", hashlib.sha256(big).hexdigest())
    config = GrammarConfig(mode=GrammarMode.LOCAL, download_url=fake_lt.url + ZIP)
    cancel = threading.Event()
    status = GrammarService(config).prepare(
        allow_download=True, progress=lambda done, total: cancel.set(), cancel=cancel
    )
    assert status.state is GrammarState.NEEDS_DOWNLOAD
    assert status.reason == "the LanguageTool download was cancelled"
    assert [p.name for p in local_lt.home.iterdir()] == []


def test_local_languagetool_starts_checks_and_stops(local_lt, lt_fake) -> None:
    text = "Local 🎉 text with a wrod."
    local_lt.install(rules=[lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling")])
    service = GrammarService(LOCAL)
    try:
        result = service.check(text)
        assert [text[f.start : f.end] for f in result.findings] == ["wrod"]
    finally:
        service.close()
    (pid,) = local_lt.starts()
    assert not alive(pid)


def test_languagetool_crashing_mid_check_is_restarted(local_lt, lt_fake) -> None:
    text = "Another wrod."
    local_lt.install(
        rules=[lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling")], behaviours=["crash"]
    )
    service = GrammarService(LOCAL)
    try:
        result = service.check(text)
        assert [text[f.start : f.end] for f in result.findings] == ["wrod"]
    finally:
        service.close()
    first, second = local_lt.starts()
    assert not alive(first) and not alive(second)


@pytest.mark.timeout(60)
def test_a_languagetool_that_will_not_start_is_given_up_on(local_lt) -> None:
    local_lt.install(broken=True)
    service = GrammarService(LOCAL)
    result = service.check("Text.")
    assert result.unavailable_reason == (
        "LanguageTool on this computer could not be started or stopped working"
    )
    assert service.status().retry_in is not None
    assert local_lt.starts() == []


@pytest.mark.timeout(60)
def test_a_failed_start_moves_to_another_port(local_lt, lt_fake) -> None:
    text = "A wrod."
    local_lt.install(
        failing_starts=2, rules=[lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling")]
    )
    service = GrammarService(LOCAL)
    try:
        assert [text[f.start : f.end] for f in service.check(text).findings] == ["wrod"]
    finally:
        service.close()
    assert len(local_lt.starts()) == 1


def test_another_installed_languagetool_version_is_used(local_lt, lt_fake) -> None:
    text = "Older wrod."
    local_lt.install(rules=[lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling")])
    local_lt.folder.rename(local_lt.home / "LanguageTool-6.6")
    service = GrammarService(LOCAL)
    try:
        assert [text[f.start : f.end] for f in service.check(text).findings] == ["wrod"]
    finally:
        service.close()


def test_a_download_cancelled_from_a_check_still_needs_downloading(local_lt, fake_lt, monkeypatch):
    big = b"x" * (3 * 1024 * 1024)
    fake_lt.files[ZIP] = big
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256", hashlib.sha256(big).hexdigest())
    config = GrammarConfig(
        mode=GrammarMode.LOCAL, allow_download=True, download_url=fake_lt.url + ZIP
    )
    cancel = threading.Event()
    cancel.set()
    service = GrammarService(config)
    assert service.check("Text.", cancel=cancel).cancelled
    assert service.status().state is GrammarState.NEEDS_DOWNLOAD
