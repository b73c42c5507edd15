"""Backups in Settings: the list with dates, "Back up now", and a clearly confirmed restore."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.usecases.backups import back_up_now, restore_backup
from workbook.core.wording.dates import date_time_in_words
from workbook.ui.operation import WriteOp
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import BackupInfo, Workbook
    from workbook.core.usecases import Done

KIND_WORDS = {
    "daily": "Daily backup",
    "manual": "Backup you made",
    "pre-migration": "Before an update",
    "pre-restore": "Before a restore",
}


def describe_backup(info: Any) -> str:
    when = date_time_in_words(info.created.astimezone(), month="long", weekday="long")
    return f"{when} · {KIND_WORDS.get(info.kind, info.kind.capitalize())}"


class BackupPanel(QWidget):
    """Lists backups; backing up and restoring run in the background."""

    finished = Signal(str)  # what happened, in words (also shown in the panel)

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.backups: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                "Backups are encrypted like the workbook and kept beside it. Workbook makes "
                "one each day you use it.",
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        self.list.setMinimumHeight(150)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.backup_button = QPushButton("Back up now")
        self.backup_button.setAccessibleName("Make a backup now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("Restore…")
        self.restore_button.setAccessibleName("Restore the chosen backup")
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = label("", "muted")
        self.status.setAccessibleName("Backup status")
        layout.addWidget(self.status)
        self._busy = False
        self.load()

    def load(self) -> None:
        workbook = getattr(self.service, "workbook", None)
        self.backups = workbook.backups() if workbook is not None else []
        self.list.clear()
        for info in self.backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if not self.backups:
            self.list.addItem(QListWidgetItem("No backups yet."))
        self._update()

    def selected(self) -> Any | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update(self) -> None:
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)

    def _say(self, text: str, role: str = "muted") -> None:
        self.status.setText(text)
        theme.set_role(self.status, role)

    def back_up_now(self) -> None:
        self._busy = True
        self._update()
        self._say("Making a backup…")

        def write(_program: Program, workbook: Workbook) -> Done[BackupInfo]:
            return back_up_now(workbook)

        op = WriteOp(self.service, write, what="a backup")
        op.success(self._backed_up).failure(self._failed).run_in_background()

    def _backed_up(self, info: Any) -> None:
        self._busy = False
        self.load()
        self._say(f"Backed up: {describe_backup(info)}.", "success")
        self.finished.emit(self.status.text())

    def confirm_restore(self, info: Any) -> bool:
        """Ask plainly, naming what will be replaced; No is the default."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Restore this backup?")
        box.setText(f"Restore the backup from {describe_backup(info)}?")
        box.setInformativeText(self._what_restoring_loses(info))
        restore = box.addButton("Restore", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep things as they are", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is restore

    def _what_restoring_loses(self, info: Any) -> str:
        """The core's count of what was written after the backup (the general words if unread)."""
        from workbook.core.store import StoreError
        from workbook.core.store.restoring import restore_loses

        workbook = self.service.workbook
        try:
            if workbook is not None:
                return restore_loses(workbook, info)
        except StoreError:
            pass
        return (
            "Everything in this workbook will be replaced by what it held then; anything "
            "written since will no longer show. Workbook first makes a backup of how things "
            "are now, so you can go back if you change your mind."
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        self._busy = True
        self._update()
        self._say("Restoring…")

        def write(_program: Program, workbook: Workbook) -> Done[BackupInfo]:
            return restore_backup(workbook, info)

        op = WriteOp(self.service, write, what="a restore")
        op.success(self._restored).failure(self._failed).run_in_background()

    def _restored(self, safety: Any) -> None:
        self._busy = False
        self.load()
        self._say(
            "Restored. How things were just before is kept as the backup "
            f"“{describe_backup(safety)}”.",
            "success",
        )
        self.finished.emit(self.status.text())

    def _failed(self, message: str, advice: str) -> None:
        self._busy = False
        self._update()
        self._say(f"{message} {advice}".strip(), "error")
        self.finished.emit(self.status.text())
