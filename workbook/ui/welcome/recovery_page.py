"""Show the new workbook's recovery key once, offer the printable sheet, and make sure it was kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.page import ColumnPage, button
from workbook.ui.widgets import theme
from workbook.ui.widgets.wrapping_buttons import WrappingCheckBox

EXPLAIN = QT_TRANSLATE_NOOP(
    "WelcomeRecoveryPage",
    "If you ever forget your passphrase, this recovery key is the only way back into your workbook. Print the recovery sheet or write the key down, and keep it somewhere safe and private — like where you keep your passport. Anyone who has it can open your workbook.",
)


class RecoveryKeyPage(ColumnPage):
    """Emits ``done`` once the person confirms they kept the key."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RecoveryKeyPage", "Keep your recovery key safe"), parent
        )
        self._name = ""
        self._created = datetime.now().astimezone()
        self.add_text(QCoreApplication.translate("WelcomeRecoveryPage", EXPLAIN))

        self.key_label = QLabel()
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(
            QCoreApplication.translate("RecoveryKeyPage", "Your recovery key")
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(theme.base_point_size() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        theme.set_role(self.key_label, "subtitle")
        theme.follow_style(
            self.key_label,
            lambda p: f"background: {p.sunken}; border-radius: 8px; padding: 14px;",
        )
        self.body.addWidget(self.key_label)

        self.print_button = button(
            QCoreApplication.translate("RecoveryKeyPage", "Save or print the recovery sheet…")
        )
        self.print_button.clicked.connect(self._print_sheet)
        self.body.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.kept = WrappingCheckBox(
            QCoreApplication.translate(
                "RecoveryKeyPage", "I have kept my recovery key somewhere safe"
            )
        )
        self.kept.setAccessibleName(
            QCoreApplication.translate(
                "RecoveryKeyPage", "I have kept my recovery key somewhere safe"
            )
        )
        self.body.addWidget(self.kept)

        self.continue_button = button(
            QCoreApplication.translate("RecoveryKeyPage", "Continue"), "primary"
        )
        self.continue_button.setEnabled(False)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        self.add_buttons(self.continue_button)

    def show_key(self, workbook_name: str, recovery_key: str, created: datetime | None) -> None:
        self._name = workbook_name
        self._created = created or datetime.now().astimezone()
        self.key_label.setText(recovery_key)
        self.kept.setChecked(False)

    def _print_sheet(self) -> None:
        from workbook.ui.printing.bridge import preview_pdf

        name, key, created = self._name, self.key_label.text(), self._created

        def make_pdf() -> bytes:
            from workbook.core.printing import recovery_sheet_pdf

            return recovery_sheet_pdf(name, key, created)

        preview_pdf(
            make_pdf,
            QCoreApplication.translate("RecoveryKeyPage", "Workbook recovery key.pdf"),
            self,
        )

    def _finish(self) -> None:
        if self.kept.isChecked():
            self.reset()
            self.done.emit()

    def reset(self) -> None:
        """The key is shown once: forget it as soon as the person moves on (or on lock)."""
        self.key_label.setText("")
        self._name = ""
        self.kept.setChecked(False)

    def focus_first(self) -> None:
        self.print_button.setFocus()
