# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The ``copydesk`` command.

With no argument, or a file path, it opens the desktop app. Subcommands run
headless and never import Qt. Exit codes: 0 success; 1 ``check`` found a
problem at or above ``--fail-on``; 2 bad input, bad arguments or a failure
(with one plain line on stderr).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__

SUBCOMMANDS = ("import", "list", "check", "quotes", "export", "report", "text")
_GLOBAL_OPTIONS_WITH_VALUE = ("--database-url", "--data-dir")


class CommandError(Exception):
    """A failure to report on stderr as one line, with exit code 2."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        return _run_gui(args)
    parser = build_parser()
    options = parser.parse_args(args)
    handler: Callable[[argparse.Namespace], int] = options.handler
    log_file = _start_logging(options)
    try:
        return handler(options)
    except CommandError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # A bug, not bad input: one plain line here, the traceback in the log file.
        logging.getLogger("app.cli").exception("copydesk %s failed", options.command)
        where = f" The details are in {log_file}." if log_file.exists() else ""
        print(f"copydesk: something went wrong inside Copydesk ({exc}).{where}", file=sys.stderr)
        return 2


def _start_logging(options: argparse.Namespace) -> Path:
    """Warnings and errors go to the log file only; stderr stays the command's own."""
    from app.core.logs import setup_logging
    from app.core.paths import user_paths

    return setup_logging(user_paths(options.data_dir), logging.WARNING)


def _wants_gui(args: list[str]) -> bool:
    """True unless the first word that is not a global option is a subcommand or help."""
    index = 0
    while index < len(args):
        word = args[index]
        if word in ("-h", "--help", "--version"):
            return False
        if word in _GLOBAL_OPTIONS_WITH_VALUE:
            index += 2
            continue
        if word.startswith("--") and "=" in word:
            index += 1
            continue
        return word not in SUBCOMMANDS and not word.startswith("-")
    return True


def _run_gui(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="copydesk", description="Open the Copydesk app.")
    _add_global_options(parser)
    parser.add_argument("file", nargs="?", help="a draft to open")
    options = parser.parse_args(args)
    from app.ui.main import run  # Qt is imported only on this path

    return run(file=options.file, database_url=options.database_url, data_dir=options.data_dir)


def _add_global_options(parser: argparse.ArgumentParser, *, inherited: bool = False) -> None:
    # Given before or after the subcommand; after it, SUPPRESS keeps an absent
    # option from overwriting the value given before it.
    default = argparse.SUPPRESS if inherited else None
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="database (default: $COPYDESK_DATABASE_URL, else the data folder's SQLite file)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep all Copydesk files under DIR (like $COPYDESK_HOME)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Copydesk: editorial review for newsrooms. "
        "Run without a command (or with a file) to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    _add_global_options(parser)
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, inherited=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sub = commands.add_parser("import", parents=[common], help="store a draft; print its id")
    sub.add_argument("file")
    sub.set_defaults(handler=cmd_import)

    sub = commands.add_parser("list", parents=[common], help="list the stored articles")
    sub.add_argument("--format", choices=("json", "text"), default="text")
    sub.set_defaults(handler=cmd_list)

    sub = commands.add_parser("text", parents=[common], help="print the text Copydesk reviews")
    sub.add_argument("file")
    sub.set_defaults(handler=cmd_text)

    sub = commands.add_parser("check", parents=[common], help="check a draft's style")
    sub.add_argument("file")
    sub.add_argument("--format", choices=("json", "text"), default="text")
    sub.add_argument(
        "--fail-on", choices=("error", "warning", "suggestion", "never"), default="error"
    )
    sub.add_argument("--disable", action="append", default=[], metavar="PREFIX")
    sub.add_argument("--rules", action="append", default=[], metavar="DIR")
    sub.add_argument("--grammar", action="store_true", help="also check grammar with LanguageTool")
    sub.add_argument(
        "--languagetool-url",
        metavar="URL",
        help="check grammar against this LanguageTool server for this run (implies --grammar)",
    )
    sub.set_defaults(handler=cmd_check)

    sub = commands.add_parser("quotes", parents=[common], help="list a draft's quotes and sources")
    sub.add_argument("file")
    sub.add_argument("--format", choices=("json", "text"), default="text")
    sub.set_defaults(handler=cmd_quotes)

    sub = commands.add_parser("export", parents=[common], help="export a draft or an article")
    sub.add_argument("file", nargs="?")
    sub.add_argument("--article", type=int, metavar="ID")
    sub.add_argument("--to", required=True, choices=("docx", "odt", "pdf", "html", "md", "txt"))
    sub.add_argument("-o", "--output", required=True, metavar="OUT")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")
    sub.add_argument(
        "--page-size", choices=("a4", "letter"), default="a4", help="paper for docx, odt, pdf"
    )
    sub.set_defaults(handler=cmd_export)

    sub = commands.add_parser("report", parents=[common], help="write an article's review report")
    sub.add_argument("--article", type=int, metavar="ID", required=True)
    sub.add_argument("--to", choices=("html", "pdf"), default="html")
    sub.add_argument("-o", "--output", required=True, metavar="OUT")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")
    sub.set_defaults(handler=cmd_report)
    return parser


