"""Forgotten passphrase: the recovery key opens the workbook and a new passphrase is set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workbook.ui.welcome.passphrase_form import PassphraseFormPage

EXPLAIN = (
    "Type the recovery key from the sheet you kept when you created this workbook "
    "(groups of letters and digits separated by dashes). Then choose a new passphrase. "
    "Your writing stays exactly as it is."
)


class RecoverPage(PassphraseFormPage):
    """Emits ``recover_requested(path, recovery_key, new_passphrase)``."""

    recover_requested = Signal(Path, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._path: Path | None = None
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName("Recovery key")
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        super().__init__(
            "Use your recovery key",
            EXPLAIN,
            self.key_edit,
            "&Recovery key",
            "Set new passphrase and open",
            passphrase_label="New passphrase",
            busy_text="Opening with your recovery key…",
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
