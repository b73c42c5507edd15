"""A new recovery key, shown once in a dialog: made on request in Settings, or after a
passphrase change that couldn't keep the old one (a key file from an early version).

It reuses the welcome flow's recovery-key page (the key, the printable sheet, and the
"I have kept it" check), so a new key looks and works exactly like the first one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.recovery_page import RecoveryKeyPage

AFTER_CHANGE = QT_TRANSLATE_NOOP(
    "SettingsRecoveryKeyDialog",
    "Your passphrase is changed. This workbook's key file was made by an older version of Workbook, so its recovery key couldn't be carried over: here is a new one. The old recovery key now opens only the backups made before today.",
)
AFTER_REPLACE = QT_TRANSLATE_NOOP(
    "SettingsRecoveryKeyDialog",
    "This workbook has a new recovery key. The old one no longer opens it (it still opens backups made before today). If someone may have seen the old one, change your passphrase now too.",
)


class RecoveryKeyDialog(QDialog):
    """Shows ``recovery_key`` until the person confirms they kept it."""

    def __init__(
        self, workbook_name: str, recovery_key: str, reason: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("RecoveryKeyDialog", "Your new recovery key")
        )
        self.setAccessibleName(
            QCoreApplication.translate("RecoveryKeyDialog", "Your new recovery key")
        )
        self.setMinimumSize(720, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = RecoveryKeyPage(self)
        self.page.set_title(
            QCoreApplication.translate("RecoveryKeyDialog", "Keep your new recovery key safe")
        )
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.page.body.insertWidget(1, self.reason)
        self.page.show_key(workbook_name, recovery_key, None)
        self.page.done.connect(self.accept)
        layout.addWidget(self.page)
        self.page.focus_first()

    def reject(self) -> None:
        # Shown once: closing before "I have kept it" would lose the only copy.
        if self.page.kept.isChecked():
            self.page.reset()
            super().reject()


def show_new_recovery_key(
    parent: QWidget | None, workbook_name: str, recovery_key: str, reason: str
) -> None:
    dialog = RecoveryKeyDialog(
        workbook_name,
        recovery_key,
        QCoreApplication.translate("SettingsRecoveryKeyDialog", reason),
        parent,
    )
    dialog.exec()
    dialog.deleteLater()
