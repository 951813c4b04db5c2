# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The sdist and wheel (`python -m build`) install into a fresh venv and find their resources.

Slow (a build and a full install): runs with COPYDESK_SLOW_TESTS=1, as .ci/run sets.
"""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from tests.packaging.conftest import REPO, SAMPLE, checked_here, reviewed_text, run_program

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]


@dataclass(frozen=True)
class Built:
    sdist: Path
    wheel: Path
    venv: Path
    work: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def copydesk(self) -> Path:
        return self.venv / "bin" / "copydesk"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """sdist, then a wheel built from that sdist (build's default), installed in a new venv."""
    work = tmp_path_factory.mktemp("wheel")
    out = work / "dist"
    result = run_program(
        [sys.executable, "-m", "build", "--outdir", out, REPO], cwd=work, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,) = out.glob("copydesk-*.tar.gz")
    (wheel,) = out.glob("copydesk-*.whl")
    venv = work / "venv"
    result = run_program([sys.executable, "-m", "venv", venv], cwd=work)
    assert result.returncode == 0, result.stderr
    result = run_program([venv / "bin" / "pip", "install", "-q", wheel], cwd=work, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    yield Built(sdist, wheel, venv, work)


def test_names_and_version_come_from_pyproject(built: Built) -> None:
    assert built.sdist.name == f"copydesk-{__version__}.tar.gz"
    assert built.wheel.name == f"copydesk-{__version__}-py3-none-any.whl"


def test_the_sdist_carries_what_a_rebuild_needs(built: Built) -> None:
    with tarfile.open(built.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "pyproject.toml",
        "packaging/copydesk.spec",
        "packaging/org.copydesk.Copydesk.desktop",
        "packaging/org.copydesk.Copydesk.metainfo.xml",
        "packaging/install-desktop.sh",
        "resources/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg",
        "resources/translations/copydesk_en.qm",
        "resources/samples/harbour-bridge-talks.md",
        "app/core/storage/migrations/env.py",
    ):
        assert needed in names, needed


def test_the_wheel_maps_resources_into_the_package(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as archive:
        names = set(archive.namelist())
    for needed in (
        "app/resources/rules/",
        "app/resources/export/style.css",
        "app/resources/samples/harbour-bridge-talks.md",
        "app/resources/icons/hicolor/256x256/apps/org.copydesk.Copydesk.png",
        "app/resources/translations/copydesk_en.qm",
        "app/core/storage/migrations/script.py.mako",
    ):
        assert any(name.startswith(needed) for name in names), needed
    assert not any(name.startswith(("tests/", "resources/")) for name in names)


def test_installed_resources_are_the_packages_own(built: Built) -> None:
    code = (
        "import app, app.core.paths as p, app.core.diagnostics as d\n"
        "print(app.__file__); print(p.resources_dir()); print(d.installation_kind())"
    )
    result = run_program([built.python, "-c", code], cwd=built.work)
    assert result.returncode == 0, result.stderr
    module, resources, kind = result.stdout.splitlines()
    site = built.venv / "lib"
    assert Path(module).is_relative_to(site) and Path(resources).is_relative_to(site)
    assert Path(resources) == Path(module).parent / "resources"
    assert kind == "installed package"


def test_installed_command_runs_headless(built: Built) -> None:
    home = built.work / "home"
    env = {"COPYDESK_HOME": str(home)}
    version = run_program([built.copydesk, "--version"], cwd=built.work, env=env)
    assert version.stdout.strip() == f"copydesk {__version__}"
    sample = built.venv / "lib"
    (installed_sample,) = sample.glob(
        "python3*/site-packages/app/resources/samples/harbour-bridge-talks.md"
    )
    text = run_program([built.copydesk, "text", installed_sample], cwd=built.work, env=env)
    assert text.returncode == 0, text.stderr
    assert text.stdout == reviewed_text(SAMPLE)
    imported = run_program([built.copydesk, "import", installed_sample], cwd=built.work, env=env)
    assert imported.returncode == 0, imported.stderr
    listed = run_program([built.copydesk, "list", "--format", "json"], cwd=built.work, env=env)
    (article,) = json.loads(listed.stdout)["articles"]
    assert article["title"].startswith("Ferry strike talks")
    assert (home / "data" / "copydesk.sqlite3").is_file()  # migrations shipped and ran


def test_installed_gui_loads_icons_and_translations(built: Built) -> None:
    code = (
        "from PySide6.QtCore import QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.ui.i18n import install_translators\n"
        "from app.ui.icons import bundled_app_icon\n"
        "app = QApplication([])\n"
        "print(sorted(s.width() for s in bundled_app_icon().availableSizes()))\n"
        "print([t.language() for t in install_translators(app, QLocale('en_US'))])\n"
    )
    result = run_program(
        [built.python, "-c", code], cwd=built.work, env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stderr
    sizes, languages = result.stdout.splitlines()
    assert sizes == "[16, 32, 48, 64, 128, 256]"
    assert "'en'" in languages


def test_installed_check_runs(built: Built) -> None:
    """`copydesk check` from the wheel finds exactly what the checkout finds."""
    result = run_program(
        [built.copydesk, "check", "--format", "json", SAMPLE],
        cwd=built.work,
        env={"COPYDESK_HOME": str(built.work / "home")},
    )
    assert result.returncode in (0, 1), result.stderr
    installed = json.loads(result.stdout)
    assert installed["findings"], "the sample has findings"
    assert installed == checked_here(SAMPLE, built.work / "here")
