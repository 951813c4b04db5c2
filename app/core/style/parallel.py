# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A long draft checked on every core: the same findings as one process, sooner.

``check_document`` is what ``copydesk check`` runs. A draft of more than
``PARALLEL_MIN_CHARS`` is cut at paragraph boundaries that no quotation runs
across; each piece has its quotations found and its paragraphs scanned in a
process of its own (forked, so the rules are not loaded again), and the
whole-document rules (consistency, quote balance) then decide on every
piece's observations at once. The result is exactly
``check_text(text, ruleset, quote_spans=quote_spans(text))``.

Forking is used only where it is safe and cheap: on Linux, in a process with
no other threads (the command line). Elsewhere, and for short drafts, the
check runs in this process.
"""

from __future__ import annotations

import os
import sys
import threading
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

from app.core.model import Finding
from app.core.quotes.spans import QUOTE_MARKS
from app.core.style.engine import (
    ParagraphResult,
    assemble,
    check_text,
    line_results,
    make_context,
    normal_spans,
)
from app.core.style.ruleset import RuleSet
from app.core.style.tokens import speech_spans

PARALLEL_MIN_CHARS = 400_000  # about 70,000 words: below this a fork costs more than it saves
MAX_WORKERS = 8
MAX_ASKED = 64

# What the forked workers read: set just before the pool forks, so the text
# and the compiled rules reach them by copy-on-write instead of by pickling.
_JOB: dict[str, object] = {}


def check_document(
    text: str,
    ruleset: RuleSet,
    *,
    known_names: Iterable[str] = (),
    workers: int | None = None,
    min_chars: int = PARALLEL_MIN_CHARS,
) -> list[Finding]:
    """Every finding in ``text`` with its quotations found, sorted by (start, end, rule).

    ``workers`` is the number of processes (default: the usable cores, at
    most ``MAX_WORKERS``); 1, a text shorter than ``min_chars`` or a platform
    without a safe fork checks in this process. Call from the main thread of a process without
    other threads.
    """
    from app.core.quotes import quote_spans

    names = tuple(known_names)
    count = _worker_count(workers)
    pieces = _pieces(text, count) if len(text) >= min_chars and count > 1 else []
    if len(pieces) > 1 and _can_fork():
        results = _in_processes(text, ruleset, names, pieces)
        if results is not None:
            return assemble(results, ruleset, make_context(ruleset, names))
    return check_text(text, ruleset, quote_spans=quote_spans(text), known_names=names)


def _in_processes(
    text: str, ruleset: RuleSet, names: tuple[str, ...], pieces: list[tuple[int, int]]
) -> list[tuple[int, ParagraphResult]] | None:
    """Every line's result, the first piece here and the others in forked workers;
    None when the workers could not be started or died (the caller checks here)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _JOB.update(text=text, ruleset=ruleset, names=names, speech=speech_spans(text))
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(pieces) - 1, mp_context=context) as pool:
            later = [pool.submit(_check_piece, start, end) for start, end in pieces[1:]]
            results = _check_piece(*pieces[0])
            for future in later:
                results.extend(future.result())
        return results
    except (BrokenProcessPool, OSError):
        # No room for another process (memory, a process limit) or a worker
        # killed: the same check in this process is slower but gives the answer.
        return None
    finally:
        _JOB.clear()


def _check_piece(start: int, end: int) -> list[tuple[int, ParagraphResult]]:
    """``(offset, result)`` of each line in ``text[start:end]`` (absolute offsets).

    ``start`` is the start of a line and ``end`` the end of one (or of the text).
    """
    from app.core.quotes import quote_spans

    text: str = _JOB["text"]  # type: ignore[assignment]
    ruleset: RuleSet = _JOB["ruleset"]  # type: ignore[assignment]
    speech: list[tuple[int, int]] = _JOB["speech"]  # type: ignore[assignment]
    ctx = make_context(ruleset, _JOB["names"])  # type: ignore[arg-type]
    piece = text[start:end]
    quoted = [(a + start, b + start) for a, b in quote_spans(piece)]
    # The spoken turns that reach into this piece; clipping per line makes the
    # union of spans the same as the whole text's, so each line sees the same.
    first = max(bisect_left(speech, (start, start)) - 1, 0)
    nearby = []
    for a, b in speech[first:]:
        if a >= end:
            break
        if b > start:
            nearby.append((a, b))
    return line_results(piece, normal_spans([*quoted, *nearby]), ruleset, ctx, start)


def _pieces(text: str, count: int) -> list[tuple[int, int]]:
    """``count`` (or fewer) ranges of whole lines covering ``text``, each cut at a
    line that no quotation unit can run over."""
    cuts = [0]
    for number in range(1, count):
        cut = _safe_cut(text, len(text) * number // count)
        if cut is not None and cut > cuts[-1]:
            cuts.append(cut)
    bounds = [*cuts, len(text) + 1]
    # Each piece ends before the newline that separates it from the next.
    return [(a, b - 1) for a, b in pairwise(bounds)]


def _safe_cut(text: str, near: int) -> int | None:
    """The start of the first line after ``near`` that holds words and no double
    quotation mark. A quotation unit (see ``app.core.quotes.spans``) is made of
    lines with marks and the blank lines between them, so none runs over it."""
    position = text.find("\n", near)
    while position != -1:
        cut = position + 1
        end = text.find("\n", cut)
        line = text[cut:] if end == -1 else text[cut:end]
        if line.strip() and not QUOTE_MARKS.search(line):
            return cut
        position = end
    return None


def _worker_count(workers: int | None) -> int:
    """Processes to use: ``workers`` as asked (at most ``MAX_ASKED``, so a typo
    cannot fork a thousand), or the usable cores up to ``MAX_WORKERS``."""
    if workers is not None:
        return min(max(1, workers), MAX_ASKED)
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 1
    return min(usable, MAX_WORKERS)


def _can_fork() -> bool:
    """Fork only on Linux and with no other thread running: a thread holding a
    lock at the moment of the fork would leave the child stuck on it."""
    import multiprocessing

    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )
