# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A long draft checked in several processes gives exactly the one-process findings."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.style.parallel import _pieces

REPO = Path(__file__).resolve().parents[2]

# Paragraphs of our own, chosen so that every whole-document rule has work on
# both sides of any cut: quotations running over paragraphs, an interview
# transcript, variant spellings, a name spelled two ways, unbalanced marks.
PARAGRAPHS = [
    "The harbour board met on Tuesday in order to diffuse the row over berths.",
    "“We will not move the ferries,” said Ingrid Solbakken, the board's chair.",
    "“The timetable stays as it is.",
    "“And the fares stay too,” she added.",
    "Solbakken said the e-mail from the council came late.",
    "The council's email said the berths would be rebuilt, Solbakkan said.",
    "((Reporter)) Will the ferries run in winter?",
    "((Solbakken)) They always have.",
    'A spokesman said the board "would consider it".',
    "The colour of the new hulls is grey; the color was chosen in 2019.",
    "He said: “It is over.",
    "",
    "They hired 3 new deckhands and nine pilots, the the board said.",
]


def _draft(seed: int, paragraphs: int) -> str:
    chooser = random.Random(seed)
    return "\n".join(chooser.choice(PARAGRAPHS) for _ in range(paragraphs))


def test_several_processes_give_the_same_findings_as_one(tmp_path: Path) -> None:
    # In a fresh process: the parallel path forks only where no other thread
    # runs, and a test session may have started some.
    draft = tmp_path / "draft.txt"
    draft.write_text(_draft(5, 3000), encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from app.core.quotes import quote_spans
        from app.core.style import CheckConfig, check_text, load_ruleset
        from app.core.style.parallel import _pieces, check_document
        text = Path({str(draft)!r}).read_text(encoding="utf-8")
        ruleset = load_ruleset(CheckConfig(user_files=False, disk_cache=False))
        one = check_text(text, ruleset, quote_spans=quote_spans(text))
        results = {{}}
        for workers in (2, 3, 5):
            many = check_document(text, ruleset, workers=workers, min_chars=1000)
            results[workers] = [many == one, len(_pieces(text, workers))]
        # A worker that dies (killed, out of memory): the check finishes in this process.
        import os
        from app.core.style import parallel
        parent, original = os.getpid(), parallel._check_piece
        def dying(start, end):
            if os.getpid() != parent:
                os._exit(9)
            return original(start, end)
        parallel._check_piece = dying
        results["dying"] = [check_document(text, ruleset, workers=2, min_chars=1000) == one, 2]
        parallel._check_piece = original
        rules = sorted({{f.rule.split(".")[1] for f in one}})
        print(json.dumps({{"findings": len(one), "rules": rules, "results": results}}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["findings"] > 300
    # The whole-document rules had something to decide across the pieces.
    assert {"consistency", "punctuation", "confused"} <= set(report["rules"]), report["rules"]
    for workers, (same, pieces) in report["results"].items():
        assert pieces == (2 if workers == "dying" else int(workers)), report
        assert same, f"{workers} processes gave other findings than one"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=60).map("\n".join),
    st.integers(2, 6),
)
def test_pieces_cover_the_text_and_cut_no_quotation(text: str, count: int) -> None:
    from app.core.quotes.spans import quote_units

    pieces = _pieces(text, count)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(pieces):
        assert text[end] == "\n" and start == end + 1
        assert not any(a < start <= b for a, b in quote_units(text)), (text, pieces)
    for start, end in pieces:
        assert start <= end


def test_copydesk_check_on_a_long_draft_is_the_same_with_one_process_or_several(
    tmp_path: Path,
) -> None:
    from app.core.style.parallel import PARALLEL_MIN_CHARS

    draft = tmp_path / "long.txt"
    text = _draft(9, 9000)
    assert len(text) > PARALLEL_MIN_CHARS  # long enough for the command to use every core
    draft.write_text(text, encoding="utf-8")
    outputs = []
    for jobs in ("1", "3"):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "home"), "check",
             str(draft), "--format", "json", "--fail-on", "never", "--jobs", jobs],
            cwd=REPO, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout)["findings"])
    assert outputs[0] and outputs[0] == outputs[1]


def test_the_number_of_processes_is_bounded() -> None:
    from app.core.style.parallel import MAX_ASKED, MAX_WORKERS, _worker_count

    assert _worker_count(1000) == MAX_ASKED
    assert _worker_count(0) == 1 and _worker_count(3) == 3
    assert 1 <= _worker_count(None) <= MAX_WORKERS
