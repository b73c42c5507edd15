"""The SMART goal editor: the goal in a few words, its five SMART parts, first step and plan."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.core.goal_review import STATUS_WORDS
from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.widgets import theme
from workbook.ui.widgets.qt_dates import day_of
from workbook.ui.widgets.screen_support import label
from workbook.ui.widgets.wrap_layout import WrapLayout

#: (part, label, help, multi-line) in the order a person thinks them through.
PARTS = (
    (
        "goal",
        QT_TRANSLATE_NOOP("GoalsEditor", "My goal, in a few words"),
        QT_TRANSLATE_NOOP("GoalsEditor", "Something you can find again at a glance."),
        False,
    ),
    (
        "specific",
        QT_TRANSLATE_NOOP("GoalsEditor", "Specific"),
        QT_TRANSLATE_NOOP("GoalsEditor", "What exactly will you do, where and with whom?"),
        True,
    ),
    (
        "measurable",
        QT_TRANSLATE_NOOP("GoalsEditor", "Measurable"),
        QT_TRANSLATE_NOOP("GoalsEditor", "How will you know you have done it?"),
        True,
    ),
    (
        "achievable",
        QT_TRANSLATE_NOOP("GoalsEditor", "Achievable"),
        QT_TRANSLATE_NOOP(
            "GoalsEditor", "Why is this realistic with the time and energy you have now?"
        ),
        True,
    ),
    (
        "relevant",
        QT_TRANSLATE_NOOP("GoalsEditor", "Relevant"),
        QT_TRANSLATE_NOOP("GoalsEditor", "Why does this matter to you?"),
        True,
    ),
    (
        "first_step",
        QT_TRANSLATE_NOOP("GoalsEditor", "First step"),
        QT_TRANSLATE_NOOP("GoalsEditor", "Something tiny you could do today or tomorrow."),
        False,
    ),
    (
        "obstacles",
        QT_TRANSLATE_NOOP("GoalsEditor", "What might get in the way"),
        QT_TRANSLATE_NOOP("GoalsEditor", "Low energy, other people, old habits…"),
        True,
    ),
    (
        "plan",
        QT_TRANSLATE_NOOP("GoalsEditor", "If that happens, I will…"),
        QT_TRANSLATE_NOOP("GoalsEditor", "An if-then plan: if it rains, then I walk indoors."),
        True,
    ),
)


def _field_label(text: str, hint: str, buddy: QWidget) -> QWidget:
    """A question's name in bold with its hint beside it (muted), above its box."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    name = QLabel(f"<b>{html.escape(text)}</b>")
    name.setTextFormat(Qt.TextFormat.RichText)
    name.setWordWrap(True)  # large text on a narrow window: wrap, never push the page wider
    name.setBuddy(buddy)
    layout.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
    if hint:
        layout.addWidget(label(hint, "muted"), 1)
    else:
        layout.addStretch(1)
    return row


