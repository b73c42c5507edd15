"""Create a workbook: a name and a passphrase (typed twice, with strength feedback)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from workbook.ui import theme
from workbook.ui.welcome.page import ColumnPage, button, field_label
from workbook.ui.welcome.passphrase_pair import PassphrasePair

EXPLAIN = (
    "Your passphrase locks your workbook. Choose something you will remember but "
    "others wouldn't guess — a short sentence of ordinary words is both strong and "
    "easy to remember. Nobody can reset it for you; the recovery key on the next "
    "page is your way back in if you forget it."
)


class CreatePage(ColumnPage):
    """Emits ``create_requested(name, passphrase)``; the start screen does the (slow) creating."""

    create_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Create your workbook", parent)
        self.add_text(EXPLAIN, "muted")

        self.name_edit = QLineEdit("My workbook")
        self.name_edit.setAccessibleName("Workbook name")
        self.name_edit.setMaxLength(60)
        self.body.addWidget(field_label("&Name (only you see it)", self.name_edit))
        self.body.addWidget(self.name_edit)

        self.passphrase = PassphrasePair()
        self.body.addWidget(self.passphrase)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        theme.set_role(self.status, "muted")
        self.body.addWidget(self.status)

        self.back_button = button("Back")
        self.back_button.clicked.connect(self.back_requested)
        self.create_button = button("Create workbook", "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.add_buttons(self.back_button, self.create_button)

        self.name_edit.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.passphrase.second.returnPressed.connect(self._create)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(
            bool(self.name_edit.text().strip()) and self.passphrase.acceptable
        )

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.create_requested.emit(self.name_edit.text().strip(), self.passphrase.passphrase)

    def set_busy(self, busy: bool) -> None:
        """While the key is made (a second or two), say so and don't accept a second click."""
        self.status.setText(
            "Creating your workbook and locking it with your passphrase…" if busy else ""
        )
        for widget in (self.name_edit, self.passphrase, self.create_button, self.back_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update()

    def reset(self) -> None:
        """Forget the passphrases typed here (called after creating, and on lock)."""
        self.passphrase.clear()
        self.set_busy(False)

    def focus_first(self) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()
