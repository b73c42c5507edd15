"""When sync runs by itself: right after unlocking, a little while after saves stop, and
every few minutes while the workbook is open. Never while it is locked.

Each sync goes through the operation path in the background. A failure (the folder
unplugged, say) is kept for Settings → Sync to show; it never interrupts with a
dialog, since nothing the person wrote is at risk: it stays in the workbook and goes
out with the next sync that works.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workbook.core.usecases.sync import report_words, status, sync_now
from workbook.ui.operation import WriteOp

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import Workbook
    from workbook.core.store.sync.engine import SyncReport
    from workbook.core.usecases import Done
    from workbook.ui.screen_host import ScreenHost

# After the last save, wait this long for more before syncing (typing autosaves often).
AFTER_SAVES_MS = 20_000
# While unlocked, sync this often to pick up the other computers' changes.
EVERY_MS = 5 * 60_000


class SyncScheduler(QObject):
    """Runs ``sync_now`` on unlock, after saves (debounced) and on a timer."""

    finished = Signal(str)  # what happened, in words (Settings → Sync shows the last one)
    failed = Signal(str, str)

    def __init__(self, service: ScreenHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.busy = False
        self.last_words = ""
        self._own_changes = False
        self.after_saves = QTimer(self)
        self.after_saves.setSingleShot(True)
        self.after_saves.setInterval(AFTER_SAVES_MS)
        self.after_saves.timeout.connect(self.sync)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.sync)
        service.changed.connect(self._saved)
        service.locked.connect(self.stop)

    def start(self) -> None:
        """Just unlocked: sync now, then on the timer."""
        self.every.start()
        self.sync()

    def stop(self) -> None:
        self.after_saves.stop()
        self.every.stop()

    def _saved(self, _topic: str) -> None:
        if not self._own_changes and self.service.workbook is not None:
            self.after_saves.start()

    def configured(self) -> bool:
        workbook = self.service.workbook
        return workbook is not None and status(workbook).folder is not None

    def sync(self) -> None:
        if self.busy or not self.configured():
            return
        self.busy = True

        def write(program: Program, workbook: Workbook) -> Done[SyncReport]:
            return sync_now(workbook, program)

        op = WriteOp(
            self.service, write, what=QCoreApplication.translate("SyncScheduler", "a sync")
        )
        op.success(self._done).failure(self._failed).run_in_background()

    def _done(self, report: SyncReport) -> None:
        self.busy = False
        self.last_words = report_words(report)
        if report.received:
            # The op announces what arrived right after this: that is not a save to sync.
            self._own_changes = True
            QTimer.singleShot(0, self._end_own_changes)
        self.finished.emit(self.last_words)

    def _end_own_changes(self) -> None:
        self._own_changes = False

    def _failed(self, message: str, advice: str) -> None:
        self.busy = False
        self.last_words = f"{message} {advice}".strip()
        self.failed.emit(message, advice)