class GoalEditor(QWidget):
    """Edits one goal's words; ``edited`` fires on any change so the screen can offer Save."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id: str | None = None
        self._loaded: dict[str, Any] = {}
        self._loading = False
        # One column, each question's name and hint above its box: nothing gets squeezed,
        # whatever the text size.
        form = QVBoxLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for part, source_text, source_hint, multi in PARTS:
            text = QCoreApplication.translate("GoalsEditor", source_text)
            hint = QCoreApplication.translate("GoalsEditor", source_hint)
            box: QLineEdit | QPlainTextEdit
            if multi:
                box = QPlainTextEdit()
                box.setTabChangesFocus(True)
                box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 20)
                box.textChanged.connect(self._changed)
            else:
                box = QLineEdit()
                box.textEdited.connect(self._changed)
            box.setAccessibleName(text)
            box.setAccessibleDescription(hint)
            self.inputs[part] = box
            if part == "first_step":
                self._add_target_date(form)
            form.addWidget(_field_label(text, hint, box))
            form.addWidget(box)
            form.addSpacing(8)
            if part == "goal":
                self.goal_error = label("", "error")
                self.goal_error.setAccessibleName(
                    QCoreApplication.translate("GoalEditor", "Goal problem")
                )
                self.goal_error.hide()
                form.addWidget(self.goal_error)

        self.status = QComboBox()
        self.status.setAccessibleName(
            QCoreApplication.translate("GoalEditor", "Where this goal is now")
        )
        for value, words in STATUS_WORDS.items():
            words = QCoreApplication.translate("GoalReview", words)
            self.status.addItem(words, value)
        self.status.currentIndexChanged.connect(self._changed)
        form.addWidget(
            _field_label(
                QCoreApplication.translate("GoalEditor", "Where it is now"), "", self.status
            )
        )
        form.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        self.load(None)

    def _add_target_date(self, form: QVBoxLayout) -> None:
        dates = WrapLayout(spacing=8)  # the date under "By" when a long date meets large text
        self.has_target = QCheckBox(QCoreApplication.translate("GoalEditor", "By"))
        self.has_target.setAccessibleName(
            QCoreApplication.translate("GoalEditor", "Set a target date")
        )
        self.target = QDateEdit()
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat(QCoreApplication.translate("DateFormats", "d MMMM yyyy"))
        self.target.setAccessibleName(QCoreApplication.translate("GoalEditor", "Target date"))
        self.has_target.toggled.connect(self.target.setEnabled)
        self.has_target.toggled.connect(self._changed)
        self.target.dateChanged.connect(self._changed)
        dates.addWidget(self.has_target)
        dates.addWidget(self.target)
        form.addWidget(
            _field_label(
                QCoreApplication.translate("GoalEditor", "Time-bound"),
                QCoreApplication.translate("GoalEditor", "By when would you like to reach it?"),
                self.has_target,
            )
        )
        form.addLayout(dates)
        form.addSpacing(8)

    def load(self, goal: Any | None) -> None:
        """Show a goal (a store Goal), or empty boxes for a new one."""
        self._loading = True
        self.goal_id = goal.id if goal is not None else None
        for part, box in self.inputs.items():
            text = getattr(goal, part, "") if goal is not None else ""
            if isinstance(box, QLineEdit):
                box.setText(text)
            else:
                box.setPlainText(text)
        target = goal.target_date if goal is not None else None
        self.has_target.setChecked(target is not None)
        self.target.setEnabled(target is not None)
        self.target.setDate(QDate(target) if target else QDate.currentDate().addDays(28))
        status = goal.status if goal is not None else "active"
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.goal_error.hide()
        self._loaded = self.values()
        self._loading = False

    def values(self) -> dict[str, Any]:
        """The editor's contents as store goal parts."""
        values: dict[str, Any] = {}
        for part, box in self.inputs.items():
            text = box.text() if isinstance(box, QLineEdit) else box.toPlainText()
            values[part] = text.strip()
        target = day_of(self.target.date()) if self.has_target.isChecked() else None
        values["target_date"] = target
        values["status"] = self.status.currentData()
        return values

    def changes(self) -> dict[str, Any]:
        """Only the parts that differ from what was loaded."""
        now = self.values()
        return {key: value for key, value in now.items() if self._loaded.get(key) != value}

    @property
    def dirty(self) -> bool:
        return bool(self.changes())

    def check(self) -> bool:
        """The goal needs a few words; say so beside the box if it has none."""
        if self.values()["goal"]:
            self.goal_error.hide()
            return True
        self.goal_error.setText(
            QCoreApplication.translate(
                "GoalEditor", "Give your goal a few words, so you can find it again."
            )
        )
        self.goal_error.show()
        theme.set_role(self.goal_error, "error")
        self.inputs["goal"].setFocus()
        return False

    def mark_saved(self, goal: Any) -> None:
        self.goal_id = goal.id
        self._loaded = self.values()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
