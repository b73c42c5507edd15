"""Change the workbook's passphrase: the old one, the new one twice with strength feedback.

The key derivation takes about a second on purpose, so the change runs off the GUI
thread; the boxes are emptied (undo history included) as soon as it is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from workbook.ui.welcome.page import field_label, passphrase_edit
from workbook.ui.welcome.passphrase_pair import PassphrasePair
from workbook.ui.widgets import theme
from workbook.ui.widgets.dialog_parts import dialog_column, ok_cancel
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.ui.screen_host import ScreenHost


class ChangePassphraseDialog(QDialog):
    """``succeeded`` after the new passphrase is in place; ``failed(message)`` otherwise."""

    succeeded = Signal()
    failed = Signal(str)

    def __init__(self, service: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setMinimumWidth(500)
        layout = dialog_column(
            self,
            QCoreApplication.translate("ChangePassphraseDialog", "Change passphrase"),
            spacing=10,
        )
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "ChangePassphraseDialog",
                    "Your recovery key keeps working after this change. The workbook is re-encrypted, so old copies of its key file stop opening it; backups keep the passphrase they were made with.",
                ),
                "muted",
            )
        )
        self.old = passphrase_edit(
            QCoreApplication.translate("ChangePassphraseDialog", "Current passphrase")
        )
        layout.addWidget(
            field_label(
                QCoreApplication.translate("ChangePassphraseDialog", "&Current passphrase"),
                self.old,
            )
        )
        layout.addWidget(self.old)
        self.pair = PassphrasePair(
            QCoreApplication.translate("ChangePassphraseDialog", "New passphrase")
        )
        layout.addWidget(self.pair)
        self.status = label("")
        self.status.setAccessibleName(
            QCoreApplication.translate("ChangePassphraseDialog", "Change passphrase status")
        )
        layout.addWidget(self.status)
        self.buttons, self.ok = ok_cancel(
            self,
            layout,
            QCoreApplication.translate("ChangePassphraseDialog", "Change passphrase"),
            on_ok=self.submit,
        )
        self.old.textChanged.connect(self._update)
        self.pair.changed.connect(self._update)
        self._busy = False
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(not self._busy and bool(self.old.text()) and self.pair.acceptable)

    def submit(self) -> None:
        """Start the change in the background; the dialog stays open until it is done."""
        if not self.ok.isEnabled():
            return
        from workbook.core.usecases.passphrase import change_passphrase
        from workbook.ui.operation import WriteOp

        old, new = self.old.text(), self.pair.passphrase
        self._busy = True
        self._update()
        self.status.setText(
            QCoreApplication.translate("ChangePassphraseDialog", "Changing your passphrase…")
        )
        theme.set_role(self.status, "muted")
        op = WriteOp(
            self.service,
            lambda _program, workbook: change_passphrase(workbook, old, new),
            what=QCoreApplication.translate("ChangePassphraseDialog", "your new passphrase"),
        )
        op.success(self._done).failure(self._failed).run_in_background()

    def _done(self, new_recovery_key: object) -> None:
        self._busy = False
        self._forget()
        self.status.setText(
            QCoreApplication.translate(
                "ChangePassphraseDialog",
                "Your passphrase is changed. Use the new one next time you unlock.",
            )
        )
        theme.set_role(self.status, "success")
        self.succeeded.emit()
        self.accept()
        if isinstance(new_recovery_key, str):  # the old one couldn't be carried over
            from workbook.ui.settings.recovery_key_dialog import AFTER_CHANGE, show_new_recovery_key

            name = self.service.require().name
            show_new_recovery_key(self.parentWidget(), name, new_recovery_key, AFTER_CHANGE)

    def _failed(self, message: str, advice: str) -> None:
        self._busy = False
        self.old.setText("")
        self.status.setText(f"{message} {advice}".strip())
        theme.set_role(self.status, "error")
        self._update()
        self.old.setFocus()
        self.failed.emit(message)

    def _forget(self) -> None:
        self.old.setText("")  # setText also empties the undo history
        self.pair.clear()

    def reject(self) -> None:
        if self._busy:
            return  # let the change finish; it takes a moment
        self._forget()
        super().reject()
