"""A gentle tray notification at the check-in reminder time, while Workbook is running.

Once a day at most, and not at all once today's check-in is done and no questionnaire
is due again (``workbook.core.schedule``). The notification says nothing personal (it
can show on a lock screen). While the workbook is locked
the last known state of today's check-in is used; nothing is read from disk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from workbook.core.schedule import due_measures, last_finished, reminder_words
from workbook.ui.service import CHECKIN_REMINDER
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.ui.service import WorkbookService

CHECK_EVERY_MS = 30_000


def parse_time(value: object) -> time | None:
    """ "HH:MM" → time; anything else (unset, "", malformed) → None (no reminder)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        hours, minutes = value.split(":")[:2]
        return time(int(hours), int(minutes))
    except ValueError:
        return None


class CheckinReminder(QObject):
    """Shows the reminder once a day; ``activated`` when the person clicks it."""

    activated = Signal()
    shown = Signal()  # for tests and the status bar

    def __init__(
        self,
        service: WorkbookService,
        parent: QObject | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.now = now
        self.at: time | None = None
        self.done_day: date | None = None  # the last day known to have a check-in
        self.due_count = 0  # questionnaires due again, as last known
        self.reminded_day: date | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        service.opened.connect(self.configure)
        service.changed.connect(self._changed)

    def configure(self) -> None:
        """Read the reminder time and whether today's check-in exists (workbook open only)."""
        if not self.service.is_open:
            return
        self.at = parse_time(self.service.get_setting(CHECKIN_REMINDER, None))
        self._update_done()
        if self.at is None:
            self.timer.stop()
        else:
            self.timer.start()
            self.check()

    def check(self) -> None:
        """Remind if it is past the time today, not yet reminded, and no check-in today."""
        if self.at is None:
            return
        moment = self.now()
        today = moment.date()
        if moment.time() < self.at or self.reminded_day == today:
            return
        words = reminder_words(self.done_day == today, self.due_count)
        if words is None:
            return
        self.reminded_day = today
        self._notify(*words)

    def hide(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def _changed(self, topic: str) -> None:
        if topic == "settings":
            self.configure()
        elif topic in {"checkins", "entries"} and self.service.is_open:
            self._update_done()

    def _update_done(self) -> None:
        today = self.now().date()
        workbook = self.service.require()
        if workbook.checkins(today, today):
            self.done_day = today
        program = self.service.program
        finished = last_finished(program, workbook)
        self.due_count = len(due_measures(program, finished, today))

    def _notify(self, title: str, message: str) -> None:
        self.shown.emit()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(theme.app_icon(), self)
            self.tray.setToolTip(QCoreApplication.translate("CheckinReminder", "Workbook"))
            self.tray.messageClicked.connect(self.activated)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
        self.tray.show()
        self.tray.showMessage(title, message, theme.app_icon(), 15_000)
