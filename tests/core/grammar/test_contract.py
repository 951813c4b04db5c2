# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""CONTRACT TEST: Copydesk's grammar client against LanguageTool's documented HTTP API.

LanguageTool itself cannot be downloaded on the build machines, so these tests
start a LanguageTool look-alike on loopback (fake_languagetool.py: ``/v2/check``,
``/v2/languages`` and ``/v2/healthcheck`` answering the JSON and error bodies
LanguageTool's server writes, offsets in UTF-16 units) and go through the REAL
language-tool-python client, as the app does. They pin what the client sends
(form fields), what it makes of LanguageTool's answers (offsets with emoji and
curly quotes, overlapping matches, empty results) and how every failure
(HTTP 500, garbage, a connection dropped mid-reply, a slow server, a server
that is down, a text over the server's limit) becomes a plain reason. What
they cannot show is that the real LanguageTool answers like the fake; the
integration test (test_integration.py) does that where LanguageTool is available.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

import pytest
from language_tool_python import LanguageTool
from language_tool_python.match import Match

from app.core.grammar.client import Engine
from app.core.grammar.config import normalise_server_url
from app.core.grammar.service import GrammarService

# Non-BMP characters (two UTF-16 units each) before, inside and after matches;
# curly quotes and accents are one unit each.
EMOJI_TEXT = "Crowds 🎉🎉 cheered as the “mayor” arived; the 🚀 launch was bad-🙂-timed. Teh end."


def words(text: str, findings: Any) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in findings]


def test_the_wrapper_corrects_offsets_but_not_lengths_for_emoji(fake_lt, lt_fake) -> None:
    """language-tool-python 3.4.0 as found: Match.offset in code points, error_length in UTF-16.

    If a later version also corrects the length, this fails, and
    mapping.finding_from_match must stop correcting it (or it would double-correct).
    """
    fake_lt.rules = [lt_fake.FakeRule(r"bad-🙂-timed", "HYPHEN", "TYPOGRAPHY", "typographical")]
    tool = LanguageTool("en-US", remote_server=fake_lt.url)
    try:
        (match,) = tool.check(EMOJI_TEXT)
    finally:
        tool.close()
    start = EMOJI_TEXT.index("bad-")
    assert match.offset == start
    assert match.error_length == len("bad-🙂-timed") + 1  # the emoji counted twice


def test_match_objects_built_from_raw_json_behave_the_same(lt_fake) -> None:
    raw = lt_fake.check_json(EMOJI_TEXT, "en-US", [lt_fake.FakeRule(r"Teh", "TYPO", "TYPOS")])
    match = Match(copy.deepcopy(raw["matches"][0]), EMOJI_TEXT)
    assert EMOJI_TEXT[match.offset : match.offset + match.error_length] == "Teh"


def test_findings_land_on_the_right_words_with_emoji_and_curly_quotes(
    fake_lt, lt_fake, server_config
) -> None:
    fake_lt.rules = [
        lt_fake.FakeRule(r"Crowds 🎉🎉", "EMOJI_SPAN", "STYLE", "style"),
        lt_fake.FakeRule(r"“mayor”", "QUOTES", "TYPOGRAPHY", "typographical"),
        lt_fake.FakeRule(
            r"arived",
            "MORFOLOGIK_RULE_EN_US",
            "TYPOS",
            "misspelling",
            replacements=["arrived", "derived"],
        ),
        lt_fake.FakeRule(r"bad-🙂-timed", "HYPHEN", "TYPOGRAPHY", "typographical"),
        lt_fake.FakeRule(r"Teh", "TYPO", "TYPOS", "misspelling", replacements=["The"]),
    ]
    result = GrammarService(server_config()).check(EMOJI_TEXT, quotes=[])
    assert result.ok, result.unavailable_reason
    assert words(EMOJI_TEXT, result.findings) == [
        ("lt.EMOJI_SPAN", "Crowds 🎉🎉"),
        ("lt.QUOTES", "“mayor”"),
        ("lt.MORFOLOGIK_RULE_EN_US", "arived"),
        ("lt.HYPHEN", "bad-🙂-timed"),
        ("lt.TYPO", "Teh"),
    ]
    arived = result.findings[2]
    assert (arived.category, arived.severity, arived.replacements) == (
        "spelling",
        "error",
        ("arrived", "derived"),
    )


