"""First launch: what Workbook is (a companion to care, not a diagnosis) and how privacy works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.welcome.page import ColumnPage, button

INTRO = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Workbook walks you through a structured recovery program one step at a time: short questionnaires, readings, practical skills and plans, with room to write in your own words. You can go at your own pace and come back to anything.",
)
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Workbook is a companion to the care you get, not a diagnosis. Questionnaire results are your own answers, to talk through with your doctor or therapist.",
)
PRIVACY = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Everything you write stays on this computer, in one file locked with a passphrase only you know. Nothing is sent anywhere. Workbook locks itself when you step away, and nobody — not even the people who make Workbook — can open it without your passphrase or your recovery key.",
)
HELP = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "If you need help right now, the “Need help now?” button at the top is always there.",
)


class WelcomePage(ColumnPage):
    """Says hello and offers to create a workbook (or go back to unlocking one)."""

    create_requested = Signal()
    join_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WelcomePage", "Welcome to Workbook"), parent)
        self.add_text(QCoreApplication.translate("WelcomePage", INTRO))
        self.add_text(
            QCoreApplication.translate("WelcomePage", "A companion, not a diagnosis"), "subtitle"
        )
        self.add_text(QCoreApplication.translate("WelcomePage", NOT_A_DIAGNOSIS))
        self.add_text(QCoreApplication.translate("WelcomePage", "Private by design"), "subtitle")
        self.add_text(QCoreApplication.translate("WelcomePage", PRIVACY))
        self.add_text(QCoreApplication.translate("WelcomePage", HELP), "muted")
        self.back_button = button(QCoreApplication.translate("WelcomePage", "Back to my workbook"))
        self.back_button.clicked.connect(self.back_requested)
        self.create_button = button(
            QCoreApplication.translate("WelcomePage", "Create my workbook"), "primary"
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.add_buttons(self.back_button, self.create_button)
        # Its own row: at 150 % text three buttons no longer fit side by side.
        self.join_button = button(
            QCoreApplication.translate("WelcomePage", "Join from another computer…"),
            "link",
            accessible=QCoreApplication.translate(
                "WelcomePage",
                "Join a workbook you use on another computer, through its sync folder",
            ),
        )
        self.join_button.clicked.connect(self.join_requested)
        self.add_buttons(self.join_button)
        self.set_can_go_back(False)

    def set_can_go_back(self, can: bool) -> None:
        """Only offer "back" when there is already a workbook to unlock."""
        self.back_button.setVisible(can)

    def focus_first(self) -> None:
        self.create_button.setFocus()
