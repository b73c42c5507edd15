"""A number or date in its box is visible: the edit field is wider than the text it holds.

Qt's style-sheet style once laid out the edit field of a button-less spin box 1 px
wide, so a typed "7.5" saved and printed but the box looked blank.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication
from pytestqt.qtbot import QtBot

from workbook.core.language.model import FieldType
from workbook.ui.fields import widget_for
from workbook.ui.widgets import theme


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    """The shared style sheet is what collapsed the box, so these tests run under it."""
    theme.apply_theme(qapp)


def _assert_text_fits(box: QAbstractSpinBox) -> None:
    edit = box.lineEdit()
    text = edit.text()
    assert text, "the box holds no text at all"
    needed = edit.fontMetrics().horizontalAdvance(text)
    assert edit.width() > needed, f"edit field {edit.width()} px for {text!r} ({needed} px)"
    assert edit.geometry().right() <= box.width() + 1


def test_a_typed_number_shows_in_its_box(qtbot: QtBot, make_field: Any) -> None:
    """Typing 7.5 into "hours" leaves 7.5 readable in the box, not just in the saved answer."""
    widget = widget_for(make_field(FieldType.NUMBER))
    qtbot.addWidget(widget)
    widget.resize(600, 160)
    widget.show()
    qtbot.waitExposed(widget)
    widget.focus_editor()
    (box,) = widget.findChildren(QAbstractSpinBox)
    qtbot.keyClicks(box, "7.5")
    assert widget.value() == 7.5
    _assert_text_fits(box)


def test_a_number_in_a_table_row_shows(qtbot: QtBot, make_field: Any) -> None:
    """The thought record's "How strong (0-100)" column shows its number too."""
    widget = widget_for(make_field(FieldType.TABLE))
    qtbot.addWidget(widget)
    widget.set_value([{"situation": "At work", "thought": "I'll mess up", "strength": 80}])
    widget.resize(800, 300)
    widget.show()
    qtbot.waitExposed(widget)
    boxes = [b for b in widget.findChildren(QAbstractSpinBox) if b.isVisible()]
    assert boxes
    for box in boxes:
        _assert_text_fits(box)


@pytest.mark.parametrize(
    ("kind", "value"), [(FieldType.DATE, "2025-03-14"), (FieldType.TIME, "07:45")]
)
def test_a_read_only_date_or_time_shows(
    qtbot: QtBot, make_field: Any, kind: FieldType, value: str
) -> None:
    """A finished entry's date and time stay readable when the page is read-only."""
    widget = widget_for(make_field(kind))
    qtbot.addWidget(widget)
    widget.set_value(value)
    widget.set_read_only(True)
    widget.resize(600, 160)
    widget.show()
    qtbot.waitExposed(widget)
    (box,) = [b for b in widget.findChildren(QAbstractSpinBox) if b.isVisible()]
    _assert_text_fits(box)
