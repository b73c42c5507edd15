"""Later launches and after locking: pick a workbook (when there are several) and unlock it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.wording.dates import date_in_words
from workbook.ui.welcome.page import ColumnPage, button, passphrase_edit
from workbook.ui.widgets.wrap_layout import WrapLayout

if TYPE_CHECKING:
    from workbook.core.store import WorkbookInfo
    from workbook.ui.service import LockReport

#: After a lock that saved everything.
LOCKED_SAVED = QT_TRANSLATE_NOOP(
    "WelcomeUnlockPage",
    "It locked to keep your writing private. Enter your passphrase to carry on where you left off — your drafts were saved.",
)
#: After a lock that could not save something: said as it is, never "saved".
LOCKED_UNSAVED = QT_TRANSLATE_NOOP(
    "WelcomeUnlockPage",
    "It locked to keep your writing private, but {what} couldn't be saved ({reason}). Workbook is holding it in memory, not on disk, and will save it as soon as you unlock; if the disk is full, make some free disk space first. Please don't quit Workbook until then, or it will be lost.",
)


class UnlockPage(ColumnPage):
    """Emits ``unlock_requested(path, passphrase)``; the start screen does the slow part."""

    unlock_requested = Signal(Path, str)
    recover_requested = Signal(Path)
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("UnlockPage", "Welcome back"), parent)
        self.intro = self.add_text(
            QCoreApplication.translate(
                "UnlockPage", "Enter your passphrase to open your workbook."
            ),
            "muted",
        )

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(QCoreApplication.translate("UnlockPage", "Which workbook"))
        self.chooser_label = self.add_field(
            QCoreApplication.translate("UnlockPage", "&Workbook"), self.chooser
        )
        self.passphrase = passphrase_edit(QCoreApplication.translate("UnlockPage", "Passphrase"))
        self.add_field(QCoreApplication.translate("UnlockPage", "&Passphrase"), self.passphrase)
        self.add_status()

        self.unlock_button = button(QCoreApplication.translate("UnlockPage", "Unlock"), "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.passphrase.textChanged.connect(self._update)
        self.add_buttons(self.unlock_button)

        links = WrapLayout(spacing=12)  # one under the other when the text is large
        self.recover_button = button(
            QCoreApplication.translate("UnlockPage", "Forgot your passphrase?"),
            "link",
            QCoreApplication.translate("UnlockPage", "Use your recovery key"),
        )
        self.recover_button.setToolTip(
            QCoreApplication.translate(
                "UnlockPage", "Open with your recovery key and set a new passphrase"
            )
        )
        self.recover_button.clicked.connect(self._recover)
        self.create_button = button(
            QCoreApplication.translate("UnlockPage", "Create another workbook"), "link"
        )
        self.create_button.clicked.connect(self.create_requested)
        links.addWidget(self.recover_button)
        links.addWidget(self.create_button)
        self.body.addLayout(links)
        self._update()

    def set_workbooks(self, workbooks: list[WorkbookInfo], select: Path | None = None) -> None:
        """Fill the chooser; it only shows when there is a choice to make."""
        self.chooser.clear()
        for info in workbooks:
            self.chooser.addItem(
                QCoreApplication.translate(
                    "UnlockPage", "{name}  (created {date_in_words})"
                ).format(name=info.name, date_in_words=date_in_words(info.created, month="short")),
                info.path,
            )
        if select is not None:
            for index in range(self.chooser.count()):
                if Path(self.chooser.itemData(index)) == select:
                    self.chooser.setCurrentIndex(index)
        several = len(workbooks) > 1
        self.chooser.setVisible(several)
        self.chooser_label.setVisible(several)
        self._update()

    def set_locked(self, locked: bool, report: LockReport | None = None) -> None:
        """After a lock the words change: the person is coming back, not arriving, and is
        told truthfully whether everything they wrote was saved."""
        if locked:
            from workbook.core.usecases.unsaved import listed

            self.set_title(QCoreApplication.translate("UnlockPage", "Your workbook is locked"))
            if report is None or report.all_saved:
                self.intro.setText(QCoreApplication.translate("WelcomeUnlockPage", LOCKED_SAVED))
            else:
                what = listed(report.unsaved)
                reason = report.reason.rstrip(".") or QCoreApplication.translate(
                    "UnlockPage", "the disk refused it"
                )
                reason = reason[:1].lower() + reason[1:]  # it reads inside the sentence
                self.intro.setText(
                    QCoreApplication.translate("WelcomeUnlockPage", LOCKED_UNSAVED).format(
                        what=what, reason=reason
                    )
                )
        else:
            self.set_title(QCoreApplication.translate("UnlockPage", "Welcome back"))
            self.intro.setText(
                QCoreApplication.translate(
                    "UnlockPage", "Enter your passphrase to open your workbook."
                )
            )

    def selected_path(self) -> Path | None:
        data = self.chooser.currentData()
        return Path(data) if data is not None else None

    def set_busy(self, busy: bool) -> None:
        widgets = (self.chooser, self.passphrase, self.unlock_button, self.recover_button)
        self.show_busy(busy, QCoreApplication.translate("UnlockPage", "Unlocking…"), widgets)
        if not busy:
            self._update()

    def reset(self) -> None:
        """Forget the typed passphrase (and its undo history)."""
        self.passphrase.setText("")
        self.set_busy(False)

    def focus_first(self) -> None:
        self.passphrase.setFocus()

    def _update(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and self.chooser.count() > 0)

    def _unlock(self) -> None:
        path = self.selected_path()
        if path is None or not self.passphrase.text() or not self.unlock_button.isEnabled():
            return
        self.unlock_requested.emit(path, self.passphrase.text())

    def _recover(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.recover_requested.emit(path)
