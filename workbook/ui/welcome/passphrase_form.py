"""The pages that set a new passphrase (create, recover): one line, the passphrase twice, go.

Both ask for one thing first (a name, a recovery key), then a passphrase typed twice
with strength feedback; the main button waits until both are usable, and the page
holds still with a word of status while the slow key work runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workbook.ui.welcome.page import ColumnPage, button
from workbook.ui.welcome.passphrase_pair import PassphrasePair


class PassphraseFormPage(ColumnPage):
    """``line`` + ``passphrase`` + Back / ``go_button``; subclasses say what going does."""

    back_requested = Signal()

    def __init__(
        self,
        title: str,
        explain: str,
        line: QLineEdit,
        line_label: str,
        go_label: str,
        *,
        passphrase_label: str = "Passphrase",
        busy_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._busy_text = busy_text
        self.add_text(explain, "muted")
        self.line = line
        self.add_field(line_label, line)
        self.passphrase = PassphrasePair(passphrase_label)
        self.body.addWidget(self.passphrase)
        self.add_status()

        self.back_button = button(QCoreApplication.translate("PassphraseFormPage", "Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.go_button = button(go_label, "primary")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self._go)
        self.add_buttons(self.back_button, self.go_button)

        line.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.passphrase.second.returnPressed.connect(self._go)
        self._update()

    def _submit(self) -> None:
        """Emit this page's request; called only when the button is enabled."""
        raise NotImplementedError

    def _update(self) -> None:
        self.go_button.setEnabled(bool(self.line.text().strip()) and self.passphrase.acceptable)

    def _go(self) -> None:
        if self.go_button.isEnabled():
            self._submit()

    def set_busy(self, busy: bool) -> None:
        """While the key work runs (a second or two), say so and don't accept a second click."""
        self.show_busy(
            busy, self._busy_text, (self.line, self.passphrase, self.go_button, self.back_button)
        )
        if not busy:
            self._update()

    def reset(self) -> None:
        """Forget the passphrases typed here (after use, and on lock)."""
        self.passphrase.clear()
        self.set_busy(False)

    def focus_first(self) -> None:
        self.line.setFocus()