def test_overlapping_matches_are_both_kept(fake_lt, lt_fake, server_config) -> None:
    text = "Their going to the the meeting tomorrow."
    fake_lt.rules = [
        lt_fake.FakeRule(
            r"Their going", "THEIR_IS", "CONFUSED_WORDS", "grammar", replacements=["They're going"]
        ),
        lt_fake.FakeRule(r"Their", "THEIR_THERE", "CONFUSED_WORDS", "grammar"),
        lt_fake.FakeRule(
            r"the the", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", replacements=["the"]
        ),
    ]
    result = GrammarService(server_config()).check(text)
    assert words(text, result.findings) == [
        ("lt.THEIR_THERE", "Their"),
        ("lt.THEIR_IS", "Their going"),
        ("lt.ENGLISH_WORD_REPEAT_RULE", "the the"),
    ]
    assert [f.category for f in result.findings] == ["confusable", "confusable", "repetition"]


def test_a_clean_text_gives_no_findings(fake_lt, server_config) -> None:
    result = GrammarService(server_config()).check("The council met on Tuesday.")
    assert result.ok and result.findings == ()
    assert len(fake_lt.checks()) == 1


def test_the_form_fields_sent(fake_lt, server_config) -> None:
    config = server_config(
        language="en-GB",
        picky=True,
        disabled_rules=frozenset({"EN_QUOTES"}),
        disabled_categories=frozenset({"TYPOS"}),
    )
    text = "The committee have met."
    GrammarService(config).check(text, disabled_lt_rules={"lt.OXFORD_SPELLING_Z_NOT_S"})
    (fields,) = fake_lt.checks()
    assert fields["text"] == text
    assert fields["language"] == "en-GB"
    assert fields["level"] == "picky"
    assert set(fields["disabledRules"].split(",")) == {"EN_QUOTES", "OXFORD_SPELLING_Z_NOT_S"}
    assert fields["disabledCategories"] == "TYPOS"


def test_a_switched_off_rule_is_dropped_even_if_the_server_reports_it(
    fake_lt, lt_fake, server_config
) -> None:
    fake_lt.rules = [lt_fake.FakeRule(r"utilise", "OXFORD_SPELLING", "TYPOS", "misspelling")]
    result = GrammarService(server_config()).check(
        "We utilise it.", disabled_lt_rules={"OXFORD_SPELLING"}
    )
    assert result.ok and result.findings == ()


@pytest.mark.parametrize(
    ("address", "prefix"),
    [
        ("{url}", ""),
        ("{url}/", ""),
        ("{url}/v2/check", ""),
        ("{url}/languagetool", "/languagetool"),
    ],
)
def test_the_wrapper_uses_the_normalised_api_base(fake_lt, server_config, address, prefix) -> None:
    fake_lt.prefix = prefix
    base = normalise_server_url(address.format(url=fake_lt.url))
    engine = Engine(server_config(server_url=base))
    try:
        assert engine.url == base
        assert engine.check("A text.") == []
    finally:
        engine.close()


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        ("garbage", "sent an answer that is not LanguageTool's (is the address right?)"),
        ("error500", "had an internal error"),
        ("wrong_shape", "sent an answer Copydesk could not read"),
        ("binary", "sent an answer Copydesk could not read"),
        ("bad_request", "could not check the text (it said: “'xx' is not a language code"),
        ("drop", "broke off before LanguageTool finished answering"),
    ],
)
def test_a_bad_answer_becomes_a_plain_reason(fake_lt, server_config, behaviour, reason) -> None:
    fake_lt.behaviours = [behaviour, behaviour]
    result = GrammarService(server_config()).check("Some words to check.")
    assert result.findings == ()
    assert result.unavailable_reason is not None
    assert reason in result.unavailable_reason
    assert f"the LanguageTool server at {fake_lt.url}" in result.unavailable_reason
    assert "Traceback" not in result.unavailable_reason


