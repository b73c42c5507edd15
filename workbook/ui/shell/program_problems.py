"""When the program folder's files have mistakes: list them (file, line, fix), never a traceback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workbook.ui.widgets.dialogs import show_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workbook.core.language import ProgramError
    from workbook.core.language.diagnostics import Diagnostic

#: The dialog lists this many problems; ``workbook check`` shows them all.
SHOWN = 20


def describe_diagnostics(diagnostics: Sequence[Diagnostic]) -> str:
    """One line per problem: ``file:line: message — hint``."""
    lines = []
    for diag in diagnostics[:SHOWN]:
        hint = f" — {diag.hint}" if diag.hint else ""
        lines.append(f"{diag.path}:{diag.line}: {diag.message}{hint}")
    remaining = len(diagnostics) - SHOWN
    if remaining > 0:
        lines.append(
            QCoreApplication.translate("ShellProgramProblems", "… and {remaining} more.").format(
                remaining=remaining
            )
        )
    return "\n".join(lines)


def report_program_error(parent: QWidget | None, error: ProgramError) -> bool:
    """Tell the person (or the clinician trying modules) what is wrong with the program.

    Returns True when they chose to carry on with the built-in program instead.
    """
    diagnostics = error.diagnostics
    choice = show_problem(
        parent,
        QCoreApplication.translate(
            "ShellProgramProblems",
            "This program's module files have mistakes, so Workbook can't show it.",
        ),
        QCoreApplication.translate(
            "ShellProgramProblems",
            "Fix the problems listed below and start Workbook again, or run “workbook check FOLDER” to see them all. Your workbook and your answers are safe.",
        ),
        title=QCoreApplication.translate("ShellProgramProblems", "Program has mistakes"),
        details=describe_diagnostics(diagnostics) or str(error),
        actions=[
            (
                QCoreApplication.translate(
                    "ShellProgramProblems", "Use the built-in program for now"
                ),
                "builtin",
            )
        ],
    )
    return choice == "builtin"
