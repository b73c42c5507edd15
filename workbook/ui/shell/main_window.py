"""The window: the way in (welcome/unlock) or the workspace, a toolbar with "Need help now?",
standard menus, and locking.

The window remembers only its size and position (QSettings) — never content, and
never a workbook's path (nothing is added to the desktop's recent-files lists).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from workbook.ui.screen_host import as_screen
from workbook.ui.service import WorkbookService
from workbook.ui.shell.lock import IdleLock
from workbook.ui.welcome import StartScreen
from workbook.ui.widgets import fit, focus_follow, theme

if TYPE_CHECKING:
    from workbook.core.language import ProgramError
    from workbook.core.store import Workbook
    from workbook.ui.shell.navigation import Workspace
    from workbook.ui.shell.reminder import CheckinReminder
    from workbook.ui.shell.sync_scheduler import SyncScheduler

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
PRELOAD_DELAY_MS = 300
STATE_KEY = "window/state"


class MainWindow(QMainWindow):
    """Hosts the StartScreen until a workbook is open, then the Workspace."""

    def __init__(
        self,
        program_dir: Path | None = None,
        service: WorkbookService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service or WorkbookService(program_dir=program_dir, parent=self)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Workbook"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(QSize(760, 560))
        focus_follow.install()
        self.workspace: Workspace | None = None  # built after the first unlock (lazy import)
        self.menus: dict[str, QMenu] = {}
        self.open_only_actions: list[QAction] = []
        self.reminder: CheckinReminder | None = None
        self._sync_scheduler: SyncScheduler | None = None

        self.pages = QStackedWidget()
        self.start_screen = StartScreen(self.service)
        self.pages.addWidget(self.start_screen)
        self.setCentralWidget(self.pages)
        self.start_screen.unlocked.connect(self._on_unlocked)

        self._build_toolbar()
        self._build_menus()
        self.idle_lock = IdleLock(self.service, self)
        self.service.about_to_lock.connect(self._remember_place)
        self.service.locked.connect(self._on_locked)
        #: (workbook path, screen key, where on that screen) just before the last lock
        self._resume_at: tuple[Path | None, str, object] | None = None
        self.service.problem.connect(self._show_problem)
        self.service.module_requested.connect(
            lambda module_id, entry_id: self.open_module(module_id, entry_id or None)
        )
        self.service.screen_requested.connect(self.go)
        self._restore_geometry()
        self.update_actions()
        theme.notifier().changed.connect(self._recolour_icons)

    def start(self) -> None:
        """After the window is shown: choose the first page, parse the program meanwhile."""
        self.start_screen.show_start()
        # Parse the program once the window has painted: in a thread it would still compete
        # for the interpreter while the first page is drawn. The person is typing by then.
        QTimer.singleShot(
            PRELOAD_DELAY_MS,
            lambda: self.service.run_in_background(self._load_program, self._program_loaded),
        )

    # ---- toolbar and menus ------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(theme.icon_px(20), theme.icon_px(20)))
        bar.toggleViewAction().setEnabled(False)  # the help button must never be hidden
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

        self.lock_action = QAction(
            theme.icon("lock"), QCoreApplication.translate("MainWindow", "&Lock"), self
        )
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(
            QCoreApplication.translate("MainWindow", "Lock your workbook now (Ctrl+L)")
        )
        self.lock_action.triggered.connect(self.lock)
        self.lock_button = QToolButton()
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Lock"))
        # A toolbar hides a widget through the action wrapping it, not the widget itself.
        # The action is made here, not taken from addWidget(): PySide 6.11 could drop the
        # Python side of that returned action once other screens' wrappers were freed,
        # and locking then failed with "already deleted".
        self.lock_slot = QWidgetAction(self)
        self.lock_slot.setDefaultWidget(self.lock_button)
        bar.addAction(self.lock_slot)

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)

        self.help_action = QAction(
            theme.icon("help-now"), QCoreApplication.translate("MainWindow", "Need help now?"), self
        )
        self.help_action.setToolTip(
            QCoreApplication.translate("MainWindow", "Crisis lines and your safety plan")
        )
        self.help_action.triggered.connect(self.show_help_now)
        self.help_button = QToolButton()
        self.help_button.setDefaultAction(self.help_action)
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Need help now?")
        )
        self.help_button.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Opens crisis lines and your safety plan")
        )
        theme.set_role(self.help_button, "help-now")
        bar.addWidget(self.help_button)

    def _recolour_icons(self) -> None:
        """Icons are drawn in the text colour, so a light/dark switch redraws them; they
        grow with the text size."""
        self.toolbar.setIconSize(QSize(theme.icon_px(20), theme.icon_px(20)))
        self.lock_action.setIcon(theme.icon("lock"))
        self.help_action.setIcon(theme.icon("help-now"))
        for action in self.findChildren(QAction):
            name = action.property("icon_name")
            if name:
                action.setIcon(theme.icon(str(name)))

    def _build_menus(self) -> None:
        from workbook.ui.shell import menus

        menus.create(self)
        QTimer.singleShot(0, lambda: menus.populate(self))

    def update_actions(self) -> None:
        open_ = self.service.is_open
        self.lock_action.setEnabled(open_)
        self.lock_slot.setVisible(open_)
        for action in self.open_only_actions:
            action.setEnabled(open_)

    # ---- opening and locking ----------------------------------------------------------
    def _load_program(self) -> object:
        from workbook.core.language import ProgramError

        try:
            return self.service.program
        except ProgramError as error:
            return error

    def _program_loaded(self, result: object) -> None:
        from workbook.core.language import ProgramError

        if isinstance(result, ProgramError):
            self._program_failed(result)

    def _program_failed(self, error: ProgramError) -> bool:
        """Show the program's mistakes; True if the built-in program is now in use instead."""
        from workbook.ui.shell.program_problems import report_program_error

        if not report_program_error(self, error):
            return False
        from workbook.core.language import load_program
        from workbook.paths import builtin_program_dir

        self.service.set_program(load_program(builtin_program_dir(), QLocale().name()), None)
        return True

    def _on_unlocked(self, workbook: Workbook) -> None:
        from workbook.core.language import ProgramError

        try:
            self.service.program  # noqa: B018 - make sure it parsed before any screen needs it
        except ProgramError as error:
            if not self._program_failed(error):
                workbook.close()
                self.start_screen.show_start()
                return
        self.service.open(workbook)
        if self.workspace is None:
            from workbook.ui.shell.navigation import Workspace

            self.workspace = Workspace(self.service)
            self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self._return_to_place(workbook, self.workspace)
        # The title stays "Workbook": window lists, task switchers and screen sharing show it,
        # and the workbook's name is the person's own words.
        self.update_actions()
        self._start_reminder()  # notices about the program are shown on Home
        self._start_sync()

    def lock(self) -> None:
        """Ctrl+L and the idle timer: drafts saved, content cleared, database closed."""
        self.service.lock()

    def _remember_place(self) -> None:
        """Just before locking: which screen (and module, entry) the person was on."""
        if self.workspace is None:
            return
        workbook = self.service.workbook
        where = None if workbook is None else workbook.path
        self._resume_at = (where, *self.workspace.resume_point())

    def _return_to_place(self, workbook: Workbook, workspace: Workspace) -> None:
        """Unlocking brings the person back where they were (in the same workbook), else Home."""
        key: str = "home"
        state: object = None
        same = self._resume_at is not None and self._resume_at[0] == workbook.path
        # News about the unlock (words saved only now, or still waiting) is on Home: then Home.
        if same and self._resume_at is not None and not self.service.notices:
            _, key, state = self._resume_at
        self._resume_at = None
        screen = as_screen(workspace.show_screen(key or "home"))
        if state is not None:
            # e.g. that entry is gone: the screen itself is still the right place
            with contextlib.suppress(Exception):
                screen.resume(state)

    def _on_locked(self) -> None:
        _close_other_windows(self)
        if self.workspace is not None:
            self.workspace.clear_all()
        self.pages.setCurrentWidget(self.start_screen)
        self.start_screen.show_start(locked=True, select=self.service.unsaved.workbook_path)
        self.update_actions()

    def _start_reminder(self) -> None:
        if self.reminder is None:
            from workbook.ui.shell.reminder import CheckinReminder

            self.reminder = CheckinReminder(self.service, self)
            self.reminder.activated.connect(self._reminder_clicked)
        self.reminder.configure()

    def _start_sync(self) -> None:
        """Sync on unlock, after saves and on a timer (when a sync folder is set up)."""
        self.sync_scheduler().start()

    def sync_scheduler(self) -> SyncScheduler:
        if self._sync_scheduler is None:
            from workbook.ui.shell.sync_scheduler import SyncScheduler

            self._sync_scheduler = SyncScheduler(self.service, self)
        return self._sync_scheduler

    def _reminder_clicked(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if self.workspace is not None and self.service.is_open:
            self.workspace.show_screen("home")

    # ---- actions ------------------------------------------------------------------------
    def show_help_now(self) -> None:
        """Crisis lines and the person's own safety plan, from anywhere, locked or not.

        The one place a failure does not end at the crash dialog: a person asking for help
        gets the plain crisis message whatever went wrong, and the fault is logged.
        """
        from workbook.ui.safety.panel import show_safety_panel

        try:
            show_safety_panel(self.service, self)
        except Exception:
            log.exception("The Need help now? panel failed; showing the plain crisis message")
            from workbook.ui.shell.help_fallback import show_fallback_help

            show_fallback_help(self)

    def go(self, key: str) -> None:
        if self.workspace is not None and self.service.is_open:
            self.workspace.show_screen(key)

    def open_module(self, module_id: str, entry_id: str | None = None) -> None:
        """Show a module in the Program screen (Home's "next step", Progress's entries)."""
        if self.workspace is None or not self.service.is_open:
            return
        from workbook.ui.program.screen import ModuleScreen

        screen = self.workspace.show_screen("program")
        if isinstance(screen, ModuleScreen):
            screen.open_module(module_id, entry_id)

    def _show_problem(self, message: str, advice: str) -> None:
        from workbook.ui.widgets.dialogs import show_problem

        show_problem(self, message, advice)

    # ---- geometry and closing ------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)  # (a size kept from a bigger screen is capped)
        else:
            self.resize(fit.default_window_size(self))
        fit.keep_on_screen(self)

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ready_to_quit():
            event.ignore()
            return
        self.save_geometry()
        self.start_screen.close_pending()
        self.service.shutdown()
        if self.reminder is not None:
            self.reminder.hide()
        self.idle_lock.uninstall()
        super().closeEvent(event)

    def ready_to_quit(self) -> bool:
        """Save what every screen holds; if something can't be saved, say so and let the
        person try again or go back (or, knowingly, quit without it)."""
        from workbook.core.usecases.unsaved import listed
        from workbook.ui.shell.save_problem import TRY_AGAIN
        from workbook.ui.widgets.dialogs import show_problem

        while True:
            report = self.service.save_drafts()
            if report.all_saved:
                return True
            what = listed(report.unsaved)
            if self.service.is_open:
                advice = report.advice or QCoreApplication.translate(
                    "MainWindow", "Nothing has been lost yet: it is still on screen."
                )
                actions = [(QCoreApplication.translate("ShellSaveProblem", TRY_AGAIN), "retry")]
            else:
                advice = QCoreApplication.translate(
                    "MainWindow",
                    "{reason} Workbook is holding it in memory. Unlock your workbook to save it before quitting.",
                ).format(reason=report.reason)
                actions = []
            actions.append(
                (QCoreApplication.translate("MainWindow", "Quit without saving it"), "discard")
            )
            chosen = show_problem(
                self,
                _capitalised(
                    QCoreApplication.translate("MainWindow", "{what} couldn't be saved.").format(
                        what=what
                    )
                ),
                advice,
                title=QCoreApplication.translate("MainWindow", "Not saved yet"),
                actions=actions,
                close_label=QCoreApplication.translate("MainWindow", "Go back"),
            )
            if chosen == "retry":
                continue
            if chosen == "discard":
                self.service.unsaved.discard_all()
                return True
            return False


def _close_other_windows(main: QMainWindow) -> None:
    """On lock, dialogs and panels that may show content are closed too."""
    for widget in QApplication.topLevelWidgets():
        if widget is main or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def _capitalised(sentence: str) -> str:
    """A sentence that starts with a phrase ("your latest answers …") starts with a capital."""
    return sentence[:1].upper() + sentence[1:]
