"""The one way a failed save shows on a screen: what went wrong, what to do, and Try again.

Every screen that writes holds one of these where the person is looking (under the
form they were filling in). It never hides what they typed; it only sits beside it
until a retry succeeds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.widgets import theme

TRY_AGAIN = QT_TRANSLATE_NOOP("ShellSaveProblem", "Try again")


class SaveProblem(QFrame):
    """Hidden until a write fails; then the message, the advice and a **Try again** button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save-problem")
        self._retry: Callable[[], object] | None = None
        self._restyle()
        theme.notifier().changed.connect(self._restyle)  # light/dark switched while shown
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 10, 10)
        row.setSpacing(12)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("font-weight: 600;")
        self.message.setAccessibleName(QCoreApplication.translate("SaveProblem", "What went wrong"))
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setAccessibleName(QCoreApplication.translate("SaveProblem", "What you can do"))
        words.addWidget(self.message)
        words.addWidget(self.advice)
        row.addLayout(words, 1)
        self.retry_button = QPushButton(
            QCoreApplication.translate("ShellSaveProblem", TRY_AGAIN), self
        )
        self.retry_button.setAccessibleName(
            QCoreApplication.translate("ShellSaveProblem", TRY_AGAIN)
        )
        self.retry_button.clicked.connect(self._try_again)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def _restyle(self) -> None:
        p = theme.palette()
        self.setStyleSheet(
            f"QFrame#save-problem {{ background: {p.danger_soft}; color: {p.text};"
            f" border-{theme.start_edge()}: 5px solid {p.danger}; border-radius: 6px; }}"
            f" QFrame#save-problem QLabel {{ color: {p.text}; background: transparent; }}"
        )

    def show_problem(self, message: str, advice: str, retry: Callable[[], object]) -> None:
        """Say why the save failed and offer ``retry``; screen readers hear it at once (but
        not again each time a quiet autosave retry fails the same way)."""
        again = self.showing and self.message.text() == message
        self._retry = retry
        self.message.setText(message)
        self.advice.setText(advice)
        self.show()
        if again:
            return
        event = QAccessibleAnnouncementEvent(self, f"{message} {advice}")
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def clear(self) -> None:
        """The write went through: nothing to say any more."""
        self._retry = None
        self.hide()
        self.message.clear()
        self.advice.clear()

    @property
    def showing(self) -> bool:
        return not self.isHidden()

    def text(self) -> str:
        return f"{self.message.text()} {self.advice.text()}".strip()

    def _try_again(self) -> None:
        if self._retry is not None:
            self._retry()
