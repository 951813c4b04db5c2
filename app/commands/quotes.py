# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""quotes: every quotation in a draft and who said it."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import open_document, print_json


def cmd_quotes(options: argparse.Namespace) -> int:
    from app.core.quotes import find_quotes

    document = open_document(options.file)
    analysis = find_quotes(document.text, blocks=document.blocks)
    if options.format == "json":
        print_json(_quotes_json(analysis))
    else:
        _print_sources(analysis)
    return 0


def _quotes_json(analysis: Any) -> dict[str, Any]:
    quotes = [
        {
            "start": q.start,
            "end": q.end,
            "quote": q.text,
            "speaker": q.speaker,
            "speaker_kind": q.speaker_kind,
            "direct": q.direct,
            "attribution": (
                {"start": q.attribution[0], "end": q.attribution[1]} if q.attribution else None
            ),
        }
        for q in analysis.quotes
    ]
    sources = [
        {"name": s.name, "kind": s.kind, "role": s.role, "quotes": s.quotes}
        for s in analysis.sources
    ]
    return {"quotes": quotes, "sources": sources}


def _print_sources(analysis: Any) -> None:
    if not analysis.quotes:
        print("No quotations found.")
        return
    for source in analysis.sources:
        role = f", {source.role}" if source.role else ""
        tag = "anonymous" if source.anonymous else source.kind
        count = "quote" if source.quotes == 1 else "quotes"
        print(f"{source.name}{role} ({tag}): {source.quotes} {count}")
        for quote in analysis.quotes:
            if quote.speaker == source.name and not quote.continued:
                print(f"  {_quote_line(quote)}")
    unattributed = [q for q in analysis.quotes if q.speaker is None and not q.continued]
    if unattributed:
        print("Not attributed:")
        for quote in unattributed:
            print(f"  {_quote_line(quote)}")


def _quote_line(quote: Any) -> str:
    words = " ".join(quote.text.split())
    if len(words) > 90:
        words = words[:87] + "..."
    shown = f"“{words}”" if quote.direct else f"(reported) {words}"
    return f"{quote.start:>6}  {shown}"
