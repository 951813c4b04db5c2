# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Grammar configuration: server addresses, and settings < environment < command line."""

from __future__ import annotations

import pytest

from app.core.grammar.config import (
    GrammarMode,
    grammar_config_from,
    normalise_server_url,
    server_label,
)
from app.core.settings import Settings, load_settings, save_settings


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("http://host:8081", "http://host:8081/v2/"),
        ("http://host:8081/", "http://host:8081/v2/"),
        ("host:8081", "http://host:8081/v2/"),
        ("  http://host:8081/v2  ", "http://host:8081/v2/"),
        ("http://host:8081/v2/", "http://host:8081/v2/"),
        ("http://host:8081/v2/check", "http://host:8081/v2/"),
        ("http://host:8081/v2/languages", "http://host:8081/v2/"),
        (
            "HTTPS://lt.newsroom.example/languagetool",
            "https://lt.newsroom.example/languagetool/v2/",
        ),
        ("http://[::1]:8081", "http://[::1]:8081/v2/"),
        ("http://desk:secret@host:8081", "http://desk:secret@host:8081/v2/"),
    ],
)
def test_server_addresses_are_normalised(typed: str, base: str) -> None:
    assert normalise_server_url(typed) == base


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "no LanguageTool server address is set"),
        ("   ", "no LanguageTool server address is set"),
        ("ftp://host:8081", "“ftp://host:8081” is not a web address (expected http://host:port)"),
        ("http://", "“http://” is not a web address (expected http://host:port)"),
        ("http://host:99999", "“http://host:99999” is not a web address (its port is wrong)"),
        ("http://host:80a", "“http://host:80a” is not a web address (its port is wrong)"),
        (
            "http://host:8081/v2/check?text=x",
            "“http://host:8081/v2/check?text=x” is not a LanguageTool server address",
        ),
        ("my server", "“my server” is not a LanguageTool server address"),
    ],
)
def test_what_is_not_a_server_address(typed: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        normalise_server_url(typed)
    assert str(caught.value) == message


def test_messages_name_the_server_without_password_or_api_path() -> None:
    assert server_label("http://desk:secret@host:8081/v2/") == "http://host:8081"
    assert server_label("https://lt.example/languagetool/v2/") == "https://lt.example/languagetool"


def settings(**values: object) -> Settings:
    result = Settings()
    for name, value in values.items():
        setattr(result, name, value)
    return result


def test_settings_alone() -> None:
    config = grammar_config_from(
        settings(
            languagetool_mode="server",
            languagetool_url="lt.desk.example:8081",
            languagetool_language="en-GB",
            languagetool_picky=True,
            languagetool_disabled_rules=["EN_QUOTES", " ", "WHITESPACE_RULE"],
            languagetool_disabled_categories=["TYPOS"],
        ),
        {},
    )
    assert config.mode is GrammarMode.SERVER
    assert config.server_url == "http://lt.desk.example:8081/v2/"
    assert (config.language, config.picky) == ("en-GB", True)
    assert config.disabled_rules == {"EN_QUOTES", "WHITESPACE_RULE"}
    assert config.disabled_categories == {"TYPOS"}
    assert not config.allow_download and not config.problem


def test_the_environment_overrides_the_settings() -> None:
    chosen = settings(languagetool_mode="server", languagetool_url="http://a:1")
    env = {"COPYDESK_LANGUAGETOOL": "http://b:8081"}
    assert grammar_config_from(chosen, env).server_url == "http://b:8081/v2/"
    assert grammar_config_from(chosen, {"COPYDESK_LANGUAGETOOL": "OFF"}).mode is GrammarMode.OFF
    local = grammar_config_from(chosen, {"COPYDESK_LANGUAGETOOL": "local"})
    assert (local.mode, local.origin) == (GrammarMode.LOCAL, "COPYDESK_LANGUAGETOOL")
    assert grammar_config_from(chosen, {"COPYDESK_LANGUAGETOOL": " "}).server_url == (
        "http://a:1/v2/"
    )


def test_the_command_line_overrides_both() -> None:
    config = grammar_config_from(
        settings(languagetool_mode="off"), {"COPYDESK_LANGUAGETOOL": "local"}, "http://c:8010"
    )
    assert (config.mode, config.server_url) == (GrammarMode.SERVER, "http://c:8010/v2/")


def test_unusable_values_become_a_problem_not_an_exception() -> None:
    bad_env = grammar_config_from(settings(), {"COPYDESK_LANGUAGETOOL": "not a url"})
    assert bad_env.mode is GrammarMode.SERVER
    assert bad_env.problem == (
        "“not a url” is not a LanguageTool server address (given by COPYDESK_LANGUAGETOOL)"
    )
    no_url = grammar_config_from(settings(languagetool_mode="server"), {})
    assert no_url.problem == "no LanguageTool server address is set (in the settings)"
    odd_mode = grammar_config_from(settings(languagetool_mode="cloud"), {})
    assert odd_mode.problem == (
        "the grammar mode in the settings is “cloud”; use off, local or server"
    )


def test_callers_can_override_fields() -> None:
    config = grammar_config_from(settings(languagetool_mode="local"), {}, allow_download=True)
    assert config.allow_download and config.mode is GrammarMode.LOCAL


def test_the_new_settings_survive_a_save(tmp_path) -> None:
    path = tmp_path / "settings.toml"
    chosen = settings(
        languagetool_disabled_rules=["EN_QUOTES"], languagetool_disabled_categories=["TYPOS"]
    )
    save_settings(chosen, path)
    loaded = load_settings(path)
    assert loaded.languagetool_disabled_rules == ["EN_QUOTES"]
    assert loaded.languagetool_disabled_categories == ["TYPOS"]
