"""Backups in Settings: the list with dates, "Back up now", and a clearly confirmed restore."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.usecases.backups import back_up_now, restore_backup
from workbook.core.wording.dates import date_time_in_words
from workbook.ui.operation import WriteOp
from workbook.ui.widgets import theme
from workbook.ui.widgets.dialogs import confirm
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.core.language.model import Program
    from workbook.core.store import BackupInfo, Workbook
    from workbook.core.usecases import Done
    from workbook.ui.screen_host import ScreenHost

KIND_WORDS = {
    "daily": QT_TRANSLATE_NOOP("SettingsBackupPanel", "Daily backup"),
    "manual": QT_TRANSLATE_NOOP("SettingsBackupPanel", "Backup you made"),
    "pre-migration": QT_TRANSLATE_NOOP("SettingsBackupPanel", "Before an update"),
    "pre-restore": QT_TRANSLATE_NOOP("SettingsBackupPanel", "Before a restore"),
}


def describe_backup(info: Any) -> str:
    when = date_time_in_words(info.created.astimezone(), month="long", weekday="long")
    kind = KIND_WORDS.get(info.kind, info.kind.capitalize())
    return f"{when} · {QCoreApplication.translate('SettingsBackupPanel', kind)}"


class BackupPanel(QWidget):
    """Lists backups; backing up and restoring run in the background."""

    finished = Signal(str)  # what happened, in words (also shown in the panel)

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.backups: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "BackupPanel",
                    "Backups are encrypted like the workbook and kept beside it. Workbook makes one each day you use it.",
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("BackupPanel", "Backups"))
        self.list.setMinimumHeight(150)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.backup_button = QPushButton(QCoreApplication.translate("BackupPanel", "Back up now"))
        self.backup_button.setAccessibleName(
            QCoreApplication.translate("BackupPanel", "Make a backup now")
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(QCoreApplication.translate("BackupPanel", "Restore…"))
        self.restore_button.setAccessibleName(
            QCoreApplication.translate("BackupPanel", "Restore the chosen backup")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = label("", "muted")
        self.status.setAccessibleName(QCoreApplication.translate("BackupPanel", "Backup status"))
        layout.addWidget(self.status)
        self._busy = False
        self.load()

    def load(self) -> None:
        workbook = self.service.workbook
        self.backups = workbook.backups() if workbook is not None else []
        self.list.clear()
        for info in self.backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if not self.backups:
            self.list.addItem(
                QListWidgetItem(QCoreApplication.translate("BackupPanel", "No backups yet."))
            )
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
        self._say(QCoreApplication.translate("BackupPanel", "Making a backup…"))

        def write(_program: Program, workbook: Workbook) -> Done[BackupInfo]:
            return back_up_now(workbook)

        op = WriteOp(
            self.service, write, what=QCoreApplication.translate("BackupPanel", "a backup")
        )
        op.success(self._backed_up).failure(self._failed).run_in_background()

    def _backed_up(self, info: Any) -> None:
        self._busy = False
        self.load()
        self._say(
            QCoreApplication.translate("BackupPanel", "Backed up: {describe_backup}.").format(
                describe_backup=describe_backup(info)
            ),
            "success",
        )
        self.finished.emit(self.status.text())

    def confirm_restore(self, info: Any) -> bool:
        """Ask plainly, naming what will be replaced; No is the default."""
        return confirm(
            self,
            QCoreApplication.translate("BackupPanel", "Restore this backup?"),
            QCoreApplication.translate(
                "BackupPanel", "Restore the backup from {describe_backup}?"
            ).format(describe_backup=describe_backup(info)),
            self._what_restoring_loses(info),
            yes_label=QCoreApplication.translate("BackupPanel", "Restore"),
            no_label=QCoreApplication.translate("BackupPanel", "Keep things as they are"),
        )

    def _what_restoring_loses(self, info: Any) -> str:
        """The core's count of what was written after the backup (the general words if unread)."""
        from workbook.core.store import StoreError
        from workbook.core.store.restore_in_place import restore_loses

        workbook = self.service.workbook
        try:
            if workbook is not None:
                return restore_loses(workbook, info)
        except StoreError:
            pass
        return QCoreApplication.translate(
            "BackupPanel",
            "Everything in this workbook will be replaced by what it held then; anything written since will no longer show. Workbook first makes a backup of how things are now, so you can go back if you change your mind.",
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        self._busy = True
        self._update()
        self._say(QCoreApplication.translate("BackupPanel", "Restoring…"))

        def write(_program: Program, workbook: Workbook) -> Done[BackupInfo]:
            return restore_backup(workbook, info)

        op = WriteOp(
            self.service, write, what=QCoreApplication.translate("BackupPanel", "a restore")
        )
        op.success(self._restored).failure(self._failed).run_in_background()

    def _restored(self, safety: Any) -> None:
        self._busy = False
        self.load()
        self._say(
            QCoreApplication.translate(
                "BackupPanel",
                "Restored. How things were just before is kept as the backup “{describe_backup}”.",
            ).format(describe_backup=describe_backup(safety)),
            "success",
        )
        self.finished.emit(self.status.text())

    def _failed(self, message: str, advice: str) -> None:
        self._busy = False
        self._update()
        self._say(f"{message} {advice}".strip(), "error")
        self.finished.emit(self.status.text())
