"""File → Add a module pack…: install a clinician's pack, or list exactly what is wrong with it.

Installing is decided and done in the core (``workbook.core.authoring.packs``): a pack
with any problem installs nothing. This only asks for the file, shows the outcome
and, when a workbook is open, rebuilds its screens on the program with the new modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.shell.program_problems import describe_diagnostics
from workbook.ui.widgets.dialogs import show_error, show_message, show_problem

if TYPE_CHECKING:
    from workbook.core.authoring.packs import Installed
    from workbook.ui.shell.main_window import MainWindow

NOT_ADDED = QT_TRANSLATE_NOOP("ShellAddPack", "Pack not added")


def add_module_pack(window: MainWindow) -> None:
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ShellAddPack", "Add a module pack"),
        str(Path.home()),
        QCoreApplication.translate("ShellAddPack", "Module packs (*.wbpack)"),
    )
    if chosen:
        install_chosen_pack(window, Path(chosen))


def install_chosen_pack(window: MainWindow, path: Path) -> Installed | None:
    """Install ``path``; on success the program shows its modules at once."""
    from workbook.core.authoring.packs import PackProblem, install_pack, program_with_packs
    from workbook.core.language import ProgramError, load_program

    service = window.service
    language = QLocale().name()  # the program is shown in the app's language (see service)
    try:
        base = load_program(service.program_folder, language)
        installed = install_pack(path, base)
    except ProgramError as error:
        show_problem(
            window,
            QCoreApplication.translate(
                "ShellAddPack", "“{name}” has problems, so nothing was added or changed."
            ).format(name=path.name),
            QCoreApplication.translate(
                "ShellAddPack",
                "Send the list below to whoever made the pack: each line names the file inside the pack and the line to fix.",
            ),
            title=QCoreApplication.translate("ShellAddPack", NOT_ADDED),
            details=describe_diagnostics(error.diagnostics),
        )
        return None
    except PackProblem as problem:
        show_problem(
            window,
            QCoreApplication.translate("ShellAddPack", "This pack was not added."),
            str(problem),
            title=QCoreApplication.translate("ShellAddPack", NOT_ADDED),
        )
        return None
    except Exception as error:  # a full disk or an unreadable file: said in words
        show_error(window, error, title=QCoreApplication.translate("ShellAddPack", NOT_ADDED))
        return None
    service.set_program(program_with_packs(base, language=language), service.program_dir)
    workspace = window.workspace
    if workspace is not None and service.is_open:
        workspace.flush_all()  # drafts saved before the screens are rebuilt on the new program
        workspace.clear_all()
        workspace.show_screen("program")
    show_message(
        window, QCoreApplication.translate("ShellAddPack", "Pack added"), installed.summary()
    )
    return installed
