"""The ``workbook`` command: no subcommand opens the desktop app; a subcommand runs headless.

Each group of subcommands lives in its own module here and exposes
``register(subparsers)``, which adds its parsers and sets ``run`` to a function
taking the parsed arguments and returning an exit code. Heavy imports (Qt,
SQLAlchemy, reportlab) happen inside those functions, so ``workbook check`` and
``workbook --version`` start quickly.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from workbook import __version__
from workbook.cli.workbook_argument import merge_workbook_option

#: Modules that contribute subcommands, in the order ``--help`` lists them.
SUBCOMMAND_MODULES = (
    "workbook.cli.check",
    "workbook.cli.store_commands",
    "workbook.cli.sync_commands",
    "workbook.cli.print_commands",
    "workbook.cli.preview",
    "workbook.cli.packs",
    "workbook.cli.fhir_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbook",
        description=(
            "Workbook: a private, structured recovery workbook. "
            "Run without a command to open the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Workbook {__version__}")
    parser.add_argument(
        "--program",
        metavar="FOLDER",
        type=Path,
        help="open the app on another program folder instead of the built-in one",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        if importlib.util.find_spec(name) is None:
            continue
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = merge_workbook_option(args)
    if problem is not None:
        parser.error(problem)
    if args.command is None:
        from workbook.ui.shell.app import run_app

        return run_app(program_dir=args.program)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except Exception as error:  # a command without its own guard: still no traceback
        from workbook.cli.store_prompts import report_failure

        report_failure(error)
        return 1
