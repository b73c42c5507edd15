"""Forgotten passphrase: the recovery key opens the workbook and a new passphrase is set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.passphrase_form import PassphraseFormPage

EXPLAIN = QT_TRANSLATE_NOOP(
    "WelcomeRecoverPage",
    "Type the recovery key from the sheet you kept when you created this workbook (groups of letters and digits separated by dashes). Then choose a new passphrase. Your writing stays exactly as it is.",
)


class RecoverPage(PassphraseFormPage):
    """Emits ``recover_requested(path, recovery_key, new_passphrase)``."""

    recover_requested = Signal(Path, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._path: Path | None = None
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(QCoreApplication.translate("RecoverPage", "Recovery key"))
        self.key_edit.setPlaceholderText(
            QCoreApplication.translate("RecoverPage", "XXXX-XXXX-XXXX-…")
        )
        super().__init__(
            QCoreApplication.translate("RecoverPage", "Use your recovery key"),
            QCoreApplication.translate("WelcomeRecoverPage", EXPLAIN),
            self.key_edit,
            QCoreApplication.translate("RecoverPage", "&Recovery key"),
            QCoreApplication.translate("RecoverPage", "Set new passphrase and open"),
            passphrase_label=QCoreApplication.translate("RecoverPage", "New passphrase"),
            busy_text=QCoreApplication.translate("RecoverPage", "Opening with your recovery key…"),
            parent=parent,
        )
        self.recover_button = self.go_button

    def set_workbook(self, path: Path) -> None:
        self._path = path

    def reset(self) -> None:
        """Forget the key and the passphrases typed here."""
        self.key_edit.setText("")
        super().reset()

    def _submit(self) -> None:
        if self._path is not None:
            self.recover_requested.emit(
                self._path, self.key_edit.text().strip(), self.passphrase.passphrase
            )
