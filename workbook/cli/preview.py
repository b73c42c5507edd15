"""``workbook preview MODULE.md``: a window showing a module as a client sees it, live as you save."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="open a live preview of a module file that follows every save",
        description=(
            "Open a window showing a module file as a client will see it (its pages, "
            "conditional questions, live scores and flags), beside its printed worksheet "
            "and the list of problems. It reloads within a second of each save and keeps "
            "your page; a save with errors lists them and keeps the last good version. "
            "Nothing typed in the preview is stored."
        ),
    )
    parser.add_argument("module", type=Path, metavar="MODULE_FILE", help="the .md module file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.module).expanduser()
    if not path.is_file():
        print(f"There is no module file at {path}.", file=sys.stderr)
        return 2
    from workbook.ui.shell.display_check import report_display_problem

    if report_display_problem():
        return 1
    from PySide6.QtWidgets import QApplication

    from workbook.ui.preview.window import PreviewWindow
    from workbook.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    window = PreviewWindow(path)
    window.show()
    return int(app.exec())
