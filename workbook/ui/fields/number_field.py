"""Number answers: a spin box that can be empty, because "not answered" is not the same as 0."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from workbook.core.language.model import Field
from workbook.ui.fields.base import FieldWidget
from workbook.ui.fields.step_buttons import hide_step_buttons

#: Qt spin boxes need finite limits; an author who gives none gets these.
_FAR = 1_000_000_000.0


def decimals_for(step: float | None) -> int:
    """How many decimals a step needs: 1 → 0, 0.5 → 1, 0.25 → 2 (at most 3)."""
    if step is None or float(step).is_integer():
        return 0
    text = f"{step:.6f}".rstrip("0")
    return min(len(text.split(".")[1]), 3)


class BlankableSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox whose lowest value is a hidden "unanswered" sentinel shown as empty text.

    Deleting the text unanswers; the first arrow press from empty starts at the
    minimum (or 0 when that is in range) rather than at the sentinel.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        minimum: float | None,
        maximum: float | None,
        step: float | None,
    ) -> None:
        super().__init__(parent)
        self.setDecimals(decimals_for(step))
        self._step = step or 1.0
        self._real_min = _FAR * -1 if minimum is None else float(minimum)
        real_max = _FAR if maximum is None else float(maximum)
        self.setRange(self._real_min - self._step, real_max)
        self.setSingleStep(self._step)
        self.setKeyboardTracking(True)
        self.setAccelerated(True)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setValue(self.minimum())
        # Arrow keys and typing do the work; the tiny step buttons are hard to hit and,
        # under the shared style sheet, hard to see. The range shows while empty.
        hide_step_buttons(self)
        if minimum is not None and maximum is not None:
            low, high = (self.textFromValue(v) for v in (float(minimum), float(maximum)))
            self.lineEdit().setPlaceholderText(f"{low}–{high}")

    def is_blank(self) -> bool:
        return self.value() <= self.minimum()

    def set_blank(self) -> None:
        self.setValue(self.minimum())

    def start_value(self) -> float:
        if self._real_min <= 0 <= self.maximum():
            return 0.0
        return self._real_min

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        if not text.strip():
            return self.minimum()
        return float(super().valueFromText(text))

    def textFromValue(self, value: float) -> str:
        if value <= self.minimum():
            return ""
        return str(super().textFromValue(value))

    def stepBy(self, steps: int) -> None:
        if self.is_blank():
            self.setValue(self.start_value())
            return
        super().stepBy(steps)
        if self.value() < self._real_min:
            self.setValue(self._real_min)


class NumberField(FieldWidget):
    """A number with its unit written after the box ("7.5 hours")."""

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._spin = make_spin_box(self.field, box)
        self._spin.valueChanged.connect(lambda _v: self._emit_changed())
        row.addWidget(self._spin)
        if self.field.unit:
            unit = QLabel(self.field.unit, box)
            unit.setBuddy(self._spin)
            row.addWidget(unit)
        row.addStretch(1)
        return box

    def _accessible_widgets(self) -> list[QWidget]:
        return [self._spin]

    def focus_editor(self) -> None:
        self._spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> Any:
        return spin_value(self._spin)

    def _apply_value(self, value: Any) -> None:
        set_spin_value(self._spin, value)

    def _apply_read_only(self, read_only: bool) -> None:
        self._spin.setReadOnly(read_only)

    def _clear_editor(self) -> None:
        self._spin.set_blank()
        self._spin.lineEdit().setText("")


def make_spin_box(field: Field, parent: QWidget) -> BlankableSpinBox:
    spin = BlankableSpinBox(parent, minimum=field.min, maximum=field.max, step=field.step)
    spin.setMinimumWidth(120)
    if field.unit:
        spin.setAccessibleDescription(field.unit)
    return spin


def spin_value(spin: BlankableSpinBox) -> int | float | None:
    """The spin box's answer: None when empty, an int when the step is whole."""
    if spin.is_blank():
        return None
    number = round(spin.value(), spin.decimals())
    return int(number) if spin.decimals() == 0 else number


def set_spin_value(spin: BlankableSpinBox, value: Any) -> None:
    if value is None:
        spin.set_blank()
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError("not a number")
    spin.setValue(float(value))
