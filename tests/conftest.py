# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: an isolated Copydesk home per test, and migrated databases.

``db`` runs a test against a real SQLite file and, when
``COPYDESK_TEST_POSTGRES_URL`` names a server, against a fresh database on a
real PostgreSQL server too. Tests needing an outside program call
``require_external``: they skip on a machine without it, and fail instead
when ``COPYDESK_REQUIRE_EXTERNAL=1`` (as .ci/run sets), so a green CI means
they ran.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must know its platform before the first QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

POSTGRES_ENV = "COPYDESK_TEST_POSTGRES_URL"
REQUIRE_ENV = "COPYDESK_REQUIRE_EXTERNAL"
SLOW_ENV = "COPYDESK_SLOW_TESTS"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``packaging`` (building the wheel and the bundle, minutes each)
    run only with ``COPYDESK_SLOW_TESTS=1``, which .ci/run and ``make test-slow`` set.
    Tests marked ``slow`` (crash, concurrency and soak trials) always run."""
    if os.environ.get(SLOW_ENV) == "1":
        return
    skip = pytest.mark.skip(reason=f"slow packaging test: set {SLOW_ENV}=1 or run make test-slow")
    for item in items:
        if item.get_closest_marker("packaging"):
            item.add_marker(skip)


def require_external(available: bool, what: str) -> None:
    """Skip (or, in CI, fail) when an outside program the test needs is missing."""
    if available:
        return
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{what} is required in CI ({REQUIRE_ENV}=1) but is not available")
    pytest.skip(f"{what} is not available on this machine")


REPO = Path(__file__).resolve().parent.parent


def shared_file(*parts: str) -> Path:
    """A file from the team's shared material (seed article, corpus), or skip the test.

    Looked up in ``$COPYDESK_SHARED``, then ``../shared`` beside the repository, then
    ``/work/shared``. Its absence always skips, even in CI: it is reference material
    kept outside the repository on purpose, not a program CI can install.
    """
    roots = [os.environ.get("COPYDESK_SHARED", ""), str(REPO.parent / "shared"), "/work/shared"]
    for root in filter(None, roots):
        candidate = Path(root).joinpath(*parts)
        if candidate.exists():
            return candidate
    pytest.skip(f"shared material {'/'.join(parts)} is not on this machine")


@pytest.fixture(autouse=True)
def copydesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data/config/cache folders; no test sees the user's."""
    home = tmp_path / "copydesk-home"
    monkeypatch.setenv("COPYDESK_HOME", str(home))
    for name in ("COPYDESK_DATABASE_URL", "COPYDESK_LANGUAGETOOL"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(autouse=True)
def _close_log_file() -> Iterator[None]:
    """The CLI and the app attach a log file handler to the root logger: detach it after."""
    yield
    from app.core.logs import stop_logging

    stop_logging()


def _postgres_database() -> Iterator[str]:
    from tests.postgres import fresh_database

    server = os.environ.get(POSTGRES_ENV, "")
    require_external(bool(server), f"A PostgreSQL server ({POSTGRES_ENV})")
    with fresh_database(server, "copydesk_test") as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'library.sqlite3'}"
    else:
        yield from _postgres_database()


@pytest.fixture
def db(database_url: str):
    """A migrated Database on each backend."""
    from app.core.storage import Database
    from app.core.storage.migrate import upgrade_to_head

    database = Database(database_url)
    upgrade_to_head(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path):
    """A migrated SQLite Database only (for tests about the SQLite file itself)."""
    from app.core.storage import Database
    from app.core.storage.migrate import upgrade_to_head

    database = Database(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    upgrade_to_head(database)
    yield database
    database.dispose()
