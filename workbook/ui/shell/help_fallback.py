"""The "Need help now?" message used only if the full safety panel cannot be loaded.

It must never fail: no workbook access, no files, just words about where help is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.widgets.dialogs import show_problem

TEXT = QT_TRANSLATE_NOOP(
    "ShellHelpFallback",
    "If you might act on thoughts of harming yourself, or you are in danger right now, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia) or go to your nearest emergency department.\n\nIf you can, tell someone you trust how you are feeling, and stay with them.\n\nYou can also contact your doctor, your therapist, or a crisis line in your country.",
)


def show_fallback_help(parent: QWidget | None) -> None:
    # Not a QMessageBox: ours scrolls its words and stays within the screen at any text size.
    show_problem(
        parent,
        QCoreApplication.translate("ShellHelpFallback", "You don't have to go through this alone."),
        QCoreApplication.translate("ShellHelpFallback", TEXT),
        title=QCoreApplication.translate("ShellHelpFallback", "Need help now?"),
    )
