"""Rating scales: a row of numbered buttons with the author's anchor words under the ends.

Scales with more than ``MAX_SEGMENTS`` points (0–100) become a slider, because a row
of 101 buttons helps nobody.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from workbook.core.language.model import Field
from workbook.ui.fields.base import FieldWidget
from workbook.ui.fields.exclusive import ExclusiveButtons
from workbook.ui.fields.number_field import decimals_for
from workbook.ui.fields.segmented import segment_look
from workbook.ui.widgets import theme
from workbook.ui.widgets.wrap_layout import WrapLayout

MAX_SEGMENTS = 11


def scale_points(field: Field) -> list[float]:
    low = 0.0 if field.min is None else float(field.min)
    high = 10.0 if field.max is None else float(field.max)
    step = float(field.step or 1)
    count = round((high - low) / step) + 1
    return [round(low + i * step, 6) for i in range(max(count, 1))]


def _number(value: float, step: float | None) -> int | float:
    return round(value) if decimals_for(step) == 0 else round(value, decimals_for(step))


def _format(value: float, step: float | None) -> str:
    number = _number(value, step)
    return str(number)


class ScaleField(FieldWidget):
    """Segmented buttons (arrow keys move the choice) or, for long scales, a slider."""

    def _build_editor(self) -> QWidget:
        self._points = scale_points(self.field)
        self._anchors = {round(a.value, 6): a.label for a in self.field.anchors}
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self._buttons: list[QPushButton] = []
        self._slider: QSlider | None = None
        self._slider_answered = False
        if len(self._points) <= MAX_SEGMENTS:
            column.addWidget(self._segments(box))
        else:
            column.addWidget(self._slider_row(box))
        column.addWidget(self._anchor_row(box))
        if self._slider is None:
            # the end words sit under the ends of the buttons, however wide they are drawn
            box.setMaximumWidth(self._row_widget.sizeHint().width())
            theme.when_restyled(
                box, lambda: box.setMaximumWidth(self._row_widget.sizeHint().width())
            )
        return box

    def _segments(self, parent: QWidget) -> QWidget:
        row_widget = QWidget(parent)
        # wraps into even lines (0-5, 6-10) when the page is too narrow for one
        row = WrapLayout(row_widget, spacing=6, even=True, widest=72)
        segment_look(row_widget)
        for point in self._points:
            text = _format(point, self.field.step)
            button = QPushButton(text, row_widget)
            anchor = self._anchors.get(point)
            button.setAccessibleName(f"{text}, {anchor}" if anchor else text)
            button.setProperty("segment", True)
            row.addWidget(button)
            self._buttons.append(button)
        self._group = ExclusiveButtons(list(self._buttons), self)
        self._group.changed.connect(self._emit_changed)
        self._row_widget = row_widget
        return row_widget

    def _slider_row(self, parent: QWidget) -> QWidget:
        row_widget = QWidget(parent)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        slider = QSlider(Qt.Orientation.Horizontal, row_widget)
        slider.setRange(0, len(self._points) - 1)
        slider.setPageStep(max(1, (len(self._points) - 1) // 10))
        slider.actionTriggered.connect(self._slider_moved)
        slider.valueChanged.connect(self._slider_value_changed)
        self._slider = slider
        self._slider_label = QLabel(
            QCoreApplication.translate("ScaleField", "Not answered"), row_widget
        )
        self._slider_label.setMinimumWidth(110)
        row.addWidget(slider, 1)
        row.addWidget(self._slider_label)
        self._row_widget = row_widget
        return row_widget

    def _anchor_row(self, parent: QWidget) -> QWidget:
        anchors = QWidget(parent)
        row = QHBoxLayout(anchors)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(12)
        ordered = sorted(self._anchors.items())
        for i, (value, label) in enumerate(ordered):
            ends = (self._points[0], self._points[-1])
            words = label if value in ends else f"{_format(value, self.field.step)}: {label}"
            text = QLabel(words, anchors)
            text.setWordWrap(True)
            theme.set_role(text, "muted")
            if value == self._points[0]:
                text.setAlignment(Qt.AlignmentFlag.AlignLeft)
            elif value == self._points[-1]:
                text.setAlignment(Qt.AlignmentFlag.AlignRight)
            else:
                text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            if i:
                row.addStretch(1)
            row.addWidget(text)
        if len(ordered) == 1 and ordered[0][0] == self._points[-1]:
            row.insertStretch(0, 1)
        anchors.setVisible(bool(ordered))
        return anchors

    def _member_widgets(self) -> list[QWidget]:
        if self._slider is not None:
            return [self._slider]
        return list(self._buttons)

    def focus_editor(self) -> None:
        if self._slider is not None:
            self._slider.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._group.focus()

    # -- slider variant ----------------------------------------------------------------------
    def _slider_moved(self, _action: int) -> None:
        if self._read_only:
            return
        self._slider_answered = True

    def _slider_value_changed(self, _value: int) -> None:
        self._show_slider_value()
        if self._slider_answered:
            self._emit_changed()

    def _show_slider_value(self) -> None:
        assert self._slider is not None
        if not self._slider_answered:
            self._slider_label.setText(QCoreApplication.translate("ScaleField", "Not answered"))
            return
        point = self._points[self._slider.value()]
        anchor = self._anchors.get(point)
        text = _format(point, self.field.step)
        self._slider_label.setText(f"{text} ({anchor})" if anchor else text)
        self._slider.setAccessibleDescription(self._slider_label.text())

    # -- value API ---------------------------------------------------------------------------
    def value(self) -> Any:
        if self._slider is not None:
            if not self._slider_answered:
                return None
            index: int | None = self._slider.value()
        else:
            index = self._group.checked_index()
        return None if index is None else _number(self._points[index], self.field.step)

    def _apply_value(self, value: Any) -> None:
        index: int | None = None
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("not a number")
            index = min(range(len(self._points)), key=lambda i: abs(self._points[i] - value))
        if self._slider is not None:
            self._slider_answered = index is not None
            self._slider.setValue(index or 0)
            self._show_slider_value()
        else:
            self._group.set_checked(index)

    def _apply_read_only(self, read_only: bool) -> None:
        if self._slider is not None:
            self._slider.setEnabled(not read_only)
        else:
            self._group.read_only = read_only

    def _clear_editor(self) -> None:
        self._apply_value(None)
