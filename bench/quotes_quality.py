# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quote finding and attribution quality on annotated Wikinews articles.

Reads the annotation set (bench/data/quotes-wikinews.json: article URL, the
sha256 of its text, gold spans and speakers; no article text) and the
articles themselves from the shared corpus at run time (COPYDESK_CORPUS, or
``../shared/corpus`` beside the repository). Prints span precision, recall
and F1 for direct quotes, reported speech and both, under two criteria:

- exact: the spans are equal once whitespace, quotation marks and edge
  punctuation (. , ; : ! ?) are trimmed from both ends;
- overlap: the shared stretch covers at least half of the longer span.

Each gold span matches at most one predicted span of the same kind (direct
or reported). Speaker accuracy is over gold quotes matched under the overlap
criterion: the predicted speaker equals the gold one ignoring case and a
leading "the"; "end to end" counts unmatched gold quotes as wrong.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.quotes import find_quotes  # noqa: E402

DATA = ROOT / "bench" / "data" / "quotes-wikinews.json"
_EDGES = " \t\n.,;:!?\"“”'‘’"


def corpus_dir() -> Path | None:
    """The Wikinews folder: $COPYDESK_CORPUS/wikinews, else ../shared/corpus/wikinews."""
    override = os.environ.get("COPYDESK_CORPUS")
    candidates = [Path(override)] if override else []
    candidates += [parent / "shared" / "corpus" for parent in ROOT.parents]
    for base in candidates:
        if (base / "wikinews").is_dir():
            return base / "wikinews"
    return None


def load_articles(folder: Path) -> dict[str, str]:
    csv.field_size_limit(1 << 30)
    texts: dict[str, str] = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                texts[row["url"]] = row["text"]
    return texts


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= max(a[1] - a[0], b[1] - b[0])


def same_speaker(gold: str | None, found: str | None) -> bool:
    def norm(name: str | None) -> str:
        return (name or "").casefold().removeprefix("the ").strip()

    return norm(gold) == norm(found)


@dataclass
class Tally:
    """Counts for one kind of quote under both criteria."""

    gold: int = 0
    found: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_right: int = 0
    misses: list[str] = field(default_factory=list)

    def scores(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.found if self.found else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score_article(text: str, gold: list[dict], tallies: dict[str, Tally], show: bool) -> None:
    analysis = find_quotes(text)
    for kind, direct in (("direct", True), ("reported", False)):
        tally = tallies[kind]
        wanted = [g for g in gold if g["direct"] is direct]
        found = [q for q in analysis.quotes if q.direct is direct]
        tally.gold += len(wanted)
        tally.found += len(found)
        free = list(found)
        for item in wanted:
            span = trimmed(text, item["start"], item["end"])
            exact = next((q for q in free if trimmed(text, q.start, q.end) == span), None)
            near = exact or next(
                (q for q in free if overlaps(span, trimmed(text, q.start, q.end))), None
            )
            if near is None:
                if show:
                    print(
                        f"    missed {kind}: {text[span[0] : span[1]][:70]!r} ({item['speaker']})"
                    )
                continue
            free.remove(near)
            tally.exact += exact is not None
            tally.overlap += 1
            if same_speaker(item["speaker"], near.speaker):
                tally.speaker_right += 1
            elif show:
                print(f"    speaker {kind}: {near.speaker!r} for {item['speaker']!r}")
        if show:
            for q in free:
                print(f"    extra {kind}: {q.text[:70]!r} ({q.speaker})")


def report(name: str, tallies: dict[str, Tally]) -> None:
    both = Tally()
    for tally in tallies.values():
        for attr in ("gold", "found", "exact", "overlap", "speaker_right"):
            setattr(both, attr, getattr(both, attr) + getattr(tally, attr))
    print(f"\n{name}")
    print(
        f"  {'kind':<9}{'gold':>5}{'found':>6}   {'exact P/R/F1':<20}{'overlap P/R/F1':<20}"
        f"{'speaker':>8}{'end-to-end':>11}"
    )
    for kind, tally in (*tallies.items(), ("all", both)):
        exact = "/".join(f"{x:.2f}" for x in tally.scores(tally.exact))
        loose = "/".join(f"{x:.2f}" for x in tally.scores(tally.overlap))
        speaker = tally.speaker_right / tally.overlap if tally.overlap else 0.0
        end_to_end = tally.speaker_right / tally.gold if tally.gold else 0.0
        print(
            f"  {kind:<9}{tally.gold:>5}{tally.found:>6}   {exact:<20}{loose:<20}"
            f"{speaker:>8.1%}{end_to_end:>11.1%}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", metavar="SPLIT", help="list misses and extras for a split")
    options = parser.parse_args(argv)
    folder = corpus_dir()
    if folder is None:
        print("quotes_quality: the Wikinews corpus is not available (set COPYDESK_CORPUS)")
        return 0
    texts = load_articles(folder)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    splits: dict[str, dict[str, Tally]] = {}
    everything = {"direct": Tally(), "reported": Tally()}
    started = time.perf_counter()
    for article in data["articles"]:
        text = texts.get(article["url"])
        if text is None or hashlib.sha256(text.encode()).hexdigest() != article["sha256"]:
            print(f"quotes_quality: article changed or missing, skipped: {article['url']}")
            continue
        split = splits.setdefault(article["split"], {"direct": Tally(), "reported": Tally()})
        show = options.details == article["split"]
        if show:
            print(f"  {article['url']}")
        score_article(text, article["quotes"], split, show)
        score_article(text, article["quotes"], everything, False)
    elapsed = time.perf_counter() - started
    print(
        f"Quote attribution on {len(data['articles'])} annotated Wikinews articles "
        f"({elapsed / (2 * len(data['articles'])) * 1000:.1f} ms per article)"
    )
    for name, tallies in sorted(splits.items()):
        report(f"split: {name}", tallies)
    report("all articles", everything)
    _speed(folder.parent / "perf")
    return 0


def _speed(folder: Path) -> None:
    """find_quotes on the long public-domain texts, to show it stays linear."""
    for name in ("corpus-10k.txt", "corpus-100k.txt"):
        path = folder / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            started = time.perf_counter()
            found = len(find_quotes(text).quotes)
            elapsed = time.perf_counter() - started
            print(f"speed: {name} ({len(text.split())} words): {elapsed:.2f} s, {found} quotations")


if __name__ == "__main__":
    sys.exit(main())