def test_a_dropped_connection_is_retried_once_by_the_wrapper(fake_lt, lt_fake, server_config):
    fake_lt.rules = [lt_fake.FakeRule(r"wrods", "TYPO", "TYPOS", "misspelling")]
    fake_lt.behaviours = ["drop"]
    text = "Some wrods to check."
    result = GrammarService(server_config()).check(text)
    assert words(text, result.findings) == [("lt.TYPO", "wrods")]
    assert len(fake_lt.checks()) == 2


def test_a_slow_server_times_out_after_one_retry(fake_lt, server_config) -> None:
    fake_lt.behaviours = ["slow", "slow"]
    fake_lt.delay = 5.0
    result = GrammarService(server_config(timeout_seconds=0.5)).check("Some words.")
    assert result.unavailable_reason == (
        f"the LanguageTool server at {fake_lt.url} took longer than 0.5 seconds to answer"
    )
    assert len(fake_lt.checks()) == 2


def test_a_server_that_is_down(fake_lt, server_config) -> None:
    config = server_config()
    fake_lt.stop()
    result = GrammarService(config).check("Some words.")
    assert result.unavailable_reason == f"the LanguageTool server at {fake_lt.url} did not answer"


def test_a_server_without_the_language(fake_lt, server_config) -> None:
    service = GrammarService(server_config(language="fr-FR"))
    result = service.check("Bonjour.")
    assert result.unavailable_reason == (
        f"the LanguageTool server at {fake_lt.url} does not know the language 'fr-FR'"
    )
    assert service.status().retry_in is None  # only new settings help
    assert fake_lt.checks() == []


def test_text_over_the_servers_limit_is_sent_again_in_smaller_pieces(
    fake_lt, lt_fake, server_config
) -> None:
    paragraph = "The river rose overnight and 🚣 crews checked the levee. Teh water fell.\n\n"
    text = paragraph * 12
    fake_lt.rules = [lt_fake.FakeRule(r"Teh", "TYPO", "TYPOS", "misspelling")]
    fake_lt.max_text_length = 400
    result = GrammarService(server_config()).check(text)
    assert result.ok, result.unavailable_reason
    assert words(text, result.findings) == [("lt.TYPO", "Teh")] * 12
    refused, *accepted = fake_lt.checks()
    assert lt_fake.utf16_units(refused["text"]) > 400
    assert all(lt_fake.utf16_units(f["text"]) <= 360 for f in accepted)
    assert "".join(f["text"] for f in accepted) == text


def test_long_drafts_go_in_paragraph_chunks_with_progress(fake_lt, lt_fake, server_config):
    paragraphs = [f"Paragraph {n} has a wrod in it. And 🎉 more words.\n" for n in range(8)]
    text = "\n".join(paragraphs)
    fake_lt.rules = [lt_fake.FakeRule(r"wrod", "TYPO", "TYPOS", "misspelling")]
    seen: list[tuple[int, int]] = []
    result = GrammarService(server_config(max_chunk_units=200)).check(
        text, progress=lambda done, total: seen.append((done, total))
    )
    sent = [fields["text"] for fields in fake_lt.checks()]
    assert len(sent) > 1
    assert all(piece.endswith("\n") for piece in sent[:-1])  # cut between paragraphs
    assert words(text, result.findings) == [("lt.TYPO", "wrod")] * 8
    total = len(sent)
    assert seen == [(done, total) for done in range(total + 1)]


def test_cancel_is_checked_between_chunks(fake_lt, server_config) -> None:
    text = "\n\n".join(f"Paragraph {n} is here with enough words to fill it." for n in range(20))
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    result = GrammarService(server_config(max_chunk_units=200)).check(
        text, progress=progress, cancel=cancel
    )
    assert result.cancelled and result.findings == () and result.unavailable_reason is None
    assert len(fake_lt.checks()) == 2
