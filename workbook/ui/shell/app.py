"""Start the desktop app: one QApplication, the calm theme, the crash hook, the main window.

Only what the unlock window needs is imported before it is shown; the program is
parsed and the screens are built afterwards, so the window appears quickly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workbook import __version__
from workbook.paths import APP_AUTHOR, APP_NAME


def create_application(argv: list[str] | None = None) -> object:
    """The QApplication with Workbook's names, icon, high-DPI policy, theme and crash hook."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from workbook.ui.shell import crash
    from workbook.ui.shell.language import install_language
    from workbook.ui.widgets import theme, wheel_guard

    existing = QApplication.instance()
    if existing is None:
        # Fractional scale factors (125 %, 150 %) as the desktop asks, not rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    configure_application(app)
    install_language(app)  # before any widget: the layout direction is read as they are built
    wheel_guard.install(app)
    theme.apply_theme(app)
    theme.follow_system(app)
    app.setWindowIcon(theme.app_icon())
    crash.install(_show_crash_dialog)
    return app


def _show_crash_dialog(path: Path | None) -> None:
    # Imported when needed: the dialogs are not part of what the unlock window waits for.
    from workbook.ui.shell.crash_dialog import show_crash_dialog

    show_crash_dialog(path)


def configure_application(app: object) -> None:
    """Names used by QSettings (window size, text size — never content) and the desktop."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The desktop entry's name (packaging/linux/): Wayland docks match the window to
    # its launcher, name and icon by this id.
    app.setDesktopFileName("io.github.workbook_app.Workbook")
    app.setQuitOnLastWindowClosed(True)


def run_app(program_dir: Path | None = None) -> int:
    """Open the app on the built-in program, or on ``program_dir``; returns the exit code."""
    from workbook.ui.shell.display_check import report_display_problem

    if report_display_problem():  # before Qt, which would abort the process instead
        return 1
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = create_application()
    assert isinstance(app, QApplication)
    if program_dir is not None and not Path(program_dir).is_dir():
        from workbook.ui.widgets.dialogs import show_problem

        show_problem(
            None,
            QCoreApplication.translate("ShellApp", "That program folder can't be found."),
            QCoreApplication.translate(
                "ShellApp",
                "There is no folder at {program_dir}. Check the path and try again, or run Workbook without --program to use the built-in program.",
            ).format(program_dir=program_dir),
        )
        return 2

    from workbook.ui.shell.main_window import MainWindow

    window = MainWindow(program_dir=Path(program_dir) if program_dir else None)
    window.start()  # choose the first page before showing: it is styled once, with the window
    window.show()
    if os.environ.get("WORKBOOK_QUIT_AFTER_START") == "1":
        _quit_after_start(app, window)
    code = app.exec()
    window.service.shutdown()
    return int(code)


def _quit_after_start(app: object, window: object) -> None:
    """``WORKBOOK_QUIT_AFTER_START=1``: quit once the first window is up (smoke tests).

    Packaging checks (packaging/smoke_test.sh, tests/packaging/) start a built app
    headless this way: exit code 0 means the window was shown and the program parsed
    from the files inside the build; 1 means it did not, with the reason on stderr.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbook.core.language import ProgramError
    from workbook.ui.shell.main_window import MainWindow

    assert isinstance(app, QApplication) and isinstance(window, MainWindow)

    def finish() -> None:
        code = 0
        if not window.isVisible():
            print("Workbook: the first window did not appear.", file=sys.stderr)
            code = 1
        try:
            window.service.program  # noqa: B018 - parse it now
        except ProgramError as error:
            print(f"Workbook: the program did not load: {error}", file=sys.stderr)
            code = 1
        app.exit(code)

    QTimer.singleShot(0, finish)
