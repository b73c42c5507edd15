"""What a person sees after a crash: plain words, where the report is, and a way to carry on.

Apart from crash.py, which writes the report: the dialog needs the app's dialogs, and
they (through failure_words) need crash.py to log a bug.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from workbook.ui.widgets.dialogs import show_problem


def show_crash_dialog(path: Path | None) -> None:
    """Tell the person what happened in plain words; offer to keep going."""
    if QApplication.instance() is None:
        return
    where = (
        QCoreApplication.translate(
            "ShellCrash",
            "A short report for the developers was saved in:\n{folder}\n\nIt contains no words you wrote — only which part of the program failed.",
        ).format(folder=path.parent)
        if path
        else QCoreApplication.translate("ShellCrash", "A report could not be saved.")
    )
    # Not a QMessageBox: ours scrolls its words and stays within the screen at any text size.
    show_problem(
        QApplication.activeWindow(),
        QCoreApplication.translate(
            "ShellCrash", "Something went wrong inside Workbook. We are sorry."
        ),
        QCoreApplication.translate(
            "ShellCrash",
            "Your answers are saved as you go, so you should not have lost anything. You can carry on; if it happens again, close Workbook and open it again.",
        )
        + "\n\n"
        + where,
        title=QCoreApplication.translate("ShellCrash", "Something went wrong"),
    )
