"""Today's check-in on Home: four 0–10 rows and one line, done in under 30 seconds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.core.i18n import QT_TRANSLATE_NOOP
from workbook.ui.home.checkin_scale import CheckinScale
from workbook.ui.shell.save_problem import SaveProblem
from workbook.ui.widgets import theme

if TYPE_CHECKING:
    from workbook.core.language.model import Module
    from workbook.core.store import CheckIn

#: (field id, default label, low anchor, high anchor)
SCALES = (
    (
        "mood",
        QT_TRANSLATE_NOOP("HomeCheckin", "Mood"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Very low"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Very good"),
    ),
    (
        "anxiety",
        QT_TRANSLATE_NOOP("HomeCheckin", "Anxiety"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Calm"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Extremely anxious"),
    ),
    (
        "sleep",
        QT_TRANSLATE_NOOP("HomeCheckin", "Sleep last night"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Very poor"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Very good"),
    ),
    (
        "energy",
        QT_TRANSLATE_NOOP("HomeCheckin", "Energy"),
        QT_TRANSLATE_NOOP("HomeCheckin", "None at all"),
        QT_TRANSLATE_NOOP("HomeCheckin", "Lots"),
    ),
)

PROMPT = QT_TRANSLATE_NOOP(
    "HomeCheckin", "How are you today? Go with your first answer; skip any you'd rather not rate."
)
NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "HomeCheckin", "Pick a number on at least one line (or write a line) before saving."
)


class CheckinCard(QFrame):
    """Emits ``save_requested(mood, anxiety, sleep, energy, note)``; a rating the person
    did not choose is None, so nothing invented is recorded."""

    save_requested = Signal(object, object, object, object, str)

    def __init__(self, module: Module | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        title = QLabel(QCoreApplication.translate("CheckinCard", "Today's check-in"))
        theme.set_role(title, "subtitle")
        layout.addWidget(title)
        self.status = QLabel(QCoreApplication.translate("HomeCheckin", PROMPT))
        self.status.setWordWrap(True)
        theme.set_role(self.status, "muted")
        self.status.setAccessibleName(QCoreApplication.translate("CheckinCard", "Check-in status"))
        layout.addWidget(self.status)

        self.form = QWidget()
        rows = QVBoxLayout(self.form)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(10)
        self.scales: dict[str, CheckinScale] = {}
        for field_id, *words in SCALES:
            label, low, high = (QCoreApplication.translate("HomeCheckin", w) for w in words)
            scale = CheckinScale(*_labels(module, field_id, label, low, high))
            scale.changed.connect(self._show_prompt)
            rows.addWidget(scale)
            self.scales[field_id] = scale
        layout.addWidget(self.form)

        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(
            QCoreApplication.translate("CheckinCard", "One line about today (optional)")
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("CheckinCard", "One line about today")
        )
        layout.addWidget(self.note)

        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(QCoreApplication.translate("CheckinCard", "Save check-in"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("CheckinCard", "Save check-in")
        )
        theme.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self._save)
        self.note.returnPressed.connect(self._save)
        self.again_button = QPushButton(
            QCoreApplication.translate("CheckinCard", "Change today's check-in")
        )
        self.again_button.setAccessibleName(
            QCoreApplication.translate("CheckinCard", "Change today's check-in")
        )
        self.again_button.clicked.connect(lambda: self._set_form_visible(True))
        row.addWidget(self.again_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.problem = SaveProblem(self)
        layout.addWidget(self.problem)
        self.show_today(None)

    def show_today(self, checkin: CheckIn | None) -> None:
        """Either the form (not done yet) or "done for today" with what was recorded."""
        if checkin is None:
            self.status.setText(QCoreApplication.translate("HomeCheckin", PROMPT))
            theme.set_role(self.status, "muted")
            self._set_form_visible(True)
            return
        parts = [
            f"{QCoreApplication.translate('HomeCheckin', label).split()[0].lower()} {value}"
            for (field_id, label, _, _) in SCALES
            if (value := getattr(checkin, field_id, None)) is not None
        ]
        self.status.setText(
            QCoreApplication.translate(
                "CheckinCard", "Done for today — {ratings}. Well done."
            ).format(ratings=", ".join(parts))
        )
        theme.set_role(self.status, "success")
        for field_id, scale in self.scales.items():
            scale.set_value(getattr(checkin, field_id, None))
        self.note.setText(checkin.note)
        self._set_form_visible(False)

    def clear_content(self) -> None:
        self.problem.clear()
        self.note.setText("")  # setText also drops the undo history
        for scale in self.scales.values():
            scale.set_value(None)
        self.status.setText("")

    def _set_form_visible(self, visible: bool) -> None:
        self.form.setVisible(visible)
        self.note.setVisible(visible)
        self.save_button.setVisible(visible)
        self.again_button.setVisible(not visible)

    def _save(self) -> None:
        values = [self.scales[field_id].value() for field_id, *_ in SCALES]
        note = self.note.text().strip()
        if all(value is None for value in values) and not note:
            self.status.setText(QCoreApplication.translate("HomeCheckin", NOTHING_CHOSEN))
            theme.set_role(self.status, "warning")
            self.scales[SCALES[0][0]].focus()
            return
        self.save_requested.emit(*values, note)

    def _show_prompt(self) -> None:
        if self.status.text() == QCoreApplication.translate("HomeCheckin", NOTHING_CHOSEN):
            self.status.setText(QCoreApplication.translate("HomeCheckin", PROMPT))
            theme.set_role(self.status, "muted")


def _labels(
    module: Module | None, field_id: str, label: str, low: str, high: str
) -> tuple[str, str, str]:
    """The check-in module's own wording when the program has one."""
    field = module.field(field_id) if module is not None else None
    if field is None:
        return label, low, high
    anchors = sorted(field.anchors, key=lambda a: a.value)
    if anchors:
        low, high = anchors[0].label, anchors[-1].label
    return field.label, low, high


def today() -> date:
    return date.today()
