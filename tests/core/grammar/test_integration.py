# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Integration test against a REAL LanguageTool; skipped unless one is configured.

- ``COPYDESK_TEST_LANGUAGETOOL_URL=http://host:8081`` runs it against that server;
- ``LTP_PATH=/folder/with/LanguageTool-6.8`` (Java 17+ on PATH) runs it with
  LanguageTool started on this computer. Nothing is downloaded: put LanguageTool
  there first (see docs/languagetool.md).

The fake-server contract tests (test_contract.py) pin the client; this one
shows that real LanguageTool answers the way the fake does: rule ids, UTF-16
offsets around emoji, categories and the quote policy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace

import pytest

from app.core.grammar.config import GrammarConfig, GrammarMode, normalise_server_url
from app.core.grammar.local import installed_version
from app.core.grammar.service import GrammarService

pytestmark = pytest.mark.external

URL_ENV = "COPYDESK_TEST_LANGUAGETOOL_URL"
_SERVER = os.environ.get(URL_ENV, "").strip()
_LOCAL = os.environ.get("LTP_PATH", "").strip()


def _configs() -> list[object]:
    server = GrammarConfig(
        mode=GrammarMode.SERVER,
        server_url=normalise_server_url(_SERVER) if _SERVER else "",
        timeout_seconds=60.0,
        max_chunk_units=400,  # several requests for the long draft
    )
    local = replace(server, mode=GrammarMode.LOCAL, server_url="")
    return [
        pytest.param(
            server,
            id="server",
            marks=pytest.mark.skipif(
                not _SERVER, reason=f"set {URL_ENV} to a LanguageTool server to run this"
            ),
        ),
        pytest.param(
            local,
            id="local",
            marks=pytest.mark.skipif(
                not _LOCAL, reason="set LTP_PATH to a folder holding LanguageTool to run this"
            ),
        ),
    ]


@pytest.fixture(params=_configs())
def service(request: pytest.FixtureRequest) -> Iterator[GrammarService]:
    config: GrammarConfig = request.param
    if config.mode is GrammarMode.LOCAL and installed_version(config.languagetool_version) is None:
        pytest.fail(f"LTP_PATH={_LOCAL} holds no LanguageTool; see docs/languagetool.md")
    grammar = GrammarService(config)
    yield grammar
    grammar.close()


def spans(text: str, result) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in result.findings]


def test_a_vs_an_is_found_after_emoji(service: GrammarService) -> None:
    text = "🎉🎉 The parade was an big success, organisers said on Sunday. 🚀 It was an test."
    result = service.check(text, quotes=[])
    assert result.ok, result.unavailable_reason
    found = [f for f in result.findings if f.rule == "lt.EN_A_VS_AN"]
    assert [text[f.start : f.end] for f in found] == ["an", "an"]
    assert "a" in found[0].replacements
    assert found[0].category == "grammar"


def test_quoted_words_follow_the_house_policy(service: GrammarService) -> None:
    text = "The coach said “it were an mistake, a real disapointment” after the match."
    result = service.check(text)
    assert result.ok, result.unavailable_reason
    inside = [(f.category, f.inside_quote, text[f.start : f.end]) for f in result.findings]
    assert ("spelling", True, "disapointment") in inside
    assert all(category == "spelling" for category, quoted, _ in inside if quoted)
    assert not any(word == "an" for _, _, word in inside)


def test_a_long_draft_in_chunks(service: GrammarService) -> None:
    paragraph = "Officials 🚒 said it was an unusual week, and an test run went well.\n\n"
    text = paragraph * 15
    seen: list[tuple[int, int]] = []
    result = service.check(text, progress=lambda done, total: seen.append((done, total)))
    assert result.ok, result.unavailable_reason
    hits = [f for f in result.findings if f.rule == "lt.EN_A_VS_AN"]
    assert len(hits) == 15 and all(text[f.start : f.end] == "an" for f in hits)
    assert seen[-1][0] == seen[-1][1] >= 1
