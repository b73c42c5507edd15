"""Today's check-in on Home: four 0–10 sliders and one line, done in under 30 seconds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from workbook.ui import theme
from workbook.ui.save_problem import SaveProblem

if TYPE_CHECKING:
    from workbook.core.language.model import Module
    from workbook.core.store import CheckIn

#: (field id, default label, low anchor, high anchor)
SCALES = (
    ("mood", "Mood", "Very low", "Very good"),
    ("anxiety", "Anxiety", "Calm", "Extremely anxious"),
    ("sleep", "Sleep last night", "Very poor", "Very good"),
    ("energy", "Energy", "None at all", "Lots"),
)


class CheckinCard(QFrame):
    """Emits ``save_requested(mood, anxiety, sleep, energy, note)``."""

    save_requested = Signal(int, int, int, int, str)

    def __init__(self, module: Module | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        title = QLabel("Today's check-in")
        theme.set_role(title, "subtitle")
        layout.addWidget(title)
        self.status = QLabel("How are you today? Go with your first answer.")
        self.status.setWordWrap(True)
        theme.set_role(self.status, "muted")
        self.status.setAccessibleName("Check-in status")
        layout.addWidget(self.status)

        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.sliders: dict[str, QSlider] = {}
        for row, (field_id, label, low, high) in enumerate(SCALES):
            label, low, high = _labels(module, field_id, label, low, high)
            name = QLabel(label)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setValue(5)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setAccessibleName(f"{label}, 0 {low} to 10 {high}")
            slider.setToolTip(f"0 = {low}, 10 = {high}")
            name.setBuddy(slider)
            value = QLabel("5")
            value.setMinimumWidth(24)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, lab=value: lab.setText(str(v)))
            ends = QLabel(f"{low} – {high}")
            theme.set_role(ends, "small")
            grid.addWidget(name, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(ends, row, 3)
            self.sliders[field_id] = slider
        grid.setColumnStretch(1, 1)
        layout.addWidget(self.form)

        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText("One line about today (optional)")
        self.note.setAccessibleName("One line about today")
        layout.addWidget(self.note)

        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton("Save check-in")
        self.save_button.setAccessibleName("Save check-in")
        theme.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self._save)
        self.note.returnPressed.connect(self._save)
        self.again_button = QPushButton("Change today's check-in")
        self.again_button.setAccessibleName("Change today's check-in")
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
            self.status.setText("How are you today? Go with your first answer.")
            theme.set_role(self.status, "muted")
            self._set_form_visible(True)
            return
        parts = [
            f"{label.split()[0].lower()} {value}"
            for (field_id, label, _, _) in SCALES
            if (value := getattr(checkin, field_id, None)) is not None
        ]
        self.status.setText("Done for today — " + ", ".join(parts) + ". Well done.")
        theme.set_role(self.status, "success")
        for field_id, slider in self.sliders.items():
            value = getattr(checkin, field_id, None)
            if value is not None:
                slider.setValue(int(value))
        self.note.setText(checkin.note)
        self._set_form_visible(False)

    def clear_content(self) -> None:
        self.problem.clear()
        self.note.setText("")  # setText also drops the undo history
        for slider in self.sliders.values():
            slider.setValue(5)
        self.status.setText("")

    def _set_form_visible(self, visible: bool) -> None:
        self.form.setVisible(visible)
        self.note.setVisible(visible)
        self.save_button.setVisible(visible)
        self.again_button.setVisible(not visible)

    def _save(self) -> None:
        values = [self.sliders[field_id].value() for field_id, *_ in SCALES]
        self.save_requested.emit(*values, self.note.text().strip())


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
