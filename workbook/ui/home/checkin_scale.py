"""One 0–10 line of Home's check-in: eleven large number buttons that start with none chosen.

A slider always has a value, so an untouched check-in used to record invented 5s; a
row of buttons can say "not answered" until the person picks a number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workbook.ui.fields.exclusive import ExclusiveButtons
from workbook.ui.fields.segmented import segment_style
from workbook.ui.widgets import theme

POINTS = range(11)

# Narrower than a module page's segments (the card is half of Home), but tall: an easy target.
_COMPACT = "QPushButton { min-width: 1.3em; min-height: 1.9em; padding: 4px 0px; }"


class CheckinScale(QWidget):
    """The question, its two ends in words, and the buttons 0–10 (arrow keys move the choice)."""

    #: the person picked a number (never emitted by ``set_value``)
    changed = Signal()

    def __init__(self, label: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        top = QHBoxLayout()
        self.name = QLabel(label)
        ends = QLabel(f"0 {low} – 10 {high}")
        ends.setWordWrap(True)
        ends.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        theme.set_role(ends, "small")
        top.addWidget(self.name)
        top.addWidget(ends, 1)
        column.addLayout(top)

        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for point in POINTS:
            button = QPushButton(str(point))
            words = {0: low, 10: high}.get(point)
            button.setAccessibleName(f"{label} {point}" + (f", {words}" if words else ""))
            button.setAccessibleDescription(
                QCoreApplication.translate("CheckinScale", "{label}, 0 {low} to 10 {high}").format(
                    label=label, low=low, high=high
                )
            )
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
            self.buttons.append(button)
        column.addLayout(row)
        self.name.setBuddy(self.buttons[0])
        self._group = ExclusiveButtons(list(self.buttons), self)
        self._group.changed.connect(self.changed)
        for button in self.buttons:  # rebuilt in the new colours when the scheme changes
            theme.follow_style(button, lambda p: segment_style(p) + _COMPACT)

    def value(self) -> int | None:
        """The chosen number, or None while the person has not picked one."""
        return self._group.checked_index()

    def set_value(self, value: int | None) -> None:
        self._group.set_checked(None if value is None else int(value))

    def focus(self) -> None:
        self._group.focus()
