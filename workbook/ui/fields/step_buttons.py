"""Spin boxes without step buttons that still show what is typed.

Qt's style-sheet style (our shared sheet styles every spin box) lays out the edit
field of a box set to ``NoButtons`` 1 px wide: the value is there, saves and prints,
but the box looks blank. So the buttons stay, and a sheet on the box itself draws
them 0 px wide; arrow keys and typing still do the work.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox

# No colours here, so a change of scheme never needs to rebuild it.
_HIDDEN = """
QAbstractSpinBox { padding-right: 8px; }
QAbstractSpinBox:focus { padding-right: 7px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 0px; border: none; }
QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow { image: none; width: 0px; height: 0px; }
"""

_TEXT_MARGIN = 6


def hide_step_buttons(box: QAbstractSpinBox, hidden: bool = True) -> None:
    """Hide (or show again) the tiny up/down buttons without collapsing the edit field."""
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    box.setStyleSheet(_HIDDEN if hidden else "")
    # that layout also drops the box's left padding, so the text would touch the border
    margin = _TEXT_MARGIN if hidden else 0
    box.lineEdit().setTextMargins(margin, 0, margin, 0)
