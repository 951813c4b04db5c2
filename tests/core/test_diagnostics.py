# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What About and Copy Diagnostics report: versions, rule packs, hidden passwords, the log tail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import __version__
from app.core import diagnostics
from app.core.diagnostics import (
    component_versions,
    diagnostics_report,
    hide_password,
    languagetool_description,
    rule_pack_folders,
    rule_packs,
)
from app.core.paths import user_paths
from app.core.settings import Settings
from app.core.storage import Database

PACK = """
name = "Harbour Gazette"
version = "2026.3"

[[rule]]
id = "gazette.names.ferry"
kind = "phrase"

[[rule]]
id = "gazette.names.quay"
kind = "phrase"
"""


@pytest.fixture
def sqlite(tmp_path: Path):
    database = Database(f"sqlite:///{tmp_path / 'lib.sqlite3'}")
    yield database
    database.dispose()


def test_versions_start_with_copydesk_and_name_the_database(sqlite: Database) -> None:
    rows = dict(component_versions(sqlite, Settings(), env={}))
    assert next(iter(rows)) == "Copydesk"
    assert rows["Copydesk"] == __version__
    assert rows["Database"] == f"SQLite {sqlite3.sqlite_version}"
    assert rows["LanguageTool"] == "not used"
    assert rows["SQLAlchemy"][0].isdigit() and rows["Alembic"][0].isdigit()


def test_postgresql_is_described_with_its_server_version(database_url: str) -> None:
    from app.core.storage.migrate import upgrade_to_head

    database = Database(database_url)
    upgrade_to_head(database)
    try:
        described = diagnostics.database_description(database)
    finally:
        database.dispose()
    if database.is_sqlite:
        assert described.startswith("SQLite 3.")
    else:
        assert described.startswith("PostgreSQL 1") and described.endswith("(psycopg)")


def test_languagetool_modes() -> None:
    server = Settings(languagetool_mode="server", languagetool_url="http://ann:pw@lt.example:8081")
    described = languagetool_description(server, env={})
    assert described.startswith("server at http://lt.example:8081;")
    assert "pw" not in described and "language-tool-python 3." in described
    assert languagetool_description(Settings(languagetool_mode="off"), env={}) == "not used"
    env = {"COPYDESK_LANGUAGETOOL": "off"}
    assert languagetool_description(server, env=env) == "not used"  # the environment wins
    broken = Settings(languagetool_mode="sometimes")
    assert languagetool_description(broken, env={}).startswith("not usable: ")


def test_local_languagetool_says_whether_it_is_downloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))  # an empty install folder
    described = languagetool_description(Settings(languagetool_mode="local"), env={})
    assert described.startswith("on this computer, not downloaded yet;")


def test_rule_packs_name_version_and_count(tmp_path: Path) -> None:
    bundled, yours = tmp_path / "bundled", tmp_path / "yours"
    bundled.mkdir()
    yours.mkdir()
    (bundled / "wordiness.toml").write_text('[[rule]]\nid = "house.wordiness"\n', encoding="utf-8")
    (yours / "gazette.toml").write_text(PACK, encoding="utf-8")
    (yours / "broken.toml").write_text("[[rule]\n", encoding="utf-8")
    (yours / "notes.txt").write_text("not a pack", encoding="utf-8")
    packs = rule_packs([("bundled", bundled), ("yours", yours), ("yours", tmp_path / "absent")])
    summary = [(p.name, p.version, p.rules, p.origin, bool(p.problem)) for p in packs]
    assert summary == [
        ("wordiness", "", 1, "bundled", False),
        ("broken", "", 0, "yours", True),
        ("Harbour Gazette", "2026.3", 2, "yours", False),
    ]


def test_rule_pack_folders_are_the_bundled_then_the_users(tmp_path: Path) -> None:
    paths = user_paths(tmp_path)
    folders = rule_pack_folders(paths)
    assert [origin for origin, _ in folders] == ["bundled", "yours"]
    assert folders[0][1].name == "rules" and folders[1][1] == paths.rules


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql+psycopg://desk:s3cret@db.example/copy",
            "postgresql+psycopg://desk:***@db.example/copy",
        ),
        ("postgresql+psycopg://desk@db.example/copy", "postgresql+psycopg://desk@db.example/copy"),
        ("http://lt.example:8081", "http://lt.example:8081"),
        ("not a url", "not a url"),
    ],
)
def test_hide_password(url: str, shown: str) -> None:
    assert hide_password(url) == shown


def test_report_has_every_section_and_no_password(tmp_path: Path) -> None:
    database = Database("postgresql+psycopg://desk:s3cret@db.example/copy")
    settings = Settings(
        user_name="Ana Ruiz",
        languagetool_url="http://lt:hunter2@lt.example:8081",
        recent_files=["/home/ana/secret-scoop.docx"],
    )
    paths = user_paths(tmp_path)
    packs = rule_packs([("yours", tmp_path)])
    report = diagnostics_report(
        versions=[("Copydesk", __version__), ("Qt", "6.x")],
        paths=paths,
        db=database,
        settings=settings,
        packs=packs,
        log_lines=["first line", "last line"],
        platform_notes=[("Qt platform", "offscreen")],
    )
    database.dispose()
    for heading in ("Versions", "Platform", "Paths", "Database", "Settings", "Rule packs"):
        assert f"\n{heading}\n" in report
    assert f"  Copydesk: {__version__}\n" in report
    assert "  Qt platform: offscreen\n" in report
    assert f"  logs: {paths.logs}\n" in report
    assert "  URL: postgresql+psycopg://desk:***@db.example/copy\n" in report
    assert report.endswith("Last 2 log lines\n  first line\n  last line\n")
    for secret in ("s3cret", "hunter2", "Ana Ruiz", "secret-scoop"):
        assert secret not in report
