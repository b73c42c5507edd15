"""Joining from another computer: the sync folder, this computer's name, the passphrase.

The other computer set sync up (Settings → Sync); its folder, carried here by
Syncthing, Nextcloud, Dropbox or a USB stick, holds the sealed key file and the
change files. The passphrase (or the recovery key) opens the key file, and this
computer builds its own copy from the change files.
"""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.page import ColumnPage, button, field_label, passphrase_edit

EXPLAIN = QT_TRANSLATE_NOOP(
    "JoinPage",
    "Already use Workbook on another computer with sync set up? Choose the sync folder "
    "here (once your sync tool has copied it to this computer) and type the same "
    "passphrase. This computer gets its own copy, and from then on the two stay in step.",
)


class JoinPage(ColumnPage):
    """Emits ``join_requested(folder, computer_name, passphrase_or_recovery_key)``."""

    join_requested = Signal(Path, str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("JoinPage", "Join from another computer"), parent
        )
        self.add_text(QCoreApplication.translate("JoinPage", EXPLAIN), "muted")
        self.folder = QLineEdit()
        self.folder.setAccessibleName(QCoreApplication.translate("JoinPage", "Sync folder"))
        self.folder.setPlaceholderText(
            QCoreApplication.translate(
                "JoinPage", "The folder Syncthing (or similar) keeps in step"
            )
        )
        self.choose_button = button(
            QCoreApplication.translate("JoinPage", "Choose…"),
            accessible=QCoreApplication.translate("JoinPage", "Choose the sync folder"),
        )
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.body.addWidget(
            field_label(QCoreApplication.translate("JoinPage", "Sync &folder"), self.folder)
        )
        self.body.addLayout(row)
        self.name = QLineEdit(socket.gethostname())
        self.name.setAccessibleName(QCoreApplication.translate("JoinPage", "This computer's name"))
        self.name.setMaxLength(60)
        self.add_field(QCoreApplication.translate("JoinPage", "This computer's &name"), self.name)
        self.secret = passphrase_edit(
            QCoreApplication.translate("JoinPage", "Passphrase or recovery key"),
            QCoreApplication.translate("JoinPage", "The passphrase you use on the other computer"),
        )
        self.add_field(
            QCoreApplication.translate("JoinPage", "&Passphrase (or recovery key)"), self.secret
        )
        self.add_status()
        self.back_button = button(QCoreApplication.translate("JoinPage", "Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.join_button = button(
            QCoreApplication.translate("JoinPage", "Join and open"), "primary"
        )
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self._go)
        self.add_buttons(self.back_button, self.join_button)
        for edit in (self.folder, self.name, self.secret):
            edit.textChanged.connect(self._update)
        self.secret.returnPressed.connect(self._go)
        self._update()

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("JoinPage", "Choose the sync folder"),
            self.folder.text() or str(Path.home()),
        )
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        ready = all(e.text().strip() for e in (self.folder, self.name)) and bool(self.secret.text())
        self.join_button.setEnabled(ready)

    def _go(self) -> None:
        if self.join_button.isEnabled():
            self.join_requested.emit(
                Path(self.folder.text().strip()).expanduser(),
                self.name.text().strip(),
                self.secret.text(),
            )

    def set_busy(self, busy: bool) -> None:
        self.show_busy(
            busy,
            QCoreApplication.translate(
                "JoinPage", "Joining: opening the key file and reading the change files…"
            ),
            (
                self.folder,
                self.choose_button,
                self.name,
                self.secret,
                self.join_button,
                self.back_button,
            ),
        )
        if not busy:
            self._update()

    def reset(self) -> None:
        """Forget the passphrase typed here (after use, and on lock)."""
        self.secret.clear()
        self.set_busy(False)

    def focus_first(self) -> None:
        self.folder.setFocus()
