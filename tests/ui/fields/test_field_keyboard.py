"""Every answer can be given with the keyboard alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workbook.core.language.model import FieldType
from workbook.ui.fields import FieldWidget, widget_for


def _shown(qtbot: QtBot, widget: FieldWidget) -> QWidget:
    """Put the field between two line edits in an active window, as on a page."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit(window)
    before.setObjectName("before")
    layout.addWidget(before)
    layout.addWidget(widget)  # joins the focus chain here, between the two boxes
    after = QLineEdit(window)
    after.setObjectName("after")
    layout.addWidget(after)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    before.setFocus()
    widget._test_host = window  # type: ignore[attr-defined]  # keep the window alive
    return window


def _tab(qtbot: QtBot) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_scale_arrows_move_the_choice(qtbot: QtBot, make_field: Any) -> None:
    """On a 0–10 scale, Tab lands on the scale once and arrow keys pick the point."""
    field = widget_for(make_field(FieldType.SCALE))
    _shown(qtbot, field)
    focused = _tab(qtbot)
    assert focused.accessibleName() == "0, Not at all"
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(focused, Qt.Key.Key_Right)
    assert field.value() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert field.value() == 10
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert field.value() == 9
    assert _tab(qtbot).objectName() == "after"  # one tab stop, not eleven


def test_space_picks_the_focused_point(qtbot: QtBot, make_field: Any) -> None:
    """Space chooses the point that has focus, even when none was chosen before."""
    field = widget_for(make_field(FieldType.SCALE))
    _shown(qtbot, field)
    focused = _tab(qtbot)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert field.value() == 0


def test_choice_starts_empty_and_arrows_choose(qtbot: QtBot, make_field: Any) -> None:
    """Radio buttons start with nothing picked; Down moves to and picks the next option."""
    field = widget_for(make_field(FieldType.CHOICE))
    _shown(qtbot, field)
    focused = _tab(qtbot)
    assert field.value() is None
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert field.value() == "low"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert field.value() == "middle"
    assert _tab(qtbot).objectName() == "after"


def test_yes_no_by_keyboard(qtbot: QtBot, make_field: Any) -> None:
    """Yes/No: Space says yes, the right arrow changes it to no."""
    field = widget_for(make_field(FieldType.YES_NO))
    _shown(qtbot, field)
    focused = _tab(qtbot)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert field.value() is True
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert field.value() is False


def test_multiple_choice_space_ticks(qtbot: QtBot, make_field: Any) -> None:
    """Tab through the boxes, Space ticks the ones that fit."""
    field = widget_for(make_field(FieldType.MULTIPLE_CHOICE))
    _shown(qtbot, field)
    qtbot.keyClick(_tab(qtbot), Qt.Key.Key_Space)
    _tab(qtbot)
    qtbot.keyClick(_tab(qtbot), Qt.Key.Key_Space)
    assert field.value() == ["low", "high"]


def test_long_text_tab_leaves_the_box(qtbot: QtBot, make_field: Any) -> None:
    """Tab in a paragraph box moves on instead of typing a tab character."""
    field = widget_for(make_field(FieldType.LONG_TEXT))
    _shown(qtbot, field)
    box = _tab(qtbot)
    qtbot.keyClicks(box, "Some words")
    assert _tab(qtbot).objectName() == "after"
    assert field.value() == "Some words"


def test_long_text_grows_with_content(qtbot: QtBot, make_field: Any) -> None:
    """Writing many lines makes the box taller, so nothing hides in a small scroller."""
    field = widget_for(make_field(FieldType.LONG_TEXT))
    _shown(qtbot, field)
    box = _tab(qtbot)
    before = box.height()
    field.set_value("\n".join(f"line {i}" for i in range(12)))
    assert box.height() > before


def test_number_typed_and_stepped(qtbot: QtBot, make_field: Any) -> None:
    """A number can be typed, stepped with arrows from empty, and emptied again."""
    field = widget_for(make_field(FieldType.NUMBER))
    _shown(qtbot, field)
    spin = _tab(qtbot)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClicks(spin, "6.5")
    assert field.value() == 6.5
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)
    assert field.value() is None
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert field.value() == 0


def test_date_set_by_keyboard(qtbot: QtBot, make_field: Any) -> None:
    """ "Choose a date" with Space fills in today; "Clear" empties it again."""
    field = widget_for(make_field(FieldType.DATE))
    _shown(qtbot, field)
    button = _tab(qtbot)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert field.value() is not None
    assert QApplication.focusWidget().accessibleName() == "A date question"
    clear = next(b for b in field.findChildren(QPushButton) if b.text() == "Clear")
    qtbot.keyClick(clear, Qt.Key.Key_Space)
    assert field.value() is None


def test_list_enter_adds_an_item(qtbot: QtBot, make_field: Any) -> None:
    """Enter at the end of the list starts a new item; Remove takes one away."""
    field = widget_for(make_field(FieldType.LIST))
    _shown(qtbot, field)
    first = _tab(qtbot)
    qtbot.keyClicks(first, "Crowds")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    second = QApplication.focusWidget()
    assert second is not first
    assert second.accessibleName() == "Trigger 2"
    qtbot.keyClicks(second, "Noise")
    assert field.value() == ["Crowds", "Noise"]
    remove = _tab(qtbot)
    assert remove.accessibleName() == "Remove trigger 2"
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert field.value() == ["Crowds"]
    assert QApplication.focusWidget().accessibleName() == "Trigger 1"
    assert _tab(qtbot).accessibleName() == "Remove trigger 1"
    assert _tab(qtbot).text() == "Add trigger"
    assert _tab(qtbot).objectName() == "after"


def test_table_add_row_and_fill(qtbot: QtBot, make_field: Any) -> None:
    """ "Add row" adds a row whose boxes are named by column and row number."""
    field = widget_for(make_field(FieldType.TABLE))
    _shown(qtbot, field)
    assert field.rows() == 1
    field.focus_editor()
    qtbot.keyClicks(QApplication.focusWidget(), "At work")
    field._add.click()
    assert field.rows() == 2
    focused = QApplication.focusWidget()
    assert focused.accessibleName() == "Situation, row 2"
    qtbot.keyClicks(focused, "On the bus")
    value = field.value()
    assert [row["situation"] for row in value] == ["At work", "On the bus"]


def test_tab_from_a_table_rows_last_cell_goes_on_not_to_remove(
    qtbot: QtBot, make_field: Any
) -> None:
    """Tab through a thought record row: the last cell leads to the next row (here "Add
    row"), never to that row's Remove; Remove is still reachable after it."""
    field = widget_for(make_field(FieldType.TABLE))
    _shown(qtbot, field)
    stops = [_tab(qtbot) for _ in range(6)]
    names = [w.accessibleName() or w.objectName() for w in stops]
    assert all("row 1" in n for n in names[:3]), names
    assert stops[3].text() == "Add row", names
    assert names[4] == "Remove row 1", names
    assert names[5] == "after", names


def test_add_button_keeps_the_capital_i(make_field: Any, qtbot: QtBot) -> None:
    """ "Something I can do" becomes "Add something I can do", not "Add something i can do"."""
    field = widget_for(make_field(FieldType.LIST, item_label="Something I can do"))
    qtbot.addWidget(field)
    texts = [b.text() for b in field.findChildren(QPushButton)]
    assert "Add something I can do" in texts
