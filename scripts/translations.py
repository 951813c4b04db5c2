# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Refresh the UI translations: extract strings, complete English, compile .qm files.

``make translations`` runs this after UI strings change. It runs pyside6-lupdate
over app/ui into every resources/translations/copydesk_*.ts (creating the
English one), fills English with the source text itself (``(s)`` plurals get
proper singular and plural forms), and compiles each .ts to .qm with
pyside6-lrelease. Other languages are translated in Qt Linguist
(``pyside6-linguist``); see docs/translations.md.
    python scripts/translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "ui"
FOLDER = ROOT / "resources" / "translations"
ENGLISH = FOLDER / "copydesk_en.ts"


def tool(name: str) -> str:
    """A Qt tool from the venv PySide6 is installed in (``pyside6-lupdate``), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6 (pip install -e .)")
    return found


def ui_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def extract(ts_files: list[Path]) -> None:
    """Update ``ts_files`` with every translatable string in app/ui (no line numbers kept,
    so the files only change when strings do)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *ui_sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-ts",
            *map(str, ts_files),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English ``%n`` message: "%n rule(s)" → "%n rule", "%n rules"."""
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return [source, source]


def complete_english(path: Path) -> int:
    """Give every message of the English .ts its source text as translation; return how many."""
    tree = etree.parse(str(path))
    tree.getroot().set("language", "en")
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = etree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in english_forms(source):
                etree.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
        filled += 1
    tree.write(str(path), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")
    return filled


def compile_all(ts_files: list[Path], out: Path) -> list[Path]:
    """Compile each .ts to ``out``/<same name>.qm."""
    written = []
    for ts in ts_files:
        qm = out / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        written.append(qm)
    return written


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    ts_files = sorted({ENGLISH, *FOLDER.glob("copydesk_*.ts")})
    extract(ts_files)
    print(f"{ENGLISH.relative_to(ROOT)}: {complete_english(ENGLISH)} messages")
    for qm in compile_all(ts_files, FOLDER):
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
