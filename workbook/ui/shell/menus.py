"""The menu bar with standard shortcuts: File, Go, View, Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.ui.shell.main_window import MainWindow


def create(window: MainWindow) -> None:
    """The menu titles, at once (so the window's layout never jumps); filled by ``populate``."""
    bar = window.menuBar()
    window.menus = {
        key: bar.addMenu(QCoreApplication.translate("ShellMenus", title))
        for key, title in TITLES.items()
    }


def populate(window: MainWindow) -> None:
    """Fill the menus (just after the first paint, to show the window sooner).

    Actions needing an open workbook go in ``window.open_only_actions``.
    """
    open_only: list[QAction] = []

    file_menu = window.menus["file"]
    file_menu.addAction(window.lock_action)
    print_action = _action("print", QCoreApplication.translate("ShellMenus", "&Print…"), window)
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.triggered.connect(lambda: _print(window))
    file_menu.addAction(print_action)
    open_only.append(print_action)
    export_action = QAction(QCoreApplication.translate("ShellMenus", "&Export my data…"), window)
    export_action.triggered.connect(lambda: _export(window))
    clinic_action = QAction(
        QCoreApplication.translate("ShellMenus", "Export for my &clinic (FHIR)…"), window
    )
    clinic_action.setToolTip(
        QCoreApplication.translate(
            "ShellMenus", "Your questionnaire results as a file your clinic's system reads"
        )
    )
    clinic_action.triggered.connect(lambda: _export_for_clinic(window))
    for action in (export_action, clinic_action):
        file_menu.addAction(action)
        open_only.append(action)
    preview_action = QAction(QCoreApplication.translate("ShellMenus", "Pre&view a module…"), window)
    preview_action.setToolTip(
        QCoreApplication.translate(
            "ShellMenus", "Open a module file in a live preview that follows every save"
        )
    )
    preview_action.triggered.connect(lambda: _preview_module(window))
    file_menu.addAction(preview_action)
    pack_action = QAction(QCoreApplication.translate("ShellMenus", "&Add a module pack…"), window)
    pack_action.setToolTip(
        QCoreApplication.translate(
            "ShellMenus", "Add the modules a clinician sent you as a .wbpack file"
        )
    )
    pack_action.triggered.connect(lambda: _add_pack(window))
    file_menu.addAction(pack_action)
    file_menu.addSeparator()
    quit_action = _action("quit", QCoreApplication.translate("ShellMenus", "&Quit"), window)
    quit_action.setShortcuts(shortcuts("Ctrl+Q", QKeySequence.StandardKey.Quit))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    from workbook.ui.shell.navigation import SCREENS

    go_menu = window.menus["go"]
    for spec in SCREENS:
        action = _action(spec.icon, spec.label(), window)
        action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _=False, key=spec.key: window.go(key))
        go_menu.addAction(action)
        open_only.append(action)

    view_menu = window.menus["view"]
    bigger = QAction(QCoreApplication.translate("ShellMenus", "&Bigger text"), window)
    bigger.setShortcuts(shortcuts("Ctrl+=", QKeySequence.StandardKey.ZoomIn))
    bigger.triggered.connect(lambda: theme.step_text_scale(+1))
    smaller = QAction(QCoreApplication.translate("ShellMenus", "&Smaller text"), window)
    smaller.setShortcuts(shortcuts("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
    smaller.triggered.connect(lambda: theme.step_text_scale(-1))
    normal = QAction(QCoreApplication.translate("ShellMenus", "&Normal text size"), window)
    normal.setShortcut(QKeySequence("Ctrl+0"))
    normal.triggered.connect(lambda: theme.set_text_scale(1.0))
    for action in (bigger, smaller, normal):
        view_menu.addAction(action)
    view_menu.addSeparator()
    appearance = view_menu.addMenu(QCoreApplication.translate("ShellMenus", "&Appearance"))
    group = QActionGroup(window)
    for value, label in (
        ("system", QCoreApplication.translate("ShellMenus", "Follow the &system")),
        ("light", QCoreApplication.translate("ShellMenus", "&Light")),
        ("dark", QCoreApplication.translate("ShellMenus", "&Dark")),
    ):
        action = QAction(label, window, checkable=True)
        action.setChecked(theme.color_scheme_preference() == value)
        action.triggered.connect(lambda _=False, v=value: theme.set_color_scheme_preference(v))
        group.addAction(action)
        appearance.addAction(action)

    help_menu = window.menus["help"]
    help_menu.addAction(window.help_action)
    help_menu.addSeparator()
    about = _action("about", QCoreApplication.translate("ShellMenus", "&About Workbook"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: _about(window))
    help_menu.addAction(about)
    about_qt = QAction(QCoreApplication.translate("ShellMenus", "About &Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
    help_menu.addAction(about_qt)

    window.open_only_actions = open_only
    window.addActions([window.help_action])
    window.update_actions()


TITLES = {
    "file": QT_TRANSLATE_NOOP("ShellMenus", "&File"),
    "go": QT_TRANSLATE_NOOP("ShellMenus", "&Go"),
    "view": QT_TRANSLATE_NOOP("ShellMenus", "&View"),
    "help": QT_TRANSLATE_NOOP("ShellMenus", "&Help"),
}


def shortcuts(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Each key once. Where the platform's standard key is the same as ours (Quit is
    Ctrl+Q on Linux), listing both registers Ctrl+Q twice and Qt then ignores it as an
    "ambiguous shortcut overload" — Ctrl+Q did nothing."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
        for sequence in sequences:
            if not sequence.isEmpty():
                found.setdefault(sequence.toString(), sequence)
    return list(found.values())


def _action(icon_name: str, text: str, window: MainWindow) -> QAction:
    """An action whose icon the window redraws when the colour scheme changes."""
    action = QAction(theme.icon(icon_name), text, window)
    action.setProperty("icon_name", icon_name)
    return action


def _print(window: MainWindow) -> None:
    from workbook.ui.printing.chooser import open_print_chooser

    open_print_chooser(window)


def _preview_module(window: MainWindow) -> None:
    """Ask for a module file, then show it in its own live preview window."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from workbook.ui.preview.window import PreviewWindow

    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ShellMenus", "Preview a module"),
        str(Path.home()),
        QCoreApplication.translate("ShellMenus", "Module files (*.md)"),
    )
    if chosen:
        PreviewWindow(Path(chosen), window).show()


def _add_pack(window: MainWindow) -> None:
    from workbook.ui.shell.add_pack import add_module_pack

    add_module_pack(window)


def _export(window: MainWindow) -> None:
    from workbook.ui.printing.export_dialog import ExportDialog

    dialog = ExportDialog(window.service, window)
    dialog.exec()
    dialog.deleteLater()


def _export_for_clinic(window: MainWindow) -> None:
    from workbook.ui.printing.clinic_export_dialog import ClinicExportDialog

    dialog = ClinicExportDialog(window.service, window)
    dialog.exec()
    dialog.deleteLater()


def _about(window: MainWindow) -> None:
    from workbook.ui.shell.about import AboutDialog

    AboutDialog(window).exec()
