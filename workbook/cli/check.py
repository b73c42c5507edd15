"""``workbook check PATH...``: tell a module author every problem, with file, line and fix."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check module files or program folders and list every problem",
        description=(
            "Check module files or program folders. Prints each problem as "
            "file:line:col: error|warning: message, with the line, a caret and a hint. "
            "Exits with 1 if there are errors, 0 otherwise."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a module file or a program folder"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for editors and tools",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbook.core.language.checker import check_paths, format_json, format_text

    diagnostics = check_paths(args.paths)
    if args.format == "json":
        print(format_json(diagnostics))
    else:
        print(format_text(diagnostics))
    sys.stdout.flush()
    return 1 if any(d.is_error for d in diagnostics) else 0
