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
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.commands.check import cmd_check
from app.commands.common import CommandError
from app.commands.export import cmd_export, cmd_report
from app.commands.library import cmd_import, cmd_list, cmd_text
from app.commands.quotes import cmd_quotes
from app.commands.rules import cmd_rule_stats, parse_day

SUBCOMMANDS = ("import", "list", "check", "quotes", "export", "report", "text", "rule-stats")
_GLOBAL_OPTIONS_WITH_VALUE = ("--database-url", "--data-dir")


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A bundled app starts its helper process by running itself; this makes that
        # run the helper instead of a second copy of Copydesk.
        import multiprocessing

        multiprocessing.freeze_support()
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


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {value!r}")
    return number


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
    sub.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="processes for a long draft (default: one per core; 1 checks in one process)",
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

    sub = commands.add_parser(
        "rule-stats", parents=[common], help="which rules the desk fixes or dismisses, and why"
    )
    sub.add_argument("--format", choices=("json", "text"), default="text")
    sub.add_argument(
        "--since", type=parse_day, metavar="YYYY-MM-DD", help="only decisions from that day on"
    )
    sub.set_defaults(handler=cmd_rule_stats)

    sub = commands.add_parser("report", parents=[common], help="write an article's review report")
    sub.add_argument("--article", type=int, metavar="ID", required=True)
    sub.add_argument("--to", choices=("html", "pdf"), default="html")
    sub.add_argument("-o", "--output", required=True, metavar="OUT")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")
    sub.set_defaults(handler=cmd_report)
    return parser