def _open_document(file: str) -> Any:
    from app.core.importers import ImportProblem, open_document

    try:
        return open_document(file)
    except ImportProblem as exc:
        raise CommandError(str(exc)) from exc


def _open_database(options: argparse.Namespace) -> Any:
    from app.core.paths import user_paths
    from app.core.storage import Database, StorageError
    from app.core.storage.db import resolve_database_url
    from app.core.storage.migrate import upgrade_to_head

    paths = user_paths(options.data_dir)
    try:
        db = Database(resolve_database_url(options.database_url, paths.database))
        upgrade_to_head(db)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    return db


def _author(options: argparse.Namespace) -> str:
    import getpass

    from app.core.paths import user_paths
    from app.core.settings import load_settings

    name = load_settings(user_paths(options.data_dir).settings_file).user_name
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def cmd_import(options: argparse.Namespace) -> int:
    from app.core.articles import create_article
    from app.core.storage import StorageError

    document = _open_document(options.file)
    db = _open_database(options)
    try:
        article, _changes = create_article(
            db, document, author=_author(options), source_path=str(Path(options.file).resolve())
        )
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    print(article.id)
    return 0


def cmd_list(options: argparse.Namespace) -> int:
    from app.core.articles import list_articles
    from app.core.storage import StorageError

    db = _open_database(options)
    try:
        articles = list_articles(db)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    if options.format == "json":
        rows = [
            {
                "id": a.id,
                "title": a.title,
                "status": a.status.value,
                "words": a.words,
                "updated": a.updated.isoformat(),
            }
            for a in articles
        ]
        _print_json({"articles": rows})
    else:
        for a in articles:
            stamp = a.updated.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{a.id:>5}  {a.status.value:<13} {a.words:>6} words  {stamp}  {a.title}")
    return 0


def cmd_text(options: argparse.Namespace) -> int:
    document = _open_document(options.file)
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_check(options: argparse.Namespace) -> int:
    from app.core.quotes import quote_spans
    from app.core.style import SEVERITY_RANK, CheckConfig, RulePackError, check_text, load_ruleset

    document = _open_document(options.file)
    for folder in options.rules:
        if not Path(folder).is_dir():
            raise CommandError(f"the rules folder {folder} does not exist.")
    config = CheckConfig(
        disabled=tuple(options.disable),
        rule_dirs=tuple(Path(folder) for folder in options.rules),
        home=Path(options.data_dir) if options.data_dir else None,
    )
    try:
        ruleset = load_ruleset(config)
    except RulePackError as exc:
        raise CommandError(str(exc)) from exc
    text = document.text
    # A one-shot process creates millions of small objects and frees them at
    # exit: the cycle collector would only rescan them (about 5% of the time).
    gc.disable()
    findings = check_text(text, ruleset, quote_spans=quote_spans(text))
    # With --grammar or --languagetool-url, LanguageTool's findings join the house ones.
    findings = _with_grammar(findings, text, options)
    if options.format == "json":
        _print_json({"findings": [_finding_json(text, f) for f in findings]})
    else:
        _print_findings(options.file, text, findings)
    if options.fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[options.fail_on]
    return 1 if any(SEVERITY_RANK.get(f.severity, 0) >= threshold for f in findings) else 0


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _finding_json(text: str, finding: Any) -> dict[str, Any]:
    return {
        "start": finding.start,
        "end": finding.end,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "replacements": list(finding.replacements),
        "text": text[finding.start : finding.end],
        "explanation": finding.explanation,
        "url": finding.url,
        "inside_quote": finding.inside_quote,
        "related": [list(span) for span in finding.related],
    }


