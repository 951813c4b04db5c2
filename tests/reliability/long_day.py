# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A long working day in one process: the real window opens, checks and leaves draft after draft.

Run as a script (``python tests/reliability/long_day.py --folder F --drafts N``) it is
that process: the app as ``copydesk`` starts it (offscreen, dialogs recorded), working
through N drafts, printing a JSON summary. ``day_in_child`` runs it from a test or from
bench/soak.py, so that the figure is the app's own, not that of a test process that has
done other work before. Memory is the resident set (VmRSS), measured after a warm-up
(the first drafts fill caches and load what loads lazily) and at the end of the day.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

FIRST = ("Ana", "Ben", "Chidi", "Dana", "Emre", "Farah", "Goran", "Hana", "Ivo", "Jun")
LAST = ("Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad", "Kowalski")
NOUNS = ("council", "harbour", "ferry", "budget", "school", "bridge", "clinic", "market", "pier")
VERBS = ("approved", "delayed", "questioned", "funded", "reopened", "closed", "reviewed")
EXTRA = ("in order to", "diffuse", "very unique", "at this point in time", "utilize")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(NOUNS), rng.choice(VERBS), "the", rng.choice(NOUNS), "plan"]
    if rng.random() < 0.3:
        words.insert(2, rng.choice(EXTRA))
    words += ["on", rng.choice(("Monday", "Friday", "Tuesday")), "after", "a", "long", "debate"]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    if rng.random() < 0.35:
        speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return f"“{_sentence(rng)[:-1]},” said {speaker}, a {rng.choice(NOUNS)} official."
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))


def make_drafts(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """``count`` drafts of 300 to 900 words, in turn .txt, .md, .html and .docx."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    drafts = []
    for number in range(count):
        title = f"{rng.choice(NOUNS).capitalize()} {rng.choice(VERBS)} in draft {number}"
        byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}"
        body = [_paragraph(rng) for _ in range(rng.randint(8, 24))]
        kind = (".txt", ".md", ".html", ".docx")[number % 4]
        path = folder / f"draft-{number:03d}{kind}"
        if kind == ".txt":
            path.write_text("\n\n".join([title, byline, *body]) + "\n", encoding="utf-8")
        elif kind == ".md":
            path.write_text(f"# {title}\n\n{byline}\n\n" + "\n\n".join(body), encoding="utf-8")
        elif kind == ".html":
            paragraphs = "".join(f"<p>{p}</p>" for p in body)
            html = f"<article><h1>{title}</h1><p class=byline>{byline}</p>{paragraphs}</article>"
            path.write_text(html, encoding="utf-8")
        else:
            document = docx.Document()
            document.add_paragraph(title, style="Title")
            document.add_paragraph(byline)
            for paragraph in body:
                document.add_paragraph(paragraph)
            document.save(str(path))
        drafts.append(path)
    return drafts


def resident_mb() -> float:
    """The process's resident memory now (VmRSS), in MB; 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0.0
    return int(line.split()[1]) / 1024


@dataclass
class Day:
    drafts: int
    seconds: float
    after_warm_up_mb: float
    at_end_mb: float

    @property
    def growth_mb(self) -> float:
        return self.at_end_mb - self.after_warm_up_mb


def _wait(app: object, condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        time.sleep(0.002)


def work_through(window: object, drafts: list[Path], warm_up: int = 10) -> Day:
    """Open each draft in ``window`` (a MainWindow), let it be checked, type in it, go on.

    Opening the next draft saves and leaves the current one, as in the app.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    started = time.monotonic()
    after_warm_up = 0.0
    for number, path in enumerate(drafts):
        window.open_path(str(path))  # type: ignore[attr-defined]
        source = str(path.resolve())

        def checked(source: str = source) -> bool:
            article = window.article  # type: ignore[attr-defined]
            review = window.review.result  # type: ignore[attr-defined]
            editor_text = window.editor.document_snapshot().text  # type: ignore[attr-defined]
            return bool(
                article is not None
                and article.source_path == source
                and review is not None
                and review.text == editor_text
            )

        _wait(app, checked, 60, f"{path.name} to be opened and checked")
        window.editor.insertPlainText(" Edited.")  # type: ignore[attr-defined]
        if number + 1 == warm_up:
            window.context.tasks.wait()  # type: ignore[attr-defined]
            gc.collect()
            after_warm_up = resident_mb()
    window.context.tasks.wait()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[union-attr]
    gc.collect()
    return Day(len(drafts), time.monotonic() - started, after_warm_up, resident_mb())


def run_day(folder: Path, count: int, warm_up: int = 10) -> dict[str, object]:
    """The app in this process works through ``count`` drafts; the day's summary."""
    from PySide6.QtWidgets import QApplication

    from app.core.workflow import Role, save_profile
    from app.ui.dialogs import messages
    from app.ui.main import build_context
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    problems: list[tuple[str, str]] = []
    messages.show_problem = lambda _parent, title, message: problems.append((title, message))
    context = build_context(data_dir=str(folder / "home"))
    checker = "house style"
    context.set_profile(save_profile(context.db, "Day Editor", Role.EDITOR)[0])
    window = MainWindow(context)
    window.show()
    day = work_through(window, make_drafts(folder / "drafts", count), warm_up)
    stored = window.library.model.rowCount()
    window.close()
    app.processEvents()
    context.tasks.wait()
    return {**asdict(day), "growth_mb": round(day.growth_mb, 1), "checker": checker,
            "problems": problems, "stored": stored}  # fmt: skip


def day_in_child(folder: Path, count: int, warm_up: int = 10) -> dict[str, object]:
    """``run_day`` in a fresh process, as the app would run."""
    done = subprocess.run(
        [sys.executable, __file__, "--folder", str(folder), "--drafts", str(count),
         "--warm-up", str(warm_up)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise AssertionError(f"the working day stopped: {done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--warm-up", type=int, default=10)
    arguments = parser.parse_args()
    print(json.dumps(run_day(arguments.folder, arguments.drafts, arguments.warm_up)))
