"""Lock after idle minutes: any key, click, scroll or pointer move restarts the countdown.

An application-wide event filter sees input for every window (dialogs too), so
typing in a long answer always counts as activity. The minutes come from the
workbook's settings (default 10; 0 turns the idle lock off). Locking itself is
the service's job; this only decides when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from workbook.ui.service import WorkbookService

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleLock(QObject):
    """Locks the service after ``timeout_ms`` without input while a workbook is open."""

    def __init__(self, service: WorkbookService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.enabled = False
        self.installed = False
        service.opened.connect(self.configure)
        service.locked.connect(lambda: self.set_timeout_ms(0))
        service.changed.connect(self._settings_changed)

    def _settings_changed(self, topic: str) -> None:
        if topic == "settings":
            self.configure()

    def configure(self) -> None:
        """Read the auto-lock minutes from the open workbook and (re)start the countdown."""
        if not self.service.is_open:
            self.timer.stop()
            return
        self.set_timeout_ms(self.service.auto_lock_minutes() * 60_000)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 turns the idle lock off. Tests use a few hundred milliseconds."""
        self.timer.stop()
        self.enabled = timeout_ms > 0
        # The filter sees every event of every widget, so it is only there while it is
        # needed: not while locked (nor during start-up, where it would slow the first window).
        self._install(self.enabled)
        if self.enabled:
            self.timer.setInterval(timeout_ms)
            self.timer.start()

    def _install(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self.installed:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.installed = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.enabled and event.type() in ACTIVITY and self.service.is_open:
            self.timer.start()
        return False

    def _idle(self) -> None:
        if self.service.is_open:
            self.service.lock()

    def uninstall(self) -> None:
        self.timer.stop()
        self.enabled = False
        self._install(False)