def _print_findings(name: str, text: str, findings: Sequence[Any]) -> None:
    """``file:line:col: severity rule message`` lines; line and column count from 1."""
    import bisect

    starts = _line_starts(text)
    out = []
    for finding in findings:
        line = bisect.bisect_right(starts, finding.start)
        column = finding.start - starts[line - 1] + 1
        out.append(f"{name}:{line}:{column}: {finding.severity} {finding.rule} {finding.message}\n")
    sys.stdout.write("".join(out))


def _with_grammar(
    findings: list[Any],
    text: str,
    options: argparse.Namespace,
    disabled_lt_rules: Sequence[str] = (),
) -> list[Any]:
    """Issue 7: with --grammar or --languagetool-url, LanguageTool's findings join the house ones.

    When LanguageTool is unavailable it prints ``copydesk: Grammar check unavailable:
    <reason>`` on stderr and returns the house findings unchanged, so the exit code is
    the one without --grammar. ``disabled_lt_rules``: LanguageTool rule ids the house
    rule packs switch off.
    """
    from app.core.grammar.cli_support import with_grammar_findings

    return with_grammar_findings(findings, text, options, disabled_lt_rules=disabled_lt_rules)


def cmd_quotes(options: argparse.Namespace) -> int:
    from app.core.quotes import find_quotes

    document = _open_document(options.file)
    analysis = find_quotes(document.text, blocks=document.blocks)
    if options.format == "json":
        _print_json(_quotes_json(analysis))
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


def cmd_export(options: argparse.Namespace) -> int:
    """Convert a draft file (no approval: a conversion) to OUT in the chosen format."""
    if options.article is not None and options.file:
        raise CommandError("give either a FILE or --article ID, not both.")
    if options.article is not None:
        return _export_article(options)
    if not options.file:
        raise CommandError("name a FILE to export (or --article ID).")
    from app.core.export import ExportProblem, export_document

    document = _open_document(options.file)
    try:
        written = export_document(
            document,
            options.to,
            Path(options.output),
            force=options.force,
            page_size=options.page_size,
        )
    except ExportProblem as exc:
        raise CommandError(str(exc)) from exc
    print(written)
    return 0


def _export_article(options: argparse.Namespace) -> int:
    """Export a stored article: final when approved, a "not approved" proof otherwise."""
    from app.core.export import ExportProblem
    from app.core.publish import export_article
    from app.core.storage import StorageError
    from app.core.workflow import find_profile

    db = _open_database(options)
    try:
        outcome = export_article(
            db,
            options.article,
            options.to,
            Path(options.output),
            profile=find_profile(db, _author(options)),
            force=options.force,
            page_size=options.page_size,
        )
    except (ExportProblem, StorageError) as exc:
        raise CommandError(str(exc)) from exc
    if not outcome.final:
        print("copydesk: the article is not approved; exported as a proof.", file=sys.stderr)
    print(outcome.path)
    return 0


def cmd_report(options: argparse.Namespace) -> int:
    """Write the review report of a stored article as HTML or PDF."""
    from app.core.export import ExportProblem
    from app.core.publish import write_article_report
    from app.core.storage import StorageError

    db = _open_database(options)
    try:
        written = write_article_report(
            db, options.article, options.to, Path(options.output), force=options.force
        )
    except (ExportProblem, StorageError) as exc:
        raise CommandError(str(exc)) from exc
    print(written)
    return 0


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
