"""Create a workbook: a name and a passphrase (typed twice, with strength feedback)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.passphrase_form import PassphraseFormPage

EXPLAIN = QT_TRANSLATE_NOOP(
    "WelcomeCreatePage",
    "Your passphrase locks your workbook. Choose something you will remember but others wouldn't guess — a short sentence of ordinary words is both strong and easy to remember. Nobody can reset it for you; the recovery key on the next page is your way back in if you forget it.",
)


class CreatePage(PassphraseFormPage):
    """Emits ``create_requested(name, passphrase)``; the start screen does the (slow) creating."""

    create_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.name_edit = QLineEdit(QCoreApplication.translate("CreatePage", "My workbook"))
        self.name_edit.setAccessibleName(QCoreApplication.translate("CreatePage", "Workbook name"))
        self.name_edit.setMaxLength(60)
        super().__init__(
            QCoreApplication.translate("CreatePage", "Create your workbook"),
            QCoreApplication.translate("WelcomeCreatePage", EXPLAIN),
            self.name_edit,
            QCoreApplication.translate("CreatePage", "&Name (only you see it)"),
            QCoreApplication.translate("CreatePage", "Create workbook"),
            busy_text=QCoreApplication.translate(
                "CreatePage", "Creating your workbook and locking it with your passphrase…"
            ),
            parent=parent,
        )
        self.create_button = self.go_button

    def _submit(self) -> None:
        self.create_requested.emit(self.name_edit.text().strip(), self.passphrase.passphrase)

    def focus_first(self) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()
