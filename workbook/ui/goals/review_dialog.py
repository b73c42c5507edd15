"""A dated look back at one goal: how far along it feels, what helped, what got in the way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from workbook.core.goal_review import STATUS_WORDS
from workbook.core.usecases.goals import ReviewAnswers
from workbook.ui.shell.save_problem import SaveProblem
from workbook.ui.widgets import fit
from workbook.ui.widgets.dialog_parts import dialog_column, ok_cancel
from workbook.ui.widgets.qt_dates import day_of
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.core.store import Goal

#: Saves a review, showing any failure in the dialog's problem bar; True once saved.
SaveReview = Callable[[ReviewAnswers, SaveProblem], bool]


class GoalReviewDialog(QDialog):
    """Asks the review questions. With ``on_save``, **Save review** saves first and the
    dialog closes only once the review is in the workbook; a failure shows here, with
    every word still in its box. Without it, ``review()`` gives what to store after
    ``accept``."""

    def __init__(
        self, goal: Goal, parent: QWidget | None = None, on_save: SaveReview | None = None
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.resize(560, 600)
        fit.keep_on_screen(self)
        layout = dialog_column(
            self,
            QCoreApplication.translate("GoalReviewDialog", "Look back at a goal"),
            accessible=QCoreApplication.translate("GoalReviewDialog", "Goal review"),
            heading=goal.goal,
        )
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "GoalReviewDialog",
                    "This is not about passing or failing. Any step counts, and so does noticing what got in the way.",
                ),
                "muted",
            )
        )
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QCoreApplication.translate("DateFormats", "d MMMM yyyy"))
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(
            QCoreApplication.translate("GoalReviewDialog", "Day of this review")
        )
        form.addRow(label(QCoreApplication.translate("GoalReviewDialog", "Day")), self.day)

        slider_row = QHBoxLayout()
        self.progress = QSlider(Qt.Orientation.Horizontal)
        self.progress.setRange(0, 10)
        self.progress.setPageStep(1)
        self.progress.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.progress.setAccessibleName(
            QCoreApplication.translate("GoalReviewDialog", "How far along it feels, 0 to 10")
        )
        latest = goal.reviews[-1].progress if goal.reviews else None
        self.progress.setValue(latest if latest is not None else 0)
        self.progress_value = QLabel()
        self.progress.valueChanged.connect(self._show_progress)
        self._show_progress(self.progress.value())
        slider_row.addWidget(
            label(QCoreApplication.translate("GoalReviewDialog", "Not started"), "small")
        )
        slider_row.addWidget(self.progress, 1)
        slider_row.addWidget(label(QCoreApplication.translate("GoalReviewDialog", "Done"), "small"))
        slider_row.addWidget(self.progress_value)
        form.addRow(
            label(QCoreApplication.translate("GoalReviewDialog", "How far along?")), slider_row
        )

        self.helped = self._box(
            QCoreApplication.translate("GoalReviewDialog", "What helped, even a little?")
        )
        self.hindered = self._box(
            QCoreApplication.translate("GoalReviewDialog", "What got in the way?")
        )
        self.next_step = self._box(
            QCoreApplication.translate("GoalReviewDialog", "What is your next step, and when?")
        )
        form.addRow(
            label(QCoreApplication.translate("GoalReviewDialog", "What helped")), self.helped
        )
        form.addRow(
            label(QCoreApplication.translate("GoalReviewDialog", "What got in the way")),
            self.hindered,
        )
        form.addRow(
            label(QCoreApplication.translate("GoalReviewDialog", "Next step")), self.next_step
        )

        self.status = QComboBox()
        self.status.setAccessibleName(
            QCoreApplication.translate("GoalReviewDialog", "Where this goal is now")
        )
        for value, words in STATUS_WORDS.items():
            words = QCoreApplication.translate("GoalReview", words)
            self.status.addItem(words, value)
        self.status.setCurrentIndex(max(self.status.findData(goal.status), 0))
        self.start_status = goal.status
        form.addRow(
            label(QCoreApplication.translate("GoalReviewDialog", "Where it is now")), self.status
        )
        layout.addLayout(form)
        self.problem = SaveProblem(self)
        layout.addWidget(self.problem)

        ok_cancel(
            self,
            layout,
            QCoreApplication.translate("GoalReviewDialog", "Save review"),
            on_ok=self.save,
        )

    def save(self) -> None:
        """Save review: closes once it is in the workbook; a failure shows here."""
        if self._on_save is None or self._on_save(self.review(), self.problem):
            self.accept()

    def has_words(self) -> bool:
        """Something was written in any of the three answers."""
        boxes = (self.helped, self.hindered, self.next_step)
        return any(box.toPlainText().strip() for box in boxes)

    def _box(self, hint: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(hint)
        box.setAccessibleName(hint)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 20)
        return box

    def _show_progress(self, value: int) -> None:
        self.progress_value.setText(f"{value} / 10")

    def review(self) -> ReviewAnswers:
        """What to store: each answer stays separate; an unchanged status stays None."""
        status = self.status.currentData()
        day = day_of(self.day.date())
        return ReviewAnswers(
            day=day,
            progress=self.progress.value(),
            helped=self.helped.toPlainText().strip(),
            hindered=self.hindered.toPlainText().strip(),
            next_step=self.next_step.toPlainText().strip(),
            status=status if status != self.start_status else None,
        )
