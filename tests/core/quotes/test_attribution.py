# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Who said it: the attribution patterns of news copy, and resolving later references."""

from __future__ import annotations

import pytest

from app.core.quotes import Quote, find_quotes


def _direct(text: str) -> list[Quote]:
    return [q for q in find_quotes(text).quotes if q.direct]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The bridge is safe,” said Maria Okafor.", "Maria Okafor"),
        ("“The bridge is safe,” Maria Okafor said.", "Maria Okafor"),
        ("Maria Okafor said: “The bridge is safe.”", "Maria Okafor"),
        ("Maria Okafor told reporters on Tuesday, “The bridge is safe.”", "Maria Okafor"),
        ("“The bridge is safe,” according to Maria Okafor.", "Maria Okafor"),
        ("According to Maria Okafor, “the bridge is safe.”", "Maria Okafor"),
        ("Harbour engineer Maria Okafor insisted that “the bridge is safe.”", "Maria Okafor"),
        (
            "Maria Okafor, a spokeswoman for the port authority, said, “The bridge is safe.”",
            "Maria Okafor",
        ),
        (
            "“The bridge is safe,” Maria Okafor, a spokeswoman for the port, told the council.",
            "Maria Okafor",
        ),
    ],
)
def test_attribution_patterns(text: str, speaker: str) -> None:
    quotes = _direct(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    assert quotes[0].speaker_kind == "person"
    assert quotes[0].attribution is not None
    start, end = quotes[0].attribution
    assert "Okafor" in text[start:end]


def test_interrupted_quote_is_two_quotes_with_one_speaker() -> None:
    text = "“We tested every cable,” the engineer Omar Lind said, “and none of them failed.”"
    quotes = _direct(text)
    assert [q.text for q in quotes] == ["We tested every cable,", "and none of them failed."]
    assert {q.speaker for q in quotes} == {"Omar Lind"}
    assert quotes[0].attribution == quotes[1].attribution


def test_surname_and_pronoun_resolve_to_the_full_name_introduced_first() -> None:
    text = (
        "Port director Helen Vasquez said the cranes would be replaced this year.\n\n"
        "“We ordered them in March,” Vasquez said.\n\n"
        "“They arrive in May,” she added."
    )
    analysis = find_quotes(text)
    assert [q.speaker for q in analysis.quotes] == ["Helen Vasquez"] * 3
    assert [s.name for s in analysis.sources] == ["Helen Vasquez"]
    assert analysis.sources[0].role == "Port director"
    assert analysis.sources[0].quotes == 3


def test_role_and_affiliation_are_recorded() -> None:
    text = "Lena Brandt from the Coastal Research Institute was quoted as saying, “The dunes move.”"
    quote = _direct(text)[0]
    assert quote.speaker == "Lena Brandt"
    assert quote.role == "Coastal Research Institute"


def test_anonymous_source_is_kept_as_a_description() -> None:
    text = "A senior official in the ministry said that “nobody expected the vote to fail.”"
    analysis = find_quotes(text)
    quote = analysis.quotes[0]
    assert quote.speaker == "senior official"
    assert quote.anonymous and quote.speaker_kind == "person"
    assert analysis.sources[0].anonymous


def test_organisation_speaker() -> None:
    text = "“Services will resume on Friday,” the Northern Rail Company said in a statement."
    quote = _direct(text)[0]
    assert quote.speaker == "Northern Rail Company"
    assert quote.speaker_kind == "organisation"


def test_participle_attribution_takes_the_sentence_subject() -> None:
    text = "Governor Ana Ruiz thanked the volunteers, saying, “You kept this town dry.”"
    assert _direct(text)[0].speaker == "Ana Ruiz"


def test_partial_quote_inside_reported_speech_is_credited_to_the_reporter() -> None:
    text = "Mayor Tom Aldridge said last week that the budget was tight but “not hopeless.”"
    analysis = find_quotes(text)
    direct = [q for q in analysis.quotes if q.direct]
    assert direct[0].speaker == "Tom Aldridge" and direct[0].partial


def test_quote_with_no_one_named_has_no_speaker() -> None:
    text = "The hall was full. “Nobody here wants the tower built next to the school.”"
    quote = _direct(text)[0]
    assert quote.speaker is None and quote.attribution is None


def test_a_quote_filling_its_paragraph_continues_the_previous_speaker() -> None:
    text = (
        "“We will appeal,” lawyer Priya Nair said outside the court.\n\n"
        "“This ruling ignores every witness we called, and the judge knows it.”"
    )
    quotes = _direct(text)
    assert [q.speaker for q in quotes] == ["Priya Nair", "Priya Nair"]
    assert quotes[1].attribution is None


def test_multi_paragraph_quote_shares_its_speaker() -> None:
    text = (
        "Coach Dara Flynn said: “We trained all winter for this.\n\n"
        "“Nobody believed in us, and we won anyway.”"
    )
    quotes = _direct(text)
    assert [q.speaker for q in quotes] == ["Dara Flynn", "Dara Flynn"]
    assert quotes[1].continued
    assert find_quotes(text).sources[0].quotes == 1


def test_offsets_are_code_points_and_cover_the_words_without_marks() -> None:
    text = "Ünal Kaya 🙂 said: “Çok güzel, teşekkürler.”"
    quote = _direct(text)[0]
    assert text[quote.start : quote.end] == quote.text == "Çok güzel, teşekkürler."
    assert quote.speaker == "Ünal Kaya"


def test_colon_after_a_clause_credits_its_subject() -> None:
    text = "Mayor Lotte Brink took questions from the crowd: “We will not sell the park.”"
    assert _direct(text)[0].speaker == "Lotte Brink"


def test_passive_agent_is_the_speaker() -> None:
    text = "The plan has been described by the Harbour Trust as “a reckless gamble.”"
    quote = _direct(text)[0]
    assert quote.speaker == "Harbour Trust" and quote.speaker_kind == "organisation"


def test_quote_without_attribution_takes_the_source_credited_in_its_paragraph() -> None:
    text = (
        "Chef Anouk Vos said the kitchen would reopen in spring. "
        "“We lost every oven in the flood.” The insurers have not paid yet."
    )
    assert _direct(text)[0].speaker == "Anouk Vos"


def test_he_resolves_to_the_person_who_opens_the_sentence_before() -> None:
    text = (
        "“The vote was fair,” said returning officer Maya Lund.\n\n"
        "Farmer Piet de Groot stood at the back of the hall. “I counted twice,” he said."
    )
    assert [q.speaker for q in _direct(text)] == ["Maya Lund", "Piet de Groot"]


def test_document_speaks_for_its_author() -> None:
    text = "“We regret the delay,” read Judge Amal Farouk's statement."
    assert _direct(text)[0].speaker == "Amal Farouk"
