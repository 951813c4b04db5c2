# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Desktop integration: the .desktop file and AppStream metainfo validate, agree with
pyproject and each other, and install into the hicolor/applications layout with MIME types."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import etree

from app import __version__
from app.core.paths import DESKTOP_ID
from tests.conftest import require_external

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / f"{DESKTOP_ID}.metainfo.xml"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# What "Open with Copydesk" must cover: extension → the MIME type shared-mime-info gives it.
EXTENSIONS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "md": "text/markdown",
    "txt": "text/plain",
    "html": "text/html",
}


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validates() -> None:
    require_external(bool(shutil.which("desktop-file-validate")), "desktop-file-validate")
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_validates() -> None:
    require_external(bool(shutil.which("appstreamcli")), "appstreamcli (apt install appstream)")
    result = _run("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout
    for level in ("E:", "W:"):
        assert level not in result.stdout, result.stdout


def test_one_id_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == DESKTOP_ID
    tree = etree.parse(str(METAINFO))
    assert tree.findtext("id") == DESKTOP_ID
    assert tree.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    icons = REPO / "resources" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()


def test_desktop_entry_runs_the_command_pyproject_installs() -> None:
    entry = desktop_entry()
    command = entry["Exec"].split()[0]
    assert command in PROJECT["scripts"] or command in PROJECT.get("gui-scripts", {})
    assert entry["TryExec"] == command
    assert entry["Exec"].endswith(" %f")  # one file: `copydesk FILE` opens it in the app
    assert entry["Terminal"] == "false" and entry["Type"] == "Application"
    assert entry["StartupWMClass"] == "Copydesk"  # QApplication's applicationName, the X11 class


def test_desktop_entry_claims_every_draft_format() -> None:
    claimed = set(filter(None, desktop_entry()["MimeType"].split(";")))
    assert set(EXTENSIONS.values()) <= claimed


def test_shared_mime_info_maps_the_extensions_to_those_types() -> None:
    globs = Path("/usr/share/mime/globs2")
    require_external(globs.is_file(), "shared-mime-info's /usr/share/mime/globs2")
    claimed = set(filter(None, desktop_entry()["MimeType"].split(";")))
    mapped: dict[str, set[str]] = {}
    for line in globs.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        _weight, mime, pattern = line.split(":", 2)[:3]
        if pattern.startswith("*."):
            mapped.setdefault(pattern[2:], set()).add(mime)
    for extension in EXTENSIONS:
        assert mapped.get(extension, set()) & claimed, f".{extension} is not covered"


def test_metainfo_agrees_with_pyproject_and_the_changelog() -> None:
    tree = etree.parse(str(METAINFO))
    releases = tree.findall("releases/release")
    assert releases, "no release notes"
    assert releases[0].get("version") == PROJECT["version"] == __version__
    assert all(release.find("description") is not None for release in releases)
    assert tree.findtext("project_license") == PROJECT["license"]
    assert tree.findtext("provides/binary") in PROJECT["scripts"]
    assert tree.find("content_rating[@type='oars-1.1']") is not None
    assert PROJECT["version"] in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def test_screenshots_are_the_ones_in_docs() -> None:
    tree = etree.parse(str(METAINFO))
    images = [image.text or "" for image in tree.iter("image")]
    assert images and tree.find("screenshots/screenshot[@type='default']") is not None
    homepage = PROJECT["urls"]["Homepage"].rstrip("/")
    for url in images:
        assert url.startswith(homepage + "/docs/screenshots/"), url
        assert (REPO / urlsplit(url).path.removeprefix(urlsplit(homepage).path + "/")).is_file()


def test_install_script_lays_out_applications_icons_and_metainfo(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    command = "/opt/Copy desk/copydesk"
    result = _run(
        "sh", str(PACKAGING / "install-desktop.sh"), "--prefix", str(prefix), "--exec", command
    )
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    installed = share / "applications" / DESKTOP.name
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{command}" %f' and entry["TryExec"] == command
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in (16, 32, 48, 64, 128, 256):
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        ).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validated = _run("desktop-file-validate", str(installed))
        assert validated.returncode == 0, validated.stdout
    removed = _run(
        "sh", str(PACKAGING / "install-desktop.sh"), "--prefix", str(prefix), "--uninstall"
    )
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists()
    assert not list((share / "icons").rglob("*.png"))


def test_install_script_registers_the_mime_types(tmp_path: Path) -> None:
    require_external(
        bool(shutil.which("update-desktop-database")),
        "update-desktop-database (desktop-file-utils)",
    )
    prefix = tmp_path / "prefix"
    result = _run("sh", str(PACKAGING / "install-desktop.sh"), "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    cache = (prefix / "share" / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    for mime in EXTENSIONS.values():
        assert f"{mime}={DESKTOP.name};" in cache


@pytest.mark.parametrize("path", [DESKTOP, METAINFO, PACKAGING / "install-desktop.sh"])
def test_packaging_files_carry_spdx_lines(path: Path) -> None:
    head = path.read_text(encoding="utf-8").splitlines()[:4]
    assert any("SPDX-FileCopyrightText" in line for line in head)
    assert any("SPDX-License-Identifier" in line for line in head)
