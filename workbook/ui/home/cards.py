"""The cards on Home besides the check-in: from your clinician, next steps, stages, goals due,
recent results, notices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.goal_review import DueGoal
from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.core.usecases.home import NextStep, RecentResult, StageProgress
from workbook.core.wording.dates import date_in_words
from workbook.ui.widgets import theme
from workbook.ui.widgets.screen_support import label

if TYPE_CHECKING:
    from workbook.core.authoring.packs.assignment import AssignedStep
    from workbook.core.store import Goal

BUTTON_WORDS = {
    "urgent": QT_TRANSLATE_NOOP("HomeCards", "Open"),
    "continue": QT_TRANSLATE_NOOP("HomeCards", "Continue"),
    "due": QT_TRANSLATE_NOOP("HomeCards", "Start"),
    "recommended": QT_TRANSLATE_NOOP("HomeCards", "Start"),
    "next": QT_TRANSLATE_NOOP("HomeCards", "Start"),
}


class Card(QFrame):
    """A titled card whose rows are rebuilt on every refresh."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSpacing(10)
        self.title = QLabel(title)
        theme.set_role(self.title, "subtitle")
        outer.addWidget(self.title)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        outer.addLayout(self.rows)

    def clear_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
            elif item is not None and item.layout() is not None:
                _delete_layout(item.layout())

    def add_text(self, text: str, role: str | None = "muted") -> QLabel:
        widget = label(text, role)
        self.rows.addWidget(widget)
        return widget

    def add_row(self, text: str, detail: str, action: str, on_click: Callable[[], None]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        words = QVBoxLayout()
        words.setSpacing(2)
        name = label(text)
        name.setStyleSheet("font-weight: 600;")
        words.addWidget(name)
        if detail:
            words.addWidget(label(detail, "muted"))
        layout.addLayout(words, 1)
        button = QPushButton(action)
        button.setAccessibleName(f"{action}: {text}")
        button.clicked.connect(lambda _checked=False: on_click())
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.rows.addWidget(row)


class NextStepsCard(Card):
    def __init__(self, open_module: Callable[[str, str | None], None]) -> None:
        super().__init__(QCoreApplication.translate("NextStepsCard", "Your next step"))
        self.open_module = open_module

    def show_steps(self, steps: Sequence[NextStep]) -> None:
        self.clear_rows()
        if not steps:
            self.add_text(
                QCoreApplication.translate(
                    "NextStepsCard",
                    "You have been through every module. Repeat any skill that helps, and keep checking in.",
                )
            )
            return
        for index, step in enumerate(steps):
            action = QCoreApplication.translate("HomeCards", BUTTON_WORDS[step.kind])
            self.add_row(
                step.module.title,
                step.reason,
                action,
                partial(self.open_module, step.module.id, step.entry_id),
            )
            if index == 0:
                self._emphasise_first()

    def _emphasise_first(self) -> None:
        item = self.rows.itemAt(self.rows.count() - 1)
        row = item.widget() if item is not None else None
        button = row.findChild(QPushButton) if row is not None else None
        if button is not None:
            theme.set_role(button, "primary")


class StagesCard(Card):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("StagesCard", "Where you are"))

    def show_stages(self, stages: Sequence[StageProgress]) -> None:
        self.clear_rows()
        host = QWidget()
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        for row, item in enumerate(stages):
            name = QLabel(item.stage.title)
            name.setToolTip(item.stage.description)
            bar = QProgressBar()
            bar.setRange(0, max(item.total, 1))
            bar.setValue(item.done)
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            bar.setAccessibleName(f"{item.stage.title}: {item.summary}")
            summary = QLabel(item.summary)
            theme.set_role(summary, "small")
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(summary, row, 2)
        grid.setColumnStretch(1, 1)
        self.rows.addWidget(host)


class GoalsDueCard(Card):
    def __init__(self, open_goals: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate("GoalsDueCard", "Goals to look at"))
        self.open_goals = open_goals

    def show_goals(self, due: Sequence[DueGoal[Goal]], active: int) -> None:
        self.clear_rows()
        if not due:
            self.add_text(
                QCoreApplication.translate("GoalsDueCard", "Nothing due for review.")
                if active
                else QCoreApplication.translate(
                    "GoalsDueCard",
                    "No goals yet. Setting one small, clear goal is a good early step.",
                )
            )
            return
        for item in due[:4]:
            self.add_row(
                item.goal.goal,
                item.why,
                QCoreApplication.translate("GoalsDueCard", "Review"),
                self.open_goals,
            )


class RecentResultsCard(Card):
    def __init__(self, open_module: Callable[[str, str | None], None]) -> None:
        super().__init__(QCoreApplication.translate("RecentResultsCard", "Recent results"))
        self.open_module = open_module

    def show_results(self, results: Sequence[RecentResult]) -> None:
        self.clear_rows()
        if not results:
            self.add_text(
                QCoreApplication.translate(
                    "RecentResultsCard", "Results of questionnaires you finish will show here."
                )
            )
            return
        for item in results:
            self.add_row(
                item.module.title,
                f"{item.summary} · {date_in_words(item.when)}",
                QCoreApplication.translate("RecentResultsCard", "View"),
                partial(self.open_module, item.module.id, item.entry.id),
            )


#: the button on a step "From your clinician", by what it needs
ASSIGNED_WORDS = {"start": "Start", "again": "Start again", "open": "Open"}


class FromClinicianCard(Card):
    """The modules a clinician's pack assigns, in their order; hidden when there are none."""

    def __init__(self, open_module: Callable[[str, str | None], None]) -> None:
        super().__init__("From your clinician")
        self.open_module = open_module
        self.hide()

    def show_steps(self, steps: Sequence[AssignedStep]) -> None:
        self.clear_rows()
        self.setVisible(bool(steps))
        for step in steps:
            self.add_row(
                step.module.title,
                step.why,
                ASSIGNED_WORDS[step.action],
                partial(self.open_module, step.module.id, None),
            )


class NoticeCard(QFrame):
    """A calm, dismissable note (e.g. "the program folder has changed")."""

    def __init__(self, text: str, on_dismiss: Callable[[], None]) -> None:
        super().__init__()
        theme.set_role(self, "notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(QCoreApplication.translate("NoticeCard", "Notice"))
        layout.addWidget(label, 1)
        button = QPushButton("OK")
        button.setAccessibleName(QCoreApplication.translate("NoticeCard", "Dismiss notice"))
        button.clicked.connect(lambda _checked=False: on_dismiss())
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)


def _delete_layout(layout: object) -> None:
    from PySide6.QtWidgets import QLayout

    if not isinstance(layout, QLayout):
        return
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            _delete_layout(item.layout())
