"""A new recovery key, offered and shown once in a dialog: made on request in Settings,
when unlocking finds the old one's part of the key file damaged, or after a passphrase
change that couldn't keep the old one (a key file from an early version).

``offer_new_recovery_key`` is the one way a new key is asked for and made (through the
operation path). The dialog reuses the welcome flow's recovery-key page (the key, the
printable sheet, and the "I have kept it" check), so a new key looks and works exactly
like the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.recovery_page import RecoveryKeyPage

if TYPE_CHECKING:
    from workbook.ui.operation import OpHost

AFTER_CHANGE = QT_TRANSLATE_NOOP(
    "SettingsRecoveryKeyDialog",
    "Your passphrase is changed. This workbook's key file was made by an older version of Workbook, so its recovery key couldn't be carried over: here is a new one. The old recovery key now opens only the backups made before today.",
)
AFTER_REPLACE = QT_TRANSLATE_NOOP(
    "SettingsRecoveryKeyDialog",
    "This workbook has a new recovery key. The old one no longer opens it (it still opens backups made before today). If someone may have seen the old one, change your passphrase now too.",
)
AFTER_DAMAGE = QT_TRANSLATE_NOOP(
    "SettingsRecoveryKeyDialog",
    "This workbook has a new recovery key. The old one can be thrown away: its part of the key file was damaged, so it no longer opened this workbook.",
)


@dataclass(frozen=True)
class KeyOffer:
    """Why a new recovery key is offered, in the words the person sees (translated when shown)."""

    context: str  # the translation context the words are catalogued under
    question: str
    explanation: str
    title: str
    decline: str
    reason: str  # beside the new key, in the dialog that shows it


#: Settings → "Make a new recovery key…": a lost key, or one someone may have seen.
ON_REQUEST = KeyOffer(
    "SettingsScreen",
    QT_TRANSLATE_NOOP("SettingsScreen", "Make a new recovery key?"),
    QT_TRANSLATE_NOOP(
        "SettingsScreen",
        "The recovery key you have now will stop opening this workbook (it still opens backups made before today). You'll see the new one once, to print or write down.",
    ),
    QT_TRANSLATE_NOOP("SettingsScreen", "New recovery key"),
    QT_TRANSLATE_NOOP("SettingsScreen", "Cancel"),
    AFTER_REPLACE,
)

#: Unlocking found the key file's recovery part damaged: said now, not on the day it's needed.
AFTER_UNLOCK_DAMAGED = KeyOffer(
    "StartScreen",
    QT_TRANSLATE_NOOP(
        "StartScreen",
        "Your recovery key no longer opens this workbook: the part of the key file it opens is damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "StartScreen",
        "Your passphrase and everything you wrote are fine. Make a new recovery key now and keep it somewhere safe; the old one can then be thrown away.",
    ),
    QT_TRANSLATE_NOOP("StartScreen", "Recovery key damaged"),
    QT_TRANSLATE_NOOP("StartScreen", "Not now"),
    AFTER_DAMAGE,
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


def offer_new_recovery_key(
    parent: QWidget | None,
    host: OpHost,
    offer: KeyOffer,
    made: Callable[[], object] | None = None,
) -> None:
    """Ask (worded by ``offer``); if the person agrees, seal the open workbook to a new
    recovery key through the operation path, off the GUI thread, then show it once.
    ``made`` runs once the new key is stored, before it is shown."""
    from workbook.core.usecases.passphrase import replace_recovery_key
    from workbook.ui.operation import WriteOp
    from workbook.ui.widgets import dialogs

    def words(text: str) -> str:
        return QCoreApplication.translate(offer.context, text)

    make = QCoreApplication.translate("SettingsScreen", "Make a new recovery key")
    choice = dialogs.show_problem(
        parent,
        words(offer.question),
        words(offer.explanation),
        title=words(offer.title),
        actions=[(make, "new")],
        close_label=words(offer.decline),
    )
    workbook = host.workbook
    if choice != "new" or workbook is None:
        return
    name = workbook.name

    def stored(recovery_key: str) -> None:
        if made is not None:
            made()
        show_new_recovery_key(parent, name, recovery_key, offer.reason)

    def failed(message: str, advice: str) -> None:
        title = QCoreApplication.translate("SettingsScreen", "No new recovery key")
        dialogs.show_problem(parent, message, advice, title=title)

    op = WriteOp(
        host,
        lambda _program, workbook: replace_recovery_key(workbook),
        what=QCoreApplication.translate("SettingsScreen", "your new recovery key"),
    )
    op.success(stored).failure(failed).run_in_background()
