"""Pick one, pick any, and yes/no answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.fields.base import FieldWidget
from workbook.ui.fields.exclusive import ExclusiveButtons, InputBlocker
from workbook.ui.fields.segmented import segment_look
from workbook.ui.widgets.wrapping_buttons import WrappingCheckBox, WrappingRadioButton


class ChoiceField(FieldWidget):
    """Radio buttons, none chosen at first: an answer is only ever the person's own."""

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._buttons: list[QRadioButton] = []
        for option in self.field.options:
            button: QRadioButton = WrappingRadioButton(option.label, box)
            button.setAccessibleName(option.label)
            column.addWidget(button)
            self._buttons.append(button)
        self._group = ExclusiveButtons(list(self._buttons), self)
        self._group.changed.connect(self._emit_changed)
        return box

    def _member_widgets(self) -> list[QWidget]:
        return list(self._buttons)

    def focus_editor(self) -> None:
        self._group.focus()

    def value(self) -> Any:
        index = self._group.checked_index()
        return None if index is None else self.field.options[index].value

    def _apply_value(self, value: Any) -> None:
        if value is None:
            self._group.set_checked(None)
            return
        values = [o.value for o in self.field.options]
        if value not in values:
            raise ValueError("no such option")
        self._group.set_checked(values.index(value))

    def _apply_read_only(self, read_only: bool) -> None:
        self._group.read_only = read_only

    def _clear_editor(self) -> None:
        self._group.set_checked(None)


class MultipleChoiceField(FieldWidget):
    """Check boxes; nothing ticked counts as unanswered."""

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._boxes: list[QCheckBox] = []
        self._blocker = InputBlocker(self)
        for option in self.field.options:
            check: QCheckBox = WrappingCheckBox(option.label, box)
            check.setAccessibleName(option.label)
            check.clicked.connect(lambda _checked: self._emit_changed())
            check.installEventFilter(self._blocker)
            column.addWidget(check)
            self._boxes.append(check)
        return box

    def _member_widgets(self) -> list[QWidget]:
        return list(self._boxes)

    def focus_editor(self) -> None:
        if self._boxes:
            self._boxes[0].setFocus()

    def value(self) -> Any:
        chosen = [
            o.value for o, b in zip(self.field.options, self._boxes, strict=True) if b.isChecked()
        ]
        return chosen or None

    def _apply_value(self, value: Any) -> None:
        if value is None:
            value = []
        if not isinstance(value, list):
            raise ValueError("not a list")
        wanted = {str(v) for v in value}
        for option, check in zip(self.field.options, self._boxes, strict=True):
            check.setChecked(option.value in wanted)

    def _apply_read_only(self, read_only: bool) -> None:
        # disabled boxes turn grey and hide what was ticked; block input instead
        self._blocker.active = read_only

    def _clear_editor(self) -> None:
        for check in self._boxes:
            check.setChecked(False)


class YesNoField(FieldWidget):
    """Two side-by-side buttons: Yes and No. Neither is chosen until the person picks."""

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self._yes = QPushButton(QCoreApplication.translate("YesNoField", "Yes"), box)
        self._no = QPushButton(QCoreApplication.translate("YesNoField", "No"), box)
        for button in (self._yes, self._no):
            button.setAccessibleName(button.text())
            button.setMinimumWidth(96)
            row.addWidget(button)
        row.addStretch(1)
        segment_look(box)
        self._group = ExclusiveButtons([self._yes, self._no], self)
        self._group.changed.connect(self._emit_changed)
        return box

    def _member_widgets(self) -> list[QWidget]:
        return [self._yes, self._no]

    def focus_editor(self) -> None:
        self._group.focus()

    def value(self) -> Any:
        index = self._group.checked_index()
        return None if index is None else index == 0

    def _apply_value(self, value: Any) -> None:
        if value is None:
            self._group.set_checked(None)
        elif isinstance(value, bool):
            self._group.set_checked(0 if value else 1)
        else:
            raise ValueError("not yes or no")

    def _apply_read_only(self, read_only: bool) -> None:
        self._group.read_only = read_only

    def _clear_editor(self) -> None:
        self._group.set_checked(None)
