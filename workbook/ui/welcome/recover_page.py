"""Forgotten passphrase: the recovery key opens the workbook and a new passphrase is set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from workbook.ui import theme
from workbook.ui.welcome.page import ColumnPage, button, field_label
from workbook.ui.welcome.passphrase_pair import PassphrasePair

EXPLAIN = (
    "Type the recovery key from the sheet you kept when you created this workbook "
    "(groups of letters and digits separated by dashes). Then choose a new passphrase. "
    "Your writing stays exactly as it is."
)


class RecoverPage(ColumnPage):
    """Emits ``recover_requested(path, recovery_key, new_passphrase)``."""

    recover_requested = Signal(Path, str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Use your recovery key", parent)
        self._path: Path | None = None
        self.add_text(EXPLAIN, "muted")

        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName("Recovery key")
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.body.addWidget(field_label("&Recovery key", self.key_edit))
        self.body.addWidget(self.key_edit)

        self.passphrase = PassphrasePair("New passphrase")
        self.body.addWidget(self.passphrase)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        theme.set_role(self.status, "muted")
        self.body.addWidget(self.status)

        self.back_button = button("Back")
        self.back_button.clicked.connect(self.back_requested)
        self.recover_button = button("Set new passphrase and open", "primary")
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self._recover)
        self.add_buttons(self.back_button, self.recover_button)

        self.key_edit.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self._update()

    def set_workbook(self, path: Path) -> None:
        self._path = path

    def set_busy(self, busy: bool) -> None:
        self.status.setText("Opening with your recovery key…" if busy else "")
        for widget in (self.key_edit, self.passphrase, self.recover_button, self.back_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update()

    def reset(self) -> None:
        self.key_edit.setText("")
        self.passphrase.clear()
        self.set_busy(False)

    def focus_first(self) -> None:
        self.key_edit.setFocus()

    def _update(self) -> None:
        self.recover_button.setEnabled(
            bool(self.key_edit.text().strip()) and self.passphrase.acceptable
        )

    def _recover(self) -> None:
        if self._path is None or not self.recover_button.isEnabled():
            return
        self.recover_requested.emit(
            self._path, self.key_edit.text().strip(), self.passphrase.passphrase
        )
