# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Nothing lost when Copydesk is killed (SIGKILL) while typing, saving, importing or exporting.

Real processes, killed at random moments: the app's window (offscreen) typing with a
1-second autosave, the ``copydesk`` command importing and exporting. A few trials
here; ``make soak`` runs twenty of each (bench/soak.py). The promise they check is
in docs/reliability.md.
"""

from __future__ import annotations

import io
import random
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

from app.core.importers import open_document
from tests.reliability.crash import (
    SHORT_DRAFT,
    TypingSession,
    big_docx,
    export_trial,
    hidden_leftovers,
    import_trial,
    long_draft,
    run_cli,
)

pytestmark = pytest.mark.slow


def _assert_all_passed(trials) -> None:
    failures = [f"{t.kind}: {t.detail}" for t in trials if not t.passed]
    assert trials and not failures, failures


def test_killed_while_typing_the_text_comes_back(tmp_path: Path) -> None:
    session = TypingSession(tmp_path, SHORT_DRAFT, random.Random(), autosave_ms=1000)
    trials = session.run(2, "typing")
    _assert_all_passed(trials)
    assert len(trials) == 2


def test_killed_in_the_middle_of_a_save(tmp_path: Path) -> None:
    session = TypingSession(
        tmp_path,
        long_draft(600),
        random.Random(),
        autosave_ms=1000,
        save_every=15,
        kill_in_save=True,
        type_for=(0.3, 1.5),
    )
    trials = session.run(1, "saving")
    _assert_all_passed(trials)


def test_killed_while_importing_stores_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random()
    home = tmp_path / "home"
    source = big_docx(tmp_path / "timetable.docx", 800)
    expected = open_document(source).text
    started = time.monotonic()
    first = run_cli("import", str(source), home=home)
    assert first.returncode == 0, first.stderr
    full = time.monotonic() - started
    fresh = tmp_path / "fresh-home"  # killed on a new library: during its creation, too
    trials = [import_trial(fresh, source, expected, rng.uniform(0.1, full))]
    trials.append(import_trial(home, source, expected, rng.uniform(0.1, full)))
    _assert_all_passed(trials)


def _reads_back_as(expected: str):
    def complete(data: bytes) -> bool:
        try:
            zipfile.ZipFile(io.BytesIO(data)).testzip()
        except zipfile.BadZipFile:
            return False
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "back.docx"
            path.write_bytes(data)
            return open_document(path).text == expected

    return complete


def test_killed_while_exporting_leaves_the_old_file_or_the_new(tmp_path: Path) -> None:
    rng = random.Random()
    home = tmp_path / "home"
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = tmp_path / "old.md"
    old.write_text("Old version\n\nThe previous good export.\n", encoding="utf-8")
    trials = []
    # A Word file killed at a random moment (mostly while rendering), then plain text
    # of 4 MB killed within 2 ms of its temporary file appearing (while writing it).
    for fmt, paragraphs, kill_at_random in (("docx", 600, True), ("txt", 12_000, False)):
        source = tmp_path / f"timetable-{paragraphs}.md"
        source.write_text(long_draft(paragraphs), encoding="utf-8")
        out = out_dir / f"timetable.{fmt}"
        assert run_cli("export", str(old), "--to", fmt, "-o", str(out), home=home).returncode == 0
        reference = out_dir / f"reference.{fmt}"
        started = time.monotonic()
        made = run_cli("export", str(source), "--to", fmt, "-o", str(reference), home=home)
        assert made.returncode == 0, made.stderr
        full = time.monotonic() - started
        new = reference.read_bytes()
        complete = _reads_back_as(open_document(reference).text) if fmt == "docx" else new.__eq__
        reference.unlink()
        for _ in range(1 if kill_at_random else 2):
            kill_after = rng.uniform(0.1, full) if kill_at_random else None
            good = out.read_bytes()  # whichever whole file is there is the good one
            trials.append(
                export_trial(
                    home, source, out, fmt, good=good, complete=complete,
                    kill_after=kill_after, rng=rng,
                )
            )  # fmt: skip
    _assert_all_passed(trials)
    again = run_cli("export", str(old), "--to", "txt", "-o", str(out), "--force", home=home)
    assert again.returncode == 0, again.stderr
    assert hidden_leftovers(out_dir) == [], "a killed export's temporary file was left behind"
