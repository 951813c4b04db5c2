# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""LanguageTool on this computer: Java, the installed copy, and the download (only with consent).

language-tool-python keeps LanguageTool in ``$LTP_PATH`` (default
``~/.cache/language_tool_python``) as ``LanguageTool-<version>/``; Copydesk uses
the same place, so a copy another tool downloaded is found. The download is
done here rather than by language-tool-python because the desk needs progress
and a cancel button; it uses the wrapper's download address, checksum table
and safe unzip. Everything here blocks (subprocess, network): worker threads only.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import requests
from language_tool_python import download_lt
from language_tool_python.download_lt import LocalLanguageTool
from language_tool_python.exceptions import LanguageToolError
from language_tool_python.safe_zip import SafeZipExtractor
from language_tool_python.utils import get_language_tool_download_path

from app.core.grammar.errors import Cancelled, GrammarUnavailable

Progress = Callable[[int, int], None]
DOWNLOAD_SIZE_WORDS = "about 250 MB"
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')
_JAVA_VERSION_BARE = re.compile(r"^(?:java|openjdk) (\d+)(?:\.(\d+))?", re.MULTILINE)
_CHUNK_BYTES = 1024 * 1024


class CancelFlag(Protocol):
    """A ``threading.Event`` or anything else with ``is_set()``."""

    def is_set(self) -> bool: ...


def required_java(version: str) -> int:
    """The oldest Java a LanguageTool version runs on (6.6 and later: 17)."""
    match = re.fullmatch(r"(\d+)\.(\d+)", version)
    if match and (int(match.group(1)), int(match.group(2))) < (6, 6):
        return 9
    return 17


def parse_java_major(output: str) -> int | None:
    """The major version in ``java -version`` output (``1.8`` is Java 8)."""
    match = _JAVA_VERSION.search(output) or _JAVA_VERSION_BARE.search(output)
    if not match:
        return None
    major = int(match.group(1))
    if major == 1 and match.group(2):
        major = int(match.group(2))
    return major


def check_java(version: str, timeout: float = 15.0) -> None:
    """Raise ``GrammarUnavailable`` unless a Java new enough for LanguageTool ``version`` runs."""
    needed = required_java(version)
    java = shutil.which("java")
    if not java:
        raise GrammarUnavailable(
            f"Java is not installed; LanguageTool on this computer needs Java {needed} or newer",
            retry=False,
        )
    try:
        run = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise GrammarUnavailable(f"Java could not be run ({exc})", retry=False) from exc
    major = parse_java_major(run.stderr + run.stdout)
    if major is None:
        raise GrammarUnavailable("Java did not say which version it is", retry=False)
    if major < needed:
        raise GrammarUnavailable(
            f"LanguageTool needs Java {needed} or newer; this computer has Java {major}",
            retry=False,
        )


def install_folder() -> Path:
    """Where LanguageTool is kept (``$LTP_PATH`` or language-tool-python's default)."""
    return get_language_tool_download_path()


def is_installed(version: str) -> bool:
    """True when ``LanguageTool-<version>/`` with its server jar is in the install folder."""
    try:
        LocalLanguageTool.from_version_name(version).get_jar_path()
    except (FileNotFoundError, ValueError, OSError):
        return False
    return True


def installed_version(preferred: str) -> str | None:
    """``preferred`` if it is installed, else the newest LanguageTool installed, else None."""
    if is_installed(preferred):
        return preferred
    try:
        newest = LocalLanguageTool.get_latest_installed_version()
    except (OSError, ValueError):
        return None
    if newest is None or not is_installed(newest.version_name):
        return None
    return newest.version_name


def download_languagetool(
    version: str,
    *,
    url: str = "",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    timeout: float = 30.0,
) -> None:
    """Download and unpack LanguageTool ``version`` into the install folder.

    Call only after the user agreed. ``progress(done_bytes, total_bytes)`` is
    called per MiB (total 0 when the server does not say); ``cancel`` is
    checked as often, and a set flag raises ``Cancelled`` leaving nothing
    behind. Failures raise ``GrammarUnavailable`` with a plain reason; an
    unreachable host fails at once.
    """
    local = LocalLanguageTool.from_version_name(version)
    address = url or local.download_url
    host = urlsplit(address).hostname or address
    folder = install_folder()
    with tempfile.TemporaryDirectory(dir=folder, prefix=".copydesk-download-") as work:
        archive = Path(work) / "LanguageTool.zip"
        digest = _fetch(address, host, archive, progress, cancel, timeout)
        _verify(digest, version)
        _unpack(archive, folder, Path(work))
    if not is_installed(version):
        raise GrammarUnavailable(
            f"the file downloaded from {host} did not contain LanguageTool {version}"
        )


def _fetch(
    address: str,
    host: str,
    archive: Path,
    progress: Progress | None,
    cancel: CancelFlag | None,
    timeout: float,
) -> str:
    digest = hashlib.sha256()
    try:
        with requests.get(address, stream=True, timeout=(min(timeout, 10.0), timeout)) as answer:
            if answer.status_code != 200:
                raise GrammarUnavailable(
                    f"the LanguageTool download from {host} failed (HTTP {answer.status_code})"
                )
            total = _content_length(answer.headers.get("Content-Length"))
            done = 0
            with archive.open("wb") as out:
                for block in answer.iter_content(chunk_size=_CHUNK_BYTES):
                    if cancel is not None and cancel.is_set():
                        raise Cancelled
                    done += len(block)
                    if done > download_lt.MAX_DOWNLOAD_BYTES:
                        raise GrammarUnavailable(
                            f"the LanguageTool download from {host} was far larger than expected"
                        )
                    digest.update(block)
                    out.write(block)
                    if progress is not None:
                        progress(done, total)
    except requests.exceptions.Timeout as exc:
        raise GrammarUnavailable(f"the LanguageTool download from {host} stalled") from exc
    except requests.exceptions.ConnectionError as exc:
        raise GrammarUnavailable(
            f"could not reach {host} to download LanguageTool (no internet connection?)"
        ) from exc
    except requests.exceptions.RequestException as exc:
        raise GrammarUnavailable(f"the LanguageTool download from {host} failed") from exc
    except OSError as exc:
        raise GrammarUnavailable(
            f"could not save LanguageTool on this computer ({exc.strerror or exc})"
        ) from exc
    return digest.hexdigest()


def _content_length(value: str | None) -> int:
    try:
        return max(int(value or 0), 0)
    except ValueError:
        return 0


def _verify(digest: str, version: str) -> None:
    try:
        # The wrapper's table of published checksums, with its LTP_DOWNLOAD_SHA256*
        # overrides; None when the user chose to skip verification.
        expected = download_lt._get_zip_hash(version)
    except LanguageToolError as exc:
        raise GrammarUnavailable(f"the LanguageTool checksum setting is wrong ({exc})") from exc
    if expected is not None and digest != expected:
        raise GrammarUnavailable(
            "the downloaded LanguageTool did not match its published checksum; "
            "nothing was installed"
        )


def _unpack(archive: Path, folder: Path, work: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as opened:
            SafeZipExtractor().extractall(opened, folder, work_dir=work)
    except (zipfile.BadZipFile, LanguageToolError, ValueError) as exc:
        unusable = "the downloaded file is not a usable LanguageTool archive"
        raise GrammarUnavailable(unusable) from exc
    except OSError as exc:
        raise GrammarUnavailable(
            f"could not unpack LanguageTool on this computer ({exc.strerror or exc})"
        ) from exc
