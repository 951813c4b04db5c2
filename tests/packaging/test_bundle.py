# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The PyInstaller one-folder bundle: built from packaging/copydesk.spec, run headless.

The bundle's one executable must do everything the installed command does: the CLI
subcommands and the desktop app. Slow (about a minute to build): runs with
COPYDESK_SLOW_TESTS=1, as .ci/run sets.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__
from app.core.paths import DESKTOP_ID
from tests.conftest import require_external
from tests.packaging.conftest import REPO, SAMPLE, checked_here, reviewed_text, run_program

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle folder (``…/copydesk``), built once for this module."""
    work = tmp_path_factory.mktemp("bundle")
    result = run_program(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            work / "dist",
            "--workpath",
            work / "build",
            REPO / "packaging" / "copydesk.spec",
        ],
        cwd=REPO,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "copydesk"
    assert (folder / "copydesk").is_file()
    yield folder
    shutil.rmtree(work, ignore_errors=True)  # ~200 MB


def _copydesk(
    bundle: Path, *args: object, home: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    return run_program(
        [bundle / "copydesk", *args], cwd=home.parent, env={"COPYDESK_HOME": str(home), **env}
    )


def test_version_and_files_beside_the_executable(bundle: Path) -> None:
    assert (bundle / "VERSION").read_text(encoding="utf-8") == f"copydesk {__version__}\n"
    for name in (f"{DESKTOP_ID}.desktop", f"{DESKTOP_ID}.metainfo.xml", "install-desktop.sh"):
        assert (bundle / name).is_file(), name
    resources = bundle / "_internal" / "resources"
    assert (resources / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    assert (resources / "translations" / "copydesk_en.qm").is_file()


def test_cli_subcommands(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    version = _copydesk(bundle, "--version", home=home)
    assert version.stdout.strip() == f"copydesk {__version__}", version.stderr
    text = _copydesk(bundle, "text", SAMPLE, home=home)
    assert text.returncode == 0, text.stderr
    assert text.stdout == reviewed_text(SAMPLE)
    imported = _copydesk(bundle, "import", SAMPLE, home=home)
    assert imported.returncode == 0, imported.stderr
    listed = _copydesk(bundle, "list", "--format", "json", home=home)
    (article,) = json.loads(listed.stdout)["articles"]
    assert (article["id"], article["status"]) == (int(imported.stdout), "draft")
    bad = _copydesk(bundle, "text", tmp_path / "absent.docx", home=home)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_exports_use_the_bundled_libraries(bundle: Path, tmp_path: Path) -> None:
    """PDF needs Qt's text engine, DOCX python-docx's template, ODT odfpy: all inside."""
    home = tmp_path / "home"
    for fmt in ("pdf", "docx", "odt", "html"):
        out = tmp_path / f"story.{fmt}"
        result = _copydesk(bundle, "export", SAMPLE, "--to", fmt, "-o", out, home=home)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
    assert (tmp_path / "story.pdf").read_bytes().startswith(b"%PDF-")
    with zipfile.ZipFile(tmp_path / "story.docx") as docx:
        assert "word/document.xml" in docx.namelist()


def test_both_database_backends(bundle: Path, tmp_path: Path, database_url: str) -> None:
    """SQLite and PostgreSQL (psycopg's bundled libpq) from the bundle; migrations included."""
    home = tmp_path / "home"
    imported = _copydesk(bundle, "import", SAMPLE, "--database-url", database_url, home=home)
    assert imported.returncode == 0, imported.stderr
    listed = _copydesk(
        bundle, "list", "--format", "json", "--database-url", database_url, home=home
    )
    assert [a["id"] for a in json.loads(listed.stdout)["articles"]] == [int(imported.stdout)]


def test_check(bundle: Path, tmp_path: Path) -> None:
    """`copydesk check` from the bundle finds exactly what the checkout finds: rule packs,
    dictionaries and the spelling word list are all inside."""
    result = _copydesk(bundle, "check", "--format", "json", SAMPLE, home=tmp_path / "home")
    assert result.returncode in (0, 1), result.stderr
    bundled = json.loads(result.stdout)
    assert bundled["findings"], "the sample has findings"
    assert bundled == checked_here(SAMPLE, tmp_path / "here")


def _start_gui(command: list[str], home: Path, **env: str) -> str:
    """Start the app on the sample, wait until it logs that it is ready, stop it; return the log.

    It runs in its own session so that stopping it also stops any Xvfb started for it.
    """
    _returning_user(home)
    log = home / "logs" / "copydesk.log"
    clean = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    process = subprocess.Popen(
        [*command, str(SAMPLE)],
        cwd=home.parent,
        env={**clean, "COPYDESK_HOME": str(home), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    try:
        while "Copydesk is ready" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert process.poll() is None, f"the app exited: {process.communicate()[1][-2000:]}"
            assert time.monotonic() < deadline, "the app did not get ready within 60 s"
            time.sleep(0.2)
        time.sleep(1.0)  # let it open the sample and check it
        assert process.poll() is None, "the app exited after start-up"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=30)
    text = log.read_text(encoding="utf-8")
    assert f"Copydesk {__version__} starting" in text
    assert " ERROR [" not in text and "Traceback" not in text, text
    return text


def _returning_user(home: Path) -> None:
    """A library with this user's profile, so the app opens its window without asking who
    is working (the first-start question is a modal dialog, tested in tests/ui)."""
    from app.core.paths import user_paths
    from app.core.settings import Settings, save_settings
    from app.core.storage import Database
    from app.core.storage.migrate import upgrade_to_head
    from app.core.workflow import Role, save_profile

    paths = user_paths(home).ensure()
    db = Database.for_sqlite_file(paths.database)
    try:
        upgrade_to_head(db)
        save_profile(db, "Robin Reporter", Role.WRITER)
    finally:
        db.dispose()
    save_settings(Settings(user_name="Robin Reporter"), paths.settings_file)


def test_gui_starts_offscreen(bundle: Path, tmp_path: Path) -> None:
    log = _start_gui([str(bundle / "copydesk")], tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    assert "platform offscreen" in log


def test_gui_starts_on_an_x_display(bundle: Path, tmp_path: Path) -> None:
    """The real xcb platform plugin and the libraries it bundles, on Xvfb."""
    require_external(bool(shutil.which("xvfb-run")), "xvfb-run (apt install xvfb xauth)")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(bundle / "copydesk")]
    log = _start_gui(command, tmp_path / "home")
    assert "platform xcb" in log


def test_desktop_install_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    result = run_program(["sh", bundle / "install-desktop.sh", "--prefix", prefix], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    entry = (prefix / "share" / "applications" / f"{DESKTOP_ID}.desktop").read_text(
        encoding="utf-8"
    )
    assert f'Exec="{bundle / "copydesk"}" %f' in entry
    assert (
        prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{DESKTOP_ID}.png"
    ).is_file()
