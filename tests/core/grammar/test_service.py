# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""GrammarService: status for the UI, back-off, quotes, paragraph checks, threads, close.

Runs against the fake LanguageTool server through the real client (see test_contract.py).
"""

from __future__ import annotations

import threading
from dataclasses import replace

from app.core.grammar.config import GrammarConfig, GrammarMode
from app.core.grammar.service import (
    FIRST_BACKOFF,
    GrammarService,
    GrammarState,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_off_is_not_a_failure() -> None:
    service = GrammarService(GrammarConfig())
    result = service.check("Any text.")
    assert result.unavailable_reason is not None
    assert result.unavailable_reason.startswith("grammar checking is off")
    assert service.status().state is GrammarState.OFF
    assert service.prepare().state is GrammarState.OFF


def test_a_configuration_problem_is_reported_and_sticks() -> None:
    config = GrammarConfig(mode=GrammarMode.SERVER, problem="“x y” is not a web address")
    service = GrammarService(config)
    status = service.status()
    assert status.state is GrammarState.UNAVAILABLE and status.retry_in is None
    assert status.message == "Grammar check unavailable: “x y” is not a web address"
    assert service.check("Text.").unavailable_reason == "“x y” is not a web address"


def test_status_goes_from_idle_to_ready(fake_lt, server_config) -> None:
    service = GrammarService(server_config())
    assert service.status().state is GrammarState.IDLE
    assert service.check("Text.").ok
    status = service.status()
    assert (status.state, status.reason, status.message) == (
        GrammarState.READY,
        None,
        "Grammar check ready",
    )


def test_a_dead_server_is_not_hammered(fake_lt, lt_fake, server_config) -> None:
    clock = Clock()
    service = GrammarService(server_config(), clock=clock)
    fake_lt.behaviours = ["error500"]
    first = service.check("One.")
    assert first.unavailable_reason is not None
    status = service.status()
    assert status.state is GrammarState.UNAVAILABLE and status.retry_in == FIRST_BACKOFF
    assert status.message == f"Grammar check unavailable: {first.unavailable_reason}"

    asked = len(fake_lt.checks())
    clock.now += FIRST_BACKOFF / 2
    again = service.check("Two.")
    assert again.unavailable_reason == first.unavailable_reason
    assert len(fake_lt.checks()) == asked  # answered from the back-off, no request

    fake_lt.behaviours = ["error500"]
    clock.now += FIRST_BACKOFF
    assert not service.check("Three.").ok
    assert service.status().retry_in == 2 * FIRST_BACKOFF  # backing off further

    clock.now += 2 * FIRST_BACKOFF
    assert service.check("Four.").ok
    assert service.status().state is GrammarState.READY


def test_retry_now_skips_the_back_off(fake_lt, server_config) -> None:
    clock = Clock()
    service = GrammarService(server_config(), clock=clock)
    fake_lt.behaviours = ["garbage"]
    assert not service.check("One.").ok
    service.retry_now()
    assert service.status().state is GrammarState.IDLE
    assert service.check("Two.").ok


def test_quoted_words_follow_the_house_policy(fake_lt, lt_fake, server_config) -> None:
    text = "The mayor said “we was never told abuot it” and left. He were late."
    fake_lt.rules = [
        lt_fake.FakeRule(r"we was", "WE_WAS", "GRAMMAR", "grammar"),
        lt_fake.FakeRule(r"abuot", "TYPO", "TYPOS", "misspelling", replacements=["about"]),
        lt_fake.FakeRule(r"He were", "HE_WERE", "GRAMMAR", "grammar"),
    ]
    result = GrammarService(server_config()).check(text)
    kept = [(f.rule, text[f.start : f.end], f.inside_quote) for f in result.findings]
    assert kept == [("lt.TYPO", "abuot", True), ("lt.HE_WERE", "He were", False)]


def test_a_paragraph_check_comes_back_in_document_offsets(fake_lt, lt_fake, server_config):
    document = "First paragraph 🎉 is fine.\n\n“A quote that runs on\n\nand a wrod here.”\n"
    start = document.index("and a wrod")
    paragraph = document[start : document.index("\n", start)]
    fake_lt.rules = [
        lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling"),
        lt_fake.FakeRule(r"a wrod", "A_WROD", "GRAMMAR", "grammar"),
    ]
    quotes = [(document.index("A quote"), document.index("”"))]
    service = GrammarService(server_config())
    result = service.check_paragraph(paragraph, start, quotes=quotes)
    assert [(f.rule, document[f.start : f.end], f.inside_quote) for f in result.findings] == [
        ("lt.TYPO", "wrod", True)
    ]
    assert fake_lt.checks()[-1]["text"] == paragraph
    alone = service.check_paragraph(paragraph, start)  # without the document's quotes
    assert [document[f.start : f.end] for f in alone.findings] == ["a wrod", "wrod"]


def test_checks_on_several_threads_keep_their_offsets(fake_lt, lt_fake, server_config) -> None:
    texts = [("🎉" * n) + f" item {n} has a wrod." for n in range(8)]
    fake_lt.rules = [lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling")]
    service = GrammarService(server_config())
    results: dict[int, list[str]] = {}

    def run(n: int) -> None:
        for _ in range(5):
            found = service.check(texts[n]).findings
            results.setdefault(n, []).extend(texts[n][f.start : f.end] for f in found)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {n: ["wrod"] * 5 for n in range(len(texts))}


def test_close_stops_the_service(fake_lt, server_config) -> None:
    service = GrammarService(server_config())
    assert service.check("Text.").ok
    service.close()
    service.close()
    assert service.check("Text.").unavailable_reason == "grammar checking was stopped"


def test_a_smaller_server_limit_is_remembered(fake_lt, server_config) -> None:
    fake_lt.max_text_length = 300
    service = GrammarService(server_config())
    text = "\n\n".join(["Words in a paragraph that is long enough to count."] * 12)
    assert service.check(text).ok
    refused = len(fake_lt.checks())
    assert service.check(text).ok
    assert len(fake_lt.checks()) - refused == refused - 1  # no refusal the second time


def test_a_server_that_allows_almost_nothing(fake_lt, server_config) -> None:
    fake_lt.max_text_length = 50
    result = GrammarService(server_config()).check("A paragraph. " * 40)
    assert result.unavailable_reason == (
        f"the LanguageTool server at {fake_lt.url} accepts only 50 characters at a time, "
        "too few to check prose"
    )


def test_the_message_of_a_result() -> None:
    config = replace(GrammarConfig(), mode=GrammarMode.SERVER, problem="no address")
    result = GrammarService(config).check("x")
    assert result.message == "Grammar check unavailable: no address"
